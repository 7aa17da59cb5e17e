//===- wasi/PathResolve.cpp - Path resolution that stays beneath a dir ----===//
#include "wasi/PathResolve.h"
#include "wasi/HostCompat.h"
#include "wasi/Wasi.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#if WASMC_RT_LINUX
#include <linux/openat2.h>
#include <sys/syscall.h>
#endif

using namespace wasmc::rt;

namespace {
/// Symbolic links expanded in one resolution before ELOOP (Linux's limit).
constexpr int MaxSymlinks = 40;
/// Deepest directory nesting the walk keeps descriptors for.
constexpr int MaxDepth = 256;
#if WASMC_RT_LINUX
/// openat2 fails with EAGAIN when a concurrent rename could have let `..`
/// escape; it is retried this many times.
constexpr int Openat2Retries = 16;
#endif
} // namespace

ParentRef::~ParentRef() {
  if (Fd >= 0)
    close(Fd);
  free(Storage);
}

bool wasmc::rt::hasTrailingSlash(const char *Name) {
  size_t N = strlen(Name);
  return N && Name[N - 1] == '/';
}

static int fromHost(int E) {
  // Resolution leaving the directory is reported by openat2 as EXDEV.
  return -(E == EXDEV ? WasiNotCapable : wasiErrnoFromHost(E));
}

#if WASMC_RT_LINUX
/// 1: openat2 with RESOLVE_BENEATH works; 0: use the walk. Probed once.
static int openat2Support() {
  static int Cached = -1;
  int C = __atomic_load_n(&Cached, __ATOMIC_RELAXED);
  if (C >= 0)
    return C;
  const char *Force = getenv("WASMC_NO_OPENAT2");
  if (Force && *Force && strcmp(Force, "0") != 0) {
    C = 0;
  } else {
    struct open_how How;
    memset(&How, 0, sizeof(How));
    How.flags = O_PATH | O_CLOEXEC;
    How.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
    long Fd = syscall(SYS_openat2, AT_FDCWD, ".", &How, sizeof(How));
    C = Fd >= 0;
    if (Fd >= 0)
      close(static_cast<int>(Fd));
  }
  __atomic_store_n(&Cached, C, __ATOMIC_RELAXED);
  return C;
}

static int openat2Beneath(int Dir, const char *Path, int Flags, mode_t Mode,
                          bool FollowLast) {
  struct open_how How;
  memset(&How, 0, sizeof(How));
  How.flags =
      static_cast<uint64_t>(Flags | O_CLOEXEC | (FollowLast ? 0 : O_NOFOLLOW));
  // (O_TMPFILE includes the O_DIRECTORY bit, hence the exact compare.)
  if ((Flags & O_CREAT) || (Flags & O_TMPFILE) == O_TMPFILE)
    How.mode = Mode;
  How.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  for (int Try = 0;; ++Try) {
    long Fd = syscall(SYS_openat2, Dir, Path, &How, sizeof(How));
    if (Fd >= 0)
      return static_cast<int>(Fd);
    if ((errno == EAGAIN || errno == EINTR) && Try < Openat2Retries)
      continue;
    return fromHost(errno);
  }
}
#endif

/// Directories the walk enters: O_PATH on Linux (no read permission
/// needed, nothing is opened for I/O), else an ordinary read-only open, so
/// there a directory the host user may search but not list cannot be
/// walked through (macOS's O_SEARCH is not in every SDK rtlib builds
/// against).
#if WASMC_RT_LINUX
constexpr int PathOnly = O_PATH;
#else
constexpr int WalkDirFlags = O_RDONLY | O_DIRECTORY;
constexpr int PathOnly = 0; // callers never ask for O_PATH there
#endif

/// The path that replaces Path when its last component is a symbolic link
/// to Target: Path's directory part, then Target, then "/" if Slash.
/// Returns nullptr when out of memory.
static char *replaceLast(const char *Path, const char *Target, bool Slash) {
  size_t L = strlen(Path);
  while (L && Path[L - 1] == '/')
    --L;
  while (L && Path[L - 1] != '/')
    --L;
  size_t N = strlen(Target);
  char *Next = static_cast<char *>(malloc(L + N + 2));
  if (!Next)
    return nullptr;
  memcpy(Next, Path, L);
  memcpy(Next + L, Target, N + 1);
  if (Slash)
    strcat(Next, "/");
  return Next;
}

/// Moves a walk on through the symbolic link that Path's last component is,
/// whose text is Target: Path becomes replaceLast(Path, Target, Slash),
/// owned by Owned (the previous replacement is freed). An absolute Target
/// is refused: it would leave the directory the walk stays beneath.
/// Returns WasiSuccess, WasiNotCapable or WasiNoMem.
static int32_t followLink(const char *&Path, char *&Owned, const char *Target,
                          bool Slash) {
  if (Target[0] == '/')
    return WasiNotCapable;
  char *Next = replaceLast(Path, Target, Slash);
  if (!Next)
    return WasiNoMem;
  free(Owned);
  Owned = Next;
  Path = Owned;
  return WasiSuccess;
}

namespace {
/// The component-by-component walk: a stack of descriptors for the
/// directories entered (so `..` pops instead of asking the host), and the
/// path still to resolve, into which symbolic link targets are spliced.
class Walk {
public:
  Walk(int Dir) : Base(Dir) {}
  ~Walk() {
    for (int K = 0; K < Depth; ++K)
      close(Stack[K]);
    free(Rest);
  }

  /// Resolves every component of Path (following links, the last one only
  /// if FollowLast). On success the result is a descriptor the caller
  /// owns: O_PATH on Linux, where a non-directory last component is opened
  /// too; the portable walk fails with ENOTDIR there instead, which is all
  /// its caller (openDirBeneath) needs.
  int resolve(const char *Path, bool FollowLast);

  /// The directory the walk is in.
  int current() const { return Depth ? Stack[Depth - 1] : Base; }

private:
  int enter(const char *Name, bool Last, bool FollowLast);
  bool splice(const char *Target, const char *After);

  int Base;
  int Stack[MaxDepth];
  int Depth = 0;
  int Links = 0;
  char *Rest = nullptr;
  int LastObject = -1; // a resolved non-directory last component
  char LinkTarget[PATH_MAX + 1];
};
} // namespace

bool Walk::splice(const char *Target, const char *After) {
  size_t A = strlen(Target), B = strlen(After);
  char *New = static_cast<char *>(malloc(A + B + 2));
  if (!New)
    return false;
  memcpy(New, Target, A);
  New[A] = '/';
  memcpy(New + A + 1, After, B + 1);
  free(Rest);
  Rest = New;
  return true;
}

/// Steps into component Name of the current directory. Returns 0, 1 when a
/// symbolic link was spliced into Rest (the caller restarts its scan), or
/// minus a WASI errno.
int Walk::enter(const char *Name, bool Last, bool FollowLast) {
  if (strcmp(Name, ".") == 0)
    return 0;
  if (strcmp(Name, "..") == 0) {
    if (Depth == 0)
      return -WasiNotCapable;
    close(Stack[--Depth]);
    return 0;
  }
#if WASMC_RT_LINUX
  int Fd = openat(current(), Name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
  if (Fd < 0)
    return fromHost(errno);
  struct stat St;
  if (fstat(Fd, &St) != 0) {
    int E = errno;
    close(Fd);
    return fromHost(E);
  }
#else
  // Without O_PATH a link or a file cannot be opened just to look at it:
  // stat the name, and open it only once it is known to be a directory.
  // O_NOFOLLOW|O_DIRECTORY below make a swap after the stat fail instead
  // of leading anywhere unchecked.
  int Fd = -1;
  struct stat St;
  if (fstatat(current(), Name, &St, AT_SYMLINK_NOFOLLOW) != 0)
    return fromHost(errno);
#endif
  if (S_ISLNK(St.st_mode) && (!Last || FollowLast)) {
#if WASMC_RT_LINUX
    ssize_t N = readlinkat(Fd, "", LinkTarget, PATH_MAX);
    close(Fd);
#else
    ssize_t N = readlinkat(current(), Name, LinkTarget, PATH_MAX);
#endif
    if (N < 0)
      return fromHost(errno);
    LinkTarget[N] = '\0';
    if (++Links > MaxSymlinks)
      return -WasiLoop;
    if (LinkTarget[0] == '/')
      return -WasiNotCapable;
    return 1;
  }
  if (!S_ISDIR(St.st_mode)) {
    if (!Last || Fd < 0) {
      if (Fd >= 0)
        close(Fd);
      return -WasiNotDir;
    }
    LastObject = Fd;
    return 0;
  }
#if !WASMC_RT_LINUX
  Fd = openat(current(), Name, WalkDirFlags | O_NOFOLLOW | O_CLOEXEC);
  if (Fd < 0)
    return fromHost(errno);
#endif
  if (Depth == MaxDepth) {
    close(Fd);
    return -WasiNameTooLong;
  }
  Stack[Depth++] = Fd;
  return 0;
}

int Walk::resolve(const char *Path, bool FollowLast) {
  if (Path[0] == '/')
    return -WasiNotCapable;
  Rest = strdup(Path);
  if (!Rest)
    return -WasiNoMem;
  for (;;) {
    // Find the next component of Rest.
    char *P = Rest;
    while (*P == '/')
      ++P;
    if (!*P)
      break;
    char *End = strchr(P, '/');
    bool Last = true;
    if (End) {
      for (char *Q = End; *Q; ++Q)
        if (*Q != '/')
          Last = false;
      // A trailing slash names a directory: follow a link there too.
      if (Last)
        FollowLast = true;
      *End = '\0';
    }
    char Name[NAME_MAX + 2];
    if (strlen(P) > NAME_MAX)
      return -WasiNameTooLong;
    strcpy(Name, P);
    const char *After = End ? End + 1 : "";
    int R = enter(Name, Last, FollowLast);
    if (R < 0)
      return R;
    if (R == 1) {
      if (!splice(LinkTarget, After))
        return -WasiNoMem;
      continue;
    }
    if (LastObject >= 0) {
      // A non-directory can only be last; a trailing slash after it is
      // ENOTDIR.
      if (End) {
        close(LastObject);
        return -WasiNotDir;
      }
      int Fd = LastObject;
      LastObject = -1;
      return Fd;
    }
    memmove(Rest, After, strlen(After) + 1);
  }
  // A new descriptor for the directory reached, which may be Base itself.
  int Fd = fcntl(current(), F_DUPFD_CLOEXEC, 0);
  return Fd >= 0 ? Fd : fromHost(errno);
}

/// The walk's openBeneath: resolve the parent, then open the last component
/// with O_NOFOLLOW; a symbolic link there is expanded and the whole thing
/// repeated on the new path.
static int walkBeneath(int Dir, const char *Path, int Flags, mode_t Mode,
                       bool FollowLast) {
  char *Owned = nullptr;
  int Result = -WasiLoop;
  for (int Round = 0; Round <= MaxSymlinks; ++Round) {
    ParentRef Parent;
    int32_t E = resolveParent(Dir, Path, Parent);
    if (E != WasiSuccess) {
      Result = -E;
      break;
    }
    const char *Name = Parent.Name;
    int F = Flags;
    bool Follow = FollowLast;
    char Bare[NAME_MAX + 2];
    if (hasTrailingSlash(Name)) {
      // "x/" must be a directory, and a link there is followed.
      size_t N = strlen(Name) - 1;
      memcpy(Bare, Name, N);
      Bare[N] = '\0';
      Name = Bare;
      F |= O_DIRECTORY;
      Follow = true;
    }
    int Fd = openat(Parent.Fd, Name, F | O_NOFOLLOW | O_CLOEXEC, Mode);
    if (Fd >= 0) {
      // O_PATH|O_NOFOLLOW opens a link itself; that is only wanted when
      // not following.
      struct stat St;
      if (!Follow || !(F & PathOnly) || fstat(Fd, &St) != 0 ||
          !S_ISLNK(St.st_mode)) {
        Result = Fd;
        break;
      }
      close(Fd);
    } else if (!Follow || (errno != ELOOP && errno != ENOTDIR) ||
               ((F & O_CREAT) && (F & O_EXCL))) {
      Result = fromHost(errno);
      break;
    }
    // Is it a link? (ENOTDIR also comes from O_DIRECTORY on a link.)
    char Target[PATH_MAX + 1];
    ssize_t N = readlinkat(Parent.Fd, Name, Target, PATH_MAX);
    if (N < 0) {
      Result = -WasiLoop;
      if (errno == EINVAL) // not a link: the original error stands
        Result = (F & O_DIRECTORY) ? -WasiNotDir : -WasiLoop;
      break;
    }
    Target[N] = '\0';
    if (int32_t E =
            followLink(Path, Owned, Target, hasTrailingSlash(Parent.Name))) {
      Result = -E;
      break;
    }
  }
  free(Owned);
  return Result;
}

int wasmc::rt::openBeneath(int Dir, const char *Path, int Flags, mode_t Mode,
                           bool FollowLast) {
  if (!*Path)
    return -WasiNoEnt;
  if (Path[0] == '/')
    return -WasiNotCapable;
#if WASMC_RT_LINUX
  if (openat2Support())
    return openat2Beneath(Dir, Path, Flags, Mode, FollowLast);
#endif
  return walkBeneath(Dir, Path, Flags, Mode, FollowLast);
}

/// Resolves a directory path beneath Dir (following links) to a
/// descriptor, or minus a WASI errno.
static int openDirBeneath(int Dir, const char *Path) {
#if WASMC_RT_LINUX
  if (openat2Support())
    return openat2Beneath(Dir, Path, O_PATH | O_DIRECTORY, 0, true);
#endif
  Walk W(Dir);
  int Fd = W.resolve(Path, true);
  if (Fd < 0)
    return Fd;
  struct stat St;
  if (fstat(Fd, &St) != 0 || !S_ISDIR(St.st_mode)) {
    close(Fd);
    return -WasiNotDir;
  }
  return Fd;
}

int32_t wasmc::rt::resolveParent(int Dir, const char *Path, ParentRef &Out) {
  if (!*Path)
    return WasiNoEnt;
  if (Path[0] == '/')
    return WasiNotCapable;
  size_t Len = strlen(Path);
  size_t End = Len;
  while (End && Path[End - 1] == '/')
    --End;
  size_t Start = End;
  while (Start && Path[Start - 1] != '/')
    --Start;
  bool Trailing = End < Len;
  // Name: [Start, End) plus one '/' if the path had trailing slashes.
  Out.Storage = static_cast<char *>(malloc(2 * Len + 4));
  if (!Out.Storage)
    return WasiNoMem;
  size_t NameLen = End - Start;
  bool DotDot = NameLen == 2 && Path[Start] == '.' && Path[Start + 1] == '.';
  char *Name = Out.Storage;
  char *Dirpart = Out.Storage + NameLen + 2;
  memcpy(Name, Path + Start, NameLen);
  Name[NameLen] = '\0';
  if (Trailing)
    strcat(Name, "/");
  Out.Name = Name;
  // The directory part, or "." when there is none. For a last component
  // "..", the whole path is the directory and the name is ".".
  size_t DirLen = DotDot ? End : Start;
  memcpy(Dirpart, Path, DirLen);
  Dirpart[DirLen] = '\0';
  if (DotDot)
    Out.Name = ".";
  int Fd = openDirBeneath(Dir, DirLen ? Dirpart : ".");
  if (Fd < 0)
    return -Fd;
  Out.Fd = Fd;
  return WasiSuccess;
}

int32_t wasmc::rt::resolveLast(int Dir, const char *Path, bool FollowLast,
                               ParentRef &Out) {
  char *Owned = nullptr;
  int32_t Result = WasiLoop;
  for (int Round = 0; Round <= MaxSymlinks; ++Round) {
    ParentRef Parent;
    if (int32_t E = resolveParent(Dir, Path, Parent)) {
      Result = E;
      break;
    }
    // "x/" must be a directory, and a link there is followed; the slash is
    // dropped so that no *at() call resolves it.
    bool Slash = hasTrailingSlash(Parent.Name);
    if (Slash)
      Parent.Storage[strlen(Parent.Storage) - 1] = '\0';
    bool Follow = FollowLast || Slash;
    struct stat St;
    if (fstatat(Parent.Fd, Parent.Name, &St, AT_SYMLINK_NOFOLLOW) != 0) {
      Result = -fromHost(errno);
      break;
    }
    if (!Follow || !S_ISLNK(St.st_mode)) {
      if (Slash && !S_ISDIR(St.st_mode)) {
        Result = WasiNotDir;
        break;
      }
      Out.Fd = Parent.Fd;
      Out.Name = Parent.Name;
      Out.Storage = Parent.Storage;
      Parent.Fd = -1;
      Parent.Storage = nullptr;
      Result = WasiSuccess;
      break;
    }
    char Target[PATH_MAX + 1];
    ssize_t N = readlinkat(Parent.Fd, Parent.Name, Target, PATH_MAX);
    if (N < 0) {
      Result = -fromHost(errno);
      break;
    }
    Target[N] = '\0';
    if (int32_t E = followLink(Path, Owned, Target, Slash)) {
      Result = E;
      break;
    }
  }
  free(Owned);
  return Result;
}
