//===- wasi/Fd.cpp - Reading, writing, seeking and the descriptor table ---===//
//
// fd_read/write/pread/pwrite/seek/tell, fd_close/renumber, fdstat and
// prestat. Every function first finds the guest descriptor (EBADF), then
// checks its rights (ENOTCAPABLE), then the guest pointers (EFAULT), before
// it touches the host. Closing a stdio descriptor only forgets it: the
// host's stdio stays open for the runtime's own diagnostics.
//
//===----------------------------------------------------------------------===//
#include "wasi/HostCompat.h"
#include "wasi/Wasi.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

using namespace wasmc::rt;

namespace {
// WASI whence.
enum : int32_t { WhenceSet = 0, WhenceCur = 1, WhenceEnd = 2 };
/// Most iovecs handed to one host call.
constexpr uint32_t IovBatch = 64;
/// One call moves at most this many bytes, so the count fits the guest's
/// u32 result.
constexpr uint64_t MaxTransfer = uint64_t(1) << 31;
} // namespace

/// Checks the iovec array and every buffer in it; false means EFAULT.
static bool checkIovs(wasmc_vmctx *V, int32_t Iovs, uint32_t N,
                      const uint8_t *&Guest) {
  Guest = guestRange(V, Iovs, uint64_t(N) * 8);
  if (!Guest)
    return false;
  struct iovec Host[IovBatch];
  for (uint32_t I = 0; I < N; I += IovBatch) {
    uint32_t Count = N - I < IovBatch ? N - I : IovBatch;
    if (!translateIovs(V, Guest + 8 * uint64_t(I), Count, Host))
      return false;
  }
  return true;
}

/// pwritev/preadv at Offset. macOS has them only from 11.0 (x86-64 builds
/// target 10.15), so other hosts do one pwrite/pread per buffer, stopping
/// at the first short one: the same result for a regular file, which is
/// all a positioned transfer works on.
static ssize_t positioned(int H, const struct iovec *Iov, int Count,
                          bool Write, int64_t Offset) {
#if WASMC_RT_LINUX
  return Write ? pwritev(H, Iov, Count, Offset) : preadv(H, Iov, Count, Offset);
#else
  ssize_t Total = 0;
  for (int K = 0; K < Count; ++K) {
    if (!Iov[K].iov_len)
      continue;
    off_t At = static_cast<off_t>(Offset + Total);
    ssize_t R = Write ? pwrite(H, Iov[K].iov_base, Iov[K].iov_len, At)
                      : pread(H, Iov[K].iov_base, Iov[K].iov_len, At);
    if (R < 0)
      return Total ? Total : -1; // errno stands for the first buffer only
    Total += R;
    if (static_cast<size_t>(R) < Iov[K].iov_len)
      break;
  }
  return Total;
#endif
}

/// Moves data between the guest's iovecs and host descriptor H, batch by
/// batch, stopping at a short transfer. Offset < 0: the file position.
static int32_t transfer(wasmc_vmctx *V, int H, const uint8_t *Guest, uint32_t N,
                        bool Write, int64_t Offset, uint64_t &Done) {
  Done = 0;
  struct iovec Host[IovBatch];
  for (uint32_t I = 0; I < N; I += IovBatch) {
    uint32_t Count = N - I < IovBatch ? N - I : IovBatch;
    translateIovs(V, Guest + 8 * uint64_t(I), Count, Host);
    uint64_t Want = 0;
    for (uint32_t K = 0; K < Count; ++K)
      Want += Host[K].iov_len;
    if (!Want)
      continue;
    ssize_t R;
    do {
      int C = static_cast<int>(Count);
      if (Offset < 0)
        R = Write ? writev(H, Host, C) : readv(H, Host, C);
      else
        R = positioned(H, Host, C, Write, Offset + int64_t(Done));
    } while (R < 0 && errno == EINTR);
    if (R < 0) {
      if (Done)
        break; // Report the partial transfer; the error recurs next call.
      return wasiErrnoFromHost(errno);
    }
    Done += static_cast<uint64_t>(R);
    // Reads return what is there (terminals, pipes); the guest asks again.
    if (static_cast<uint64_t>(R) < Want || !Write || Done >= MaxTransfer)
      break;
  }
  return WasiSuccess;
}

static int32_t readWrite(wasmc_vmctx *V, int32_t Fd, int32_t Iovs,
                         int32_t IovsLen, int32_t Result, bool Write,
                         bool Positioned, int64_t Offset) {
  FdEntry *E;
  uint64_t Needed =
      (Write ? RightFdWrite : RightFdRead) | (Positioned ? RightFdSeek : 0);
  if (int32_t Err = lookupFd(V, Fd, Needed, E))
    return Err;
  uint32_t N = static_cast<uint32_t>(IovsLen);
  const uint8_t *Guest;
  uint8_t *Out = guestRange(V, Result, 4);
  if (!Out || !checkIovs(V, Iovs, N, Guest))
    return WasiFault;
  if (Positioned && Offset < 0)
    return WasiInval;
  if (E->Type == FiletypeDirectory)
    return WasiIsDir;
  uint64_t Done;
  if (int32_t Err =
          transfer(V, E->Host, Guest, N, Write, Positioned ? Offset : -1, Done))
    return Err;
  storeU32(Out, static_cast<uint32_t>(Done));
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_write(wasmc_vmctx *V, int32_t Fd, int32_t Iovs,
                                       int32_t IovsLen, int32_t NWritten) {
  return readWrite(V, Fd, Iovs, IovsLen, NWritten, true, false, 0);
}

extern "C" int32_t wasmc_wasi_fd_read(wasmc_vmctx *V, int32_t Fd, int32_t Iovs,
                                      int32_t IovsLen, int32_t NRead) {
  return readWrite(V, Fd, Iovs, IovsLen, NRead, false, false, 0);
}

extern "C" int32_t wasmc_wasi_fd_pread(wasmc_vmctx *V, int32_t Fd, int32_t Iovs,
                                       int32_t IovsLen, int64_t Offset,
                                       int32_t NRead) {
  return readWrite(V, Fd, Iovs, IovsLen, NRead, false, true, Offset);
}

extern "C" int32_t wasmc_wasi_fd_pwrite(wasmc_vmctx *V, int32_t Fd,
                                        int32_t Iovs, int32_t IovsLen,
                                        int64_t Offset, int32_t NWritten) {
  return readWrite(V, Fd, Iovs, IovsLen, NWritten, true, true, Offset);
}

/// Releases what entry E holds and marks its slot free.
static void releaseEntry(FdEntry &E) {
  if (!E.KeepHostOpen)
    close(E.Host);
  free(E.PreopenName);
  memset(&E, 0, sizeof(E));
  E.Host = -1;
}

extern "C" int32_t wasmc_wasi_fd_close(wasmc_vmctx *V, int32_t Fd) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, 0, E))
    return Err;
  releaseEntry(*E);
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_renumber(wasmc_vmctx *V, int32_t Fd,
                                          int32_t To) {
  FdEntry *From, *Target;
  if (int32_t Err = lookupFd(V, Fd, 0, From))
    return Err;
  if (int32_t Err = lookupFd(V, To, 0, Target))
    return Err;
  if (From == Target)
    return WasiSuccess;
  releaseEntry(*Target);
  *Target = *From;
  memset(From, 0, sizeof(*From));
  From->Host = -1;
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_seek(wasmc_vmctx *V, int32_t Fd,
                                      int64_t Offset, int32_t Whence,
                                      int32_t NewOffset) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, 0, E))
    return Err;
  // Asking for the position only needs fd_tell.
  bool TellOnly = Whence == WhenceCur && Offset == 0;
  if (!(E->Base & RightFdSeek) && !(TellOnly && (E->Base & RightFdTell)))
    return WasiNotCapable;
  int HostWhence;
  switch (Whence) {
  case WhenceSet:
    HostWhence = SEEK_SET;
    break;
  case WhenceCur:
    HostWhence = SEEK_CUR;
    break;
  case WhenceEnd:
    HostWhence = SEEK_END;
    break;
  default:
    return WasiInval;
  }
  uint8_t *Out = guestRange(V, NewOffset, 8);
  if (!Out)
    return WasiFault;
  off_t R = lseek(E->Host, static_cast<off_t>(Offset), HostWhence);
  if (R < 0)
    return wasiErrnoFromHost(errno);
  storeU64(Out, static_cast<uint64_t>(R));
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_tell(wasmc_vmctx *V, int32_t Fd,
                                      int32_t OffsetOut) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, RightFdTell, E))
    return Err;
  uint8_t *Out = guestRange(V, OffsetOut, 8);
  if (!Out)
    return WasiFault;
  off_t R = lseek(E->Host, 0, SEEK_CUR);
  if (R < 0)
    return wasiErrnoFromHost(errno);
  storeU64(Out, static_cast<uint64_t>(R));
  return WasiSuccess;
}

/// The WASI fdflags of host descriptor H.
static uint16_t fdflagsOf(int H) {
  int Flags = fcntl(H, F_GETFL);
  uint16_t Out = 0;
  if (Flags < 0)
    return 0;
  if (Flags & O_APPEND)
    Out |= FdflagAppend;
  if (Flags & O_NONBLOCK)
    Out |= FdflagNonblock;
  if ((Flags & O_SYNC) == O_SYNC)
    Out |= FdflagSync | FdflagRsync; // Linux: O_RSYNC == O_SYNC
  else if (Flags & O_DSYNC)
    Out |= FdflagDsync;
  return Out;
}

extern "C" int32_t wasmc_wasi_fd_fdstat_get(wasmc_vmctx *V, int32_t Fd,
                                            int32_t StatOut) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, 0, E))
    return Err;
  uint8_t *Out = guestRange(V, StatOut, 24);
  if (!Out)
    return WasiFault;
  memset(Out, 0, 24);
  Out[0] = E->Type;
  uint16_t Flags = fdflagsOf(E->Host);
  memcpy(Out + 2, &Flags, 2);
  storeU64(Out + 8, E->Base);
  storeU64(Out + 16, E->Inheriting);
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_fdstat_set_flags(wasmc_vmctx *V, int32_t Fd,
                                                  int32_t Flags) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, RightFdFdstatSetFlags, E))
    return Err;
  uint32_t F = static_cast<uint32_t>(Flags);
  if (F & ~uint32_t(FdflagAppend | FdflagDsync | FdflagNonblock | FdflagRsync |
                    FdflagSync))
    return WasiInval;
  // Linux cannot change the synchronisation flags of an open descriptor.
  if ((F & (FdflagDsync | FdflagRsync | FdflagSync)) !=
      (fdflagsOf(E->Host) & (FdflagDsync | FdflagRsync | FdflagSync)))
    return WasiNotSup;
  int Host = fcntl(E->Host, F_GETFL);
  if (Host < 0)
    return wasiErrnoFromHost(errno);
  Host &= ~(O_APPEND | O_NONBLOCK);
  if (F & FdflagAppend)
    Host |= O_APPEND;
  if (F & FdflagNonblock)
    Host |= O_NONBLOCK;
  if (fcntl(E->Host, F_SETFL, Host) != 0)
    return wasiErrnoFromHost(errno);
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_fdstat_set_rights(wasmc_vmctx *V, int32_t Fd,
                                                   int64_t Base,
                                                   int64_t Inheriting) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, 0, E))
    return Err;
  uint64_t B = static_cast<uint64_t>(Base);
  uint64_t I = static_cast<uint64_t>(Inheriting);
  // Rights only ever shrink.
  if ((B & ~E->Base) || (I & ~E->Inheriting))
    return WasiNotCapable;
  E->Base = B;
  E->Inheriting = I;
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_prestat_get(wasmc_vmctx *V, int32_t Fd,
                                             int32_t PrestatOut) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, 0, E))
    return Err;
  if (!E->PreopenName)
    return WasiBadf;
  uint8_t *Out = guestRange(V, PrestatOut, 8);
  if (!Out)
    return WasiFault;
  memset(Out, 0, 8);
  Out[0] = 0; // preopentype dir
  storeU32(Out + 4, static_cast<uint32_t>(strlen(E->PreopenName)));
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_prestat_dir_name(wasmc_vmctx *V, int32_t Fd,
                                                  int32_t Path,
                                                  int32_t PathLen) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, 0, E))
    return Err;
  if (!E->PreopenName)
    return WasiBadf;
  size_t N = strlen(E->PreopenName);
  if (static_cast<uint32_t>(PathLen) < N)
    return WasiNameTooLong;
  uint8_t *Out = guestRange(V, Path, N);
  if (!Out)
    return WasiFault;
  memcpy(Out, E->PreopenName, N);
  return WasiSuccess;
}
