//===- wasi/FdTable.cpp - Guest descriptor table and WASI set-up ----------===//
//
// Guest descriptors are indices into WasiState::Fds. Entries record the
// host descriptor, the WASI filetype and the rights; every fd_* and path_*
// function goes through lookupFd, so a number the guest invents reaches
// nothing unless it names an entry the guest was given.
//
//===----------------------------------------------------------------------===//
#include "wasi/HostCompat.h"
#include "wasi/Wasi.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

using namespace wasmc::rt;

namespace {
/// The guest may hold at most this many descriptors at once.
constexpr uint32_t MaxGuestFds = 1u << 16;
} // namespace

uint8_t wasmc::rt::filetypeOfMode(unsigned Mode) {
  switch (Mode & S_IFMT) {
  case S_IFREG:
    return FiletypeRegularFile;
  case S_IFDIR:
    return FiletypeDirectory;
  case S_IFCHR:
    return FiletypeCharacterDevice;
  case S_IFBLK:
    return FiletypeBlockDevice;
  case S_IFLNK:
    return FiletypeSymbolicLink;
  case S_IFSOCK:
    return FiletypeSocketStream;
  default:
    return FiletypeUnknown; // FIFOs have no WASI filetype
  }
}

static uint64_t nanos(const struct timespec &T) {
  return static_cast<uint64_t>(T.tv_sec) * 1000000000ull +
         static_cast<uint64_t>(T.tv_nsec);
}

void wasmc::rt::storeFilestat(uint8_t *Out, const struct stat &St) {
  memset(Out, 0, 64);
  storeU64(Out, static_cast<uint64_t>(St.st_dev));
  storeU64(Out + 8, static_cast<uint64_t>(St.st_ino));
  Out[16] = filetypeOfMode(St.st_mode);
  storeU64(Out + 24, static_cast<uint64_t>(St.st_nlink));
  storeU64(Out + 32, static_cast<uint64_t>(St.st_size));
  storeU64(Out + 40, nanos(statAtime(St)));
  storeU64(Out + 48, nanos(statMtime(St)));
  storeU64(Out + 56, nanos(statCtime(St)));
}

int32_t wasmc::rt::copyGuestPath(wasmc_vmctx *V, int32_t Ptr, int32_t Len,
                                 char *&Out) {
  uint32_t N = static_cast<uint32_t>(Len);
  const uint8_t *P = guestRange(V, Ptr, N);
  if (!P)
    return WasiFault;
  if (memchr(P, 0, N))
    return WasiInval; // the host would silently cut the path there
  Out = static_cast<char *>(malloc(size_t(N) + 1));
  if (!Out)
    return WasiNoMem;
  memcpy(Out, P, N);
  Out[N] = '\0';
  return WasiSuccess;
}

bool wasmc::rt::translateIovs(wasmc_vmctx *V, const uint8_t *Guest,
                              uint32_t Count, struct iovec *Host) {
  for (uint32_t K = 0; K < Count; ++K) {
    const uint8_t *Entry = Guest + 8 * uint64_t(K);
    uint32_t Buf = loadU32(Entry), Len = loadU32(Entry + 4);
    uint8_t *P = guestRange(V, static_cast<int32_t>(Buf), Len);
    if (!P)
      return false;
    Host[K].iov_base = P;
    Host[K].iov_len = Len;
  }
  return true;
}

static void describeStdio(FdEntry &E, int Fd);

int32_t wasmc::rt::lookupFd(wasmc_vmctx *V, int32_t Fd, uint64_t Needed,
                            FdEntry *&E) {
  WasiState &S = wasiState(V);
  uint32_t Index = static_cast<uint32_t>(Fd);
  if (Index >= S.NumFds || S.Fds[Index].Host < 0)
    return WasiBadf;
  E = &S.Fds[Index];
  if (E->Undescribed) {
    describeStdio(*E, E->Host);
    E->Undescribed = false;
  }
  if ((E->Base & Needed) != Needed)
    return WasiNotCapable;
  return WasiSuccess;
}

/// Makes room for at least Want entries.
static bool growTable(WasiState &S, uint32_t Want) {
  if (Want <= S.NumFds)
    return true;
  if (Want > MaxGuestFds)
    return false;
  uint32_t N = S.NumFds ? S.NumFds : 8;
  while (N < Want)
    N *= 2;
  FdEntry *New = static_cast<FdEntry *>(realloc(S.Fds, N * sizeof(FdEntry)));
  if (!New)
    return false;
  for (uint32_t K = S.NumFds; K < N; ++K) {
    memset(&New[K], 0, sizeof(FdEntry));
    New[K].Host = -1;
  }
  S.Fds = New;
  S.NumFds = N;
  return true;
}

int32_t wasmc::rt::installFd(wasmc_vmctx *V, const FdEntry &Entry) {
  WasiState &S = wasiState(V);
  uint32_t Slot = 0;
  while (Slot < S.NumFds && S.Fds[Slot].Host >= 0)
    ++Slot;
  if (!growTable(S, Slot + 1)) {
    close(Entry.Host);
    return -1;
  }
  S.Fds[Slot] = Entry;
  return static_cast<int32_t>(Slot);
}

/// Type and rights of a host descriptor the guest is given without opening
/// it (stdio, granted sockets), from what it is.
static void describeStdio(FdEntry &E, int Fd) {
  struct stat St;
  E.Type = fstat(Fd, &St) == 0 ? filetypeOfMode(St.st_mode) : FiletypeUnknown;
  if (E.Type == FiletypeDirectory)
    E.Type = FiletypeUnknown; // never hand out a directory handle this way
  int SockType = 0;
  socklen_t Len = sizeof(SockType);
  if (E.Type == FiletypeSocketStream &&
      getsockopt(Fd, SOL_SOCKET, SO_TYPE, &SockType, &Len) == 0 &&
      SockType == SOCK_DGRAM)
    E.Type = FiletypeSocketDgram;
  uint64_t Rights = RightFdFilestatGet | RightPollFdReadwrite |
                    RightFdFdstatSetFlags | RightFdSync | RightFdDatasync |
                    RightFdAdvise;
  Rights |= Fd == 0 ? RightFdRead : RightFdWrite;
  // wasi-libc's isatty() is "character device without seek/tell rights", so
  // terminals lack them; elsewhere the host decides (ESPIPE for pipes, as
  // POSIX programs expect).
  if (E.Type != FiletypeCharacterDevice)
    Rights |= RightFdSeek | RightFdTell;
  // A socket as stdio (inetd style, or a listening socket handed over by a
  // service manager) is the one way a socket reaches the guest: it gets
  // the socket rights, and connections it accepts get reading and writing.
  if (E.Type == FiletypeSocketStream || E.Type == FiletypeSocketDgram) {
    Rights |= RightFdRead | RightFdWrite | RightSockShutdown | RightSockAccept;
    E.Base = Rights;
    E.Inheriting = RightFdRead | RightFdWrite | RightPollFdReadwrite |
                   RightSockShutdown | RightFdFilestatGet |
                   RightFdFdstatSetFlags;
    return;
  }
  E.Base = Rights;
  E.Inheriting = 0;
}

static void setErr(char *Err, unsigned Len, const char *Fmt, const char *A,
                   const char *B) {
  if (Len)
    snprintf(Err, Len, Fmt, A, B);
}

bool wasmc::rt::initWasi(WasiState &S, const wasmc_wasi_config *Config,
                         char *Err, unsigned ErrLen) {
  S.Envc = 0;
  S.Env = nullptr;
  S.Fds = nullptr;
  S.NumFds = 0;
  int NumPreopens = Config ? Config->num_preopens : 0;
  if (NumPreopens < 0 || !growTable(S, NumStdioFds + NumPreopens)) {
    setErr(Err, ErrLen, "%s%s", "cannot allocate the WASI descriptor table",
           "");
    return false;
  }
  for (int Fd = 0; Fd < NumStdioFds; ++Fd) {
    FdEntry &E = S.Fds[Fd];
    E.Host = Fd;
    E.KeepHostOpen = true;
    E.Undescribed = true;
  }
  for (int P = 0; P < NumPreopens; ++P) {
    const wasmc_wasi_preopen &Pre = Config->preopens[P];
    const char *Guest = Pre.guest_path ? Pre.guest_path : Pre.host_path;
    int H = open(Pre.host_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (H < 0) {
      setErr(Err, ErrLen, "cannot open the granted directory '%s': %s",
             Pre.host_path, strerror(errno));
      destroyWasi(S);
      return false;
    }
    FdEntry &E = S.Fds[NumStdioFds + P];
    E.Host = H;
    E.Type = FiletypeDirectory;
    E.ReadOnlyTree = Pre.read_only != 0;
    E.Base = DirectoryRights;
    E.Inheriting = DirectoryRights | FileRights;
    if (E.ReadOnlyTree) {
      E.Base &= ~MutatingRights;
      E.Inheriting &= ~MutatingRights;
    }
    E.PreopenName = strdup(Guest);
    if (!E.PreopenName) {
      setErr(Err, ErrLen, "%s%s", "out of memory", "");
      destroyWasi(S);
      return false;
    }
  }
  int NumSockets = Config ? Config->num_sockets : 0;
  for (int K = 0; K < NumSockets; ++K) {
    int Slot = NumStdioFds + NumPreopens + K;
    int H = fcntl(Config->sockets[K], F_DUPFD_CLOEXEC, 0);
    struct stat St;
    if (H < 0 || fstat(H, &St) != 0 || !S_ISSOCK(St.st_mode) ||
        !growTable(S, Slot + 1)) {
      if (H >= 0)
        close(H);
      setErr(Err, ErrLen, "granted socket %s is not an open socket%s",
             "descriptor", "");
      destroyWasi(S);
      return false;
    }
    FdEntry &E = S.Fds[Slot];
    describeStdio(E, H); // the same rights as a socket given as stdio
    E.Host = H;
  }
  int Envc = Config ? Config->envc : 0;
  if (Envc > 0) {
    S.Env = static_cast<char **>(calloc(size_t(Envc), sizeof(char *)));
    if (!S.Env) {
      setErr(Err, ErrLen, "%s%s", "out of memory", "");
      destroyWasi(S);
      return false;
    }
    for (int K = 0; K < Envc; ++K) {
      S.Env[K] = strdup(Config->envp[K]);
      if (!S.Env[K]) {
        setErr(Err, ErrLen, "%s%s", "out of memory", "");
        destroyWasi(S);
        return false;
      }
      S.Envc = K + 1;
    }
  }
  return true;
}

void wasmc::rt::destroyWasi(WasiState &S) {
  for (uint32_t K = 0; K < S.NumFds; ++K) {
    FdEntry &E = S.Fds[K];
    if (E.Host >= 0 && !E.KeepHostOpen)
      close(E.Host);
    free(E.PreopenName);
  }
  free(S.Fds);
  S.Fds = nullptr;
  S.NumFds = 0;
  for (int K = 0; K < S.Envc; ++K)
    free(S.Env[K]);
  free(S.Env);
  S.Env = nullptr;
  S.Envc = 0;
}
