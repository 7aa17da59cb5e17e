//===- main/Grants.cpp - The WASI grants an executable runs with ----------===//
//
// The build's grants come from the `wasmc_wasi_grants` constant the driver
// adds to the link (format in wasmc/abi.h); an executable
// linked without one grants nothing. Whoever runs the program may then
// narrow them through the environment, which the guest never sees:
//   WASMC_DIRS="GUEST;ro:GUEST;..."  keep only these granted directories
//                                    (ro: also makes one read-only)
//   WASMC_ENV="NAME;NAME;..."        keep only these granted variables
//   WASMC_TCP_LISTEN="HOST:PORT;..." keep only these granted sockets
// and, only if the build said --allow-runtime-grants, widen them:
//   WASMC_DIRS entries "[ro:]HOST::GUEST" add a directory,
//   WASMC_ENV entries "NAME=VALUE" add a variable,
//   WASMC_TCP_LISTEN entries other than granted ones add sockets,
//   WASMC_INHERIT_ENV=1 adds the host environment.
// Anything else that would widen the build's grants is an error, so a
// mistake never silently grants more.
//
//===----------------------------------------------------------------------===//
#include "main/Grants.h"
#include "abi/Text.h"
#include "wasi/HostCompat.h"

#include <errno.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

extern "C" const char wasmc_wasi_grants[] __attribute__((weak));
extern char **environ;

using namespace wasmc::rt;

static_assert(sameText("wasmc_wasi_grants", WASMC_WASI_GRANTS_SYMBOL),
              "the grants symbol is not the one abi.h names");

namespace {
/// A growable array of pointers (rtlib has no libstdc++).
template <typename T> struct List {
  T *Items = nullptr;
  int Size = 0, Cap = 0;
  bool push(const T &V) {
    if (Size == Cap) {
      int N = Cap ? Cap * 2 : 8;
      T *New = static_cast<T *>(realloc(Items, sizeof(T) * size_t(N)));
      if (!New)
        return false;
      Items = New;
      Cap = N;
    }
    Items[Size++] = V;
    return true;
  }
};

struct Build {
  List<wasmc_wasi_preopen> Dirs;
  List<const char *> Env;
  List<const char *> Listen;
  bool InheritEnv = false;
  bool RuntimeGrants = false;
  RunLimits Limits;
};
} // namespace

static bool fail(char *Err, unsigned Len, const char *Fmt, ...) {
  va_list A;
  va_start(A, Fmt);
  vsnprintf(Err, Len, Fmt, A);
  va_end(A);
  return false;
}

/// Reads the build's grants.
static bool readBuild(Build &B, char *Err, unsigned Len) {
  const char *P = wasmc_wasi_grants;
  if (!P)
    return true;
  if (strcmp(P, WASMC_WASI_GRANTS_VERSION) != 0)
    return fail(Err, Len, "this executable's grants have an unknown format");
  auto Next = [&]() {
    P += strlen(P) + 1;
    return P;
  };
  for (const char *Kind = Next(); *Kind; Kind = Next()) {
    if (strcmp(Kind, WASMC_GRANT_DIR) == 0) {
      wasmc_wasi_preopen D;
      D.host_path = Next();
      D.guest_path = Next();
      D.read_only = strcmp(Next(), WASMC_GRANT_RO) == 0;
      if (!B.Dirs.push(D))
        return fail(Err, Len, "out of memory");
    } else if (strcmp(Kind, WASMC_GRANT_ENV) == 0) {
      if (!B.Env.push(Next()))
        return fail(Err, Len, "out of memory");
    } else if (strcmp(Kind, WASMC_GRANT_TCP_LISTEN) == 0) {
      if (!B.Listen.push(Next()))
        return fail(Err, Len, "out of memory");
    } else if (strcmp(Kind, WASMC_GRANT_INHERIT_ENV) == 0) {
      B.InheritEnv = true;
    } else if (strcmp(Kind, WASMC_GRANT_RUNTIME_GRANTS) == 0) {
      B.RuntimeGrants = true;
    } else if (strcmp(Kind, WASMC_GRANT_MAX_MEMORY) == 0) {
      B.Limits.MaxMemoryPages = strtoull(Next(), nullptr, 10);
    } else if (strcmp(Kind, WASMC_GRANT_MAX_RUNTIME) == 0) {
      B.Limits.MaxRuntimeMs = strtoull(Next(), nullptr, 10);
    } else if (strcmp(Kind, WASMC_GRANT_MAX_FUEL) == 0) {
      B.Limits.MaxFuel = strtoull(Next(), nullptr, 10);
    } else {
      return fail(Err, Len,
                  "this executable's grants have an unknown "
                  "entry '%s'",
                  Kind);
    }
  }
  return true;
}

/// Length of the NAME part of "NAME=VALUE" (or of a bare NAME).
static size_t nameLen(const char *Var) {
  const char *Eq = strchr(Var, '=');
  return Eq ? size_t(Eq - Var) : strlen(Var);
}

static bool sameName(const char *A, const char *B) {
  size_t N = nameLen(A);
  return N == nameLen(B) && strncmp(A, B, N) == 0;
}

/// Adds Var to Env, replacing a variable of the same name.
static bool setVar(List<const char *> &Env, const char *Var) {
  for (int K = 0; K < Env.Size; ++K)
    if (sameName(Env.Items[K], Var)) {
      Env.Items[K] = Var;
      return true;
    }
  return Env.push(Var);
}

static bool addHostEnv(List<const char *> &Env) {
  for (char **E = environ; E && *E; ++E)
    if (strncmp(*E, "WASMC_", 6) != 0 && strchr(*E, '=') && !Env.push(*E))
      return false;
  return true;
}

/// Splits a ';'-separated list in place (the string is the process's copy).
static char *nextItem(char *&Cursor) {
  while (Cursor && *Cursor == ';')
    ++Cursor;
  if (!Cursor || !*Cursor)
    return nullptr;
  char *Item = Cursor;
  char *Semi = strchr(Cursor, ';');
  if (Semi) {
    *Semi = '\0';
    Cursor = Semi + 1;
  } else {
    Cursor = nullptr;
  }
  return Item;
}

/// Reads environment variable Var as a ';'-separated list and passes each
/// item to Each, which narrows (or widens) the grants into Out and returns
/// false after a message in Err. With Var unset, Out is Unset.
template <typename T, typename EachFn>
static bool forEachItem(const char *Var, const List<T> &Unset, List<T> &Out,
                        char *Err, unsigned Len, EachFn Each) {
  const char *Spec = getenv(Var);
  if (!Spec) {
    Out = Unset;
    return true;
  }
  char *Copy = strdup(Spec);
  if (!Copy)
    return fail(Err, Len, "out of memory");
  char *Cursor = Copy;
  while (char *Item = nextItem(Cursor))
    if (!Each(Item))
      return false;
  return true;
}

static bool narrowDirs(Build &B, List<wasmc_wasi_preopen> &Out, char *Err,
                       unsigned Len) {
  return forEachItem("WASMC_DIRS", B.Dirs, Out, Err, Len, [&](char *Item) {
    bool RO = strncmp(Item, "ro:", 3) == 0;
    if (RO)
      Item += 3;
    char *Sep = strstr(Item, "::");
    if (Sep) {
      if (!B.RuntimeGrants)
        return fail(Err, Len,
                    "WASMC_DIRS: '%s' grants a directory, but this program "
                    "was built without --allow-runtime-grants (it may only "
                    "name directories granted at build time)",
                    Item);
      *Sep = '\0';
      if (!*Item || !Sep[2])
        return fail(Err, Len, "WASMC_DIRS: expected [ro:]HOST::GUEST");
      wasmc_wasi_preopen D = {Item, Sep + 2, RO};
      if (!Out.push(D))
        return fail(Err, Len, "out of memory");
      return true;
    }
    for (int K = 0; K < B.Dirs.Size; ++K)
      if (strcmp(B.Dirs.Items[K].guest_path, Item) == 0) {
        wasmc_wasi_preopen D = B.Dirs.Items[K];
        D.read_only |= RO;
        if (!Out.push(D))
          return fail(Err, Len, "out of memory");
        return true;
      }
    return fail(Err, Len,
                "WASMC_DIRS: '%s' is not a directory this program was "
                "granted at build time",
                Item);
  });
}

static bool narrowEnv(Build &B, List<const char *> &Granted,
                      List<const char *> &Out, char *Err, unsigned Len) {
  const char *Inherit = getenv("WASMC_INHERIT_ENV");
  if (Inherit && *Inherit && strcmp(Inherit, "0") != 0) {
    if (!B.RuntimeGrants)
      return fail(Err, Len,
                  "WASMC_INHERIT_ENV: this program was built "
                  "without --allow-runtime-grants");
    List<const char *> Wider;
    if (!addHostEnv(Wider))
      return fail(Err, Len, "out of memory");
    for (int K = 0; K < Granted.Size; ++K)
      if (!setVar(Wider, Granted.Items[K]))
        return fail(Err, Len, "out of memory");
    Granted = Wider;
  }
  return forEachItem("WASMC_ENV", Granted, Out, Err, Len, [&](char *Item) {
    if (strchr(Item, '=')) {
      if (!B.RuntimeGrants)
        return fail(Err, Len,
                    "WASMC_ENV: '%.*s=...' sets a variable, but this program "
                    "was built without --allow-runtime-grants (it may only "
                    "name variables granted at build time)",
                    static_cast<int>(nameLen(Item)), Item);
      if (!setVar(Out, Item))
        return fail(Err, Len, "out of memory");
      return true;
    }
    // A name keeps the granted variable, if there is one.
    for (int K = 0; K < Granted.Size; ++K)
      if (sameName(Granted.Items[K], Item) && !setVar(Out, Granted.Items[K]))
        return fail(Err, Len, "out of memory");
    return true;
  });
}

/// The listening addresses this run gets: the build's, narrowed (or, with
/// runtime grants, extended) by WASMC_TCP_LISTEN.
static bool narrowListen(Build &B, List<const char *> &Out, char *Err,
                         unsigned Len) {
  auto Each = [&](char *Item) {
    bool Granted = false;
    for (int K = 0; K < B.Listen.Size; ++K)
      Granted |= strcmp(B.Listen.Items[K], Item) == 0;
    if (!Granted && !B.RuntimeGrants)
      return fail(Err, Len,
                  "WASMC_TCP_LISTEN: '%s' is not a socket this program was "
                  "granted at build time (and it was built without "
                  "--allow-runtime-grants)",
                  Item);
    if (!Out.push(Item))
      return fail(Err, Len, "out of memory");
    return true;
  };
  return forEachItem("WASMC_TCP_LISTEN", B.Listen, Out, Err, Len, Each);
}

/// Opens a TCP socket listening on "HOST:PORT" ("[v6]:PORT" too); -1 after
/// a message in Err.
static int listenOn(const char *Addr, char *Err, unsigned Len) {
  const char *Colon = strrchr(Addr, ':');
  char Host[256];
  size_t HostLen = Colon ? size_t(Colon - Addr) : 0;
  if (!Colon || HostLen == 0 || HostLen >= sizeof(Host)) {
    fail(Err, Len, "invalid listening address '%s'", Addr);
    return -1;
  }
  memcpy(Host, Addr, HostLen);
  Host[HostLen] = '\0';
  const char *H = Host;
  if (Host[0] == '[' && Host[HostLen - 1] == ']') {
    Host[HostLen - 1] = '\0';
    ++H;
  }
  struct addrinfo Hints, *Res = nullptr;
  memset(&Hints, 0, sizeof(Hints));
  Hints.ai_socktype = SOCK_STREAM;
  Hints.ai_flags = AI_PASSIVE;
  int R = getaddrinfo(H, Colon + 1, &Hints, &Res);
  if (R != 0) {
    fail(Err, Len, "cannot resolve listening address '%s': %s", Addr,
         gai_strerror(R));
    return -1;
  }
  int Fd = -1, E = 0;
  for (struct addrinfo *A = Res; A && Fd < 0; A = A->ai_next) {
    Fd = socketCloexec(A->ai_family, A->ai_socktype, A->ai_protocol);
    if (Fd < 0) {
      E = errno;
      continue;
    }
    int One = 1;
    setsockopt(Fd, SOL_SOCKET, SO_REUSEADDR, &One, sizeof(One));
    if (bind(Fd, A->ai_addr, A->ai_addrlen) != 0 || listen(Fd, 128) != 0) {
      E = errno;
      close(Fd);
      Fd = -1;
    }
  }
  freeaddrinfo(Res);
  if (Fd < 0)
    fail(Err, Len, "cannot listen on '%s': %s", Addr, strerror(E));
  return Fd;
}

bool wasmc::rt::resolveGrants(wasmc_wasi_config &Config, RunLimits &Limits,
                              char *Err, unsigned Len) {
  Build B;
  if (!readBuild(B, Err, Len))
    return false;
  Limits = B.Limits;
  List<const char *> Granted;
  if (B.InheritEnv && !addHostEnv(Granted))
    return fail(Err, Len, "out of memory");
  for (int K = 0; K < B.Env.Size; ++K)
    if (!setVar(Granted, B.Env.Items[K]))
      return fail(Err, Len, "out of memory");
  List<wasmc_wasi_preopen> Dirs;
  List<const char *> Env;
  if (!narrowDirs(B, Dirs, Err, Len) || !narrowEnv(B, Granted, Env, Err, Len))
    return false;
  List<const char *> Listen;
  if (!narrowListen(B, Listen, Err, Len))
    return false;
  List<int> Sockets;
  for (int K = 0; K < Listen.Size; ++K) {
    int Fd = listenOn(Listen.Items[K], Err, Len);
    if (Fd < 0 || !Sockets.push(Fd))
      return false;
  }
  Config.num_sockets = Sockets.Size;
  Config.sockets = Sockets.Items;
  Config.envc = Env.Size;
  Config.envp = Env.Items;
  Config.num_preopens = Dirs.Size;
  Config.preopens = Dirs.Items;
  return true;
}
