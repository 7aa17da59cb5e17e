//===- wasi/Fd.cpp - fd_* functions for the stdio descriptors -------------===//
//
// Guest descriptors 0, 1 and 2 map to the host's stdio; there are no
// preopens yet, so no other descriptor exists. Closing a guest descriptor
// only forgets it: the host's stdio stays open for the runtime's own
// diagnostics (trap reports go to the host's stderr).
//
//===----------------------------------------------------------------------===//
#include "wasi/Wasi.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

using namespace wasmc::rt;

namespace {
// WASI filetype values.
enum : uint8_t {
  FiletypeUnknown = 0,
  FiletypeBlockDevice = 1,
  FiletypeCharacterDevice = 2,
  FiletypeDirectory = 3,
  FiletypeRegularFile = 4,
  FiletypeSocketStream = 6,
};
// WASI rights bits used for stdio.
enum : uint64_t {
  RightFdRead = 1u << 1,
  RightFdSeek = 1u << 2,
  RightFdFdstatSetFlags = 1u << 3,
  RightFdTell = 1u << 5,
  RightFdWrite = 1u << 6,
  RightFdFilestatGet = 1u << 21,
  RightPollFdReadwrite = 1u << 27,
};
// WASI fdflags.
enum : uint16_t { FdflagAppend = 1, FdflagNonblock = 4 };
// WASI whence.
enum : int32_t { WhenceSet = 0, WhenceCur = 1, WhenceEnd = 2 };

/// Most iovecs handed to one readv/writev call.
constexpr uint32_t IovBatch = 64;
} // namespace

/// Translates guest iovecs [First, First + Count) (each {u32 buf, u32 len})
/// into host iovecs; false if any buffer lies outside guest memory.
static bool translateIovs(wasmc_vmctx *V, const uint8_t *Guest, uint32_t First,
                          uint32_t Count, struct iovec *Host,
                          uint64_t &Total) {
  Total = 0;
  for (uint32_t K = 0; K < Count; ++K) {
    const uint8_t *Entry = Guest + 8 * uint64_t(First + K);
    uint32_t Buf = loadU32(Entry), Len = loadU32(Entry + 4);
    uint8_t *P = guestRange(V, static_cast<int32_t>(Buf), Len);
    if (!P)
      return false;
    Host[K].iov_base = P;
    Host[K].iov_len = Len;
    Total += Len;
  }
  return true;
}

extern "C" int32_t wasmc_wasi_fd_write(wasmc_vmctx *V, int32_t Fd, int32_t Iovs,
                                       int32_t IovsLen, int32_t NWritten) {
  int H = hostFd(V, Fd);
  if (H < 0)
    return WasiBadf;
  uint32_t N = static_cast<uint32_t>(IovsLen);
  const uint8_t *Guest = guestRange(V, Iovs, uint64_t(N) * 8);
  uint8_t *Out = guestRange(V, NWritten, 4);
  if (!Guest || !Out)
    return WasiFault;
  // Validate every buffer before writing any, so EFAULT has no side effect.
  struct iovec Host[IovBatch];
  uint64_t Ignored;
  for (uint32_t I = 0; I < N; I += IovBatch) {
    uint32_t Count = N - I < IovBatch ? N - I : IovBatch;
    if (!translateIovs(V, Guest, I, Count, Host, Ignored))
      return WasiFault;
  }
  uint64_t Written = 0;
  for (uint32_t I = 0; I < N; I += IovBatch) {
    uint32_t Count = N - I < IovBatch ? N - I : IovBatch;
    uint64_t Want;
    translateIovs(V, Guest, I, Count, Host, Want);
    ssize_t W;
    do
      W = writev(H, Host, static_cast<int>(Count));
    while (W < 0 && errno == EINTR);
    if (W < 0) {
      if (Written)
        break; // Report the partial write; the error recurs on the next call.
      return wasiErrnoFromHost(errno);
    }
    Written += static_cast<uint64_t>(W);
    if (static_cast<uint64_t>(W) < Want || Written >= (uint64_t(1) << 31))
      break;
  }
  storeU32(Out, static_cast<uint32_t>(Written));
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_read(wasmc_vmctx *V, int32_t Fd, int32_t Iovs,
                                      int32_t IovsLen, int32_t NRead) {
  int H = hostFd(V, Fd);
  if (H < 0)
    return WasiBadf;
  uint32_t N = static_cast<uint32_t>(IovsLen);
  const uint8_t *Guest = guestRange(V, Iovs, uint64_t(N) * 8);
  uint8_t *Out = guestRange(V, NRead, 4);
  if (!Guest || !Out)
    return WasiFault;
  struct iovec Host[IovBatch];
  uint64_t Ignored;
  for (uint32_t I = 0; I < N; I += IovBatch) {
    uint32_t Count = N - I < IovBatch ? N - I : IovBatch;
    if (!translateIovs(V, Guest, I, Count, Host, Ignored))
      return WasiFault;
  }
  // One readv: a short read is normal (terminals, pipes) and the guest's
  // libc asks again.
  uint32_t Count = N < IovBatch ? N : IovBatch;
  translateIovs(V, Guest, 0, Count, Host, Ignored);
  ssize_t R;
  do
    R = readv(H, Host, static_cast<int>(Count));
  while (R < 0 && errno == EINTR);
  if (R < 0)
    return wasiErrnoFromHost(errno);
  storeU32(Out, static_cast<uint32_t>(R));
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_close(wasmc_vmctx *V, int32_t Fd) {
  if (hostFd(V, Fd) < 0)
    return WasiBadf;
  wasiState(V).FdOpen[Fd] = false;
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_fdstat_get(wasmc_vmctx *V, int32_t Fd,
                                            int32_t StatOut) {
  int H = hostFd(V, Fd);
  if (H < 0)
    return WasiBadf;
  uint8_t *Out = guestRange(V, StatOut, 24);
  if (!Out)
    return WasiFault;
  struct stat St;
  if (fstat(H, &St) != 0)
    return wasiErrnoFromHost(errno);
  uint8_t Type = FiletypeUnknown; // pipes and FIFOs have no WASI filetype
  if (S_ISCHR(St.st_mode))
    Type = FiletypeCharacterDevice;
  else if (S_ISREG(St.st_mode))
    Type = FiletypeRegularFile;
  else if (S_ISBLK(St.st_mode))
    Type = FiletypeBlockDevice;
  else if (S_ISDIR(St.st_mode))
    Type = FiletypeDirectory;
  else if (S_ISSOCK(St.st_mode))
    Type = FiletypeSocketStream;
  int Flags = fcntl(H, F_GETFL);
  uint16_t FdFlags = 0;
  if (Flags >= 0 && (Flags & O_APPEND))
    FdFlags |= FdflagAppend;
  if (Flags >= 0 && (Flags & O_NONBLOCK))
    FdFlags |= FdflagNonblock;
  uint64_t Rights = RightFdFilestatGet | RightPollFdReadwrite;
  Rights |= Fd == 0 ? RightFdRead : RightFdWrite;
  // wasi-libc's isatty() is "character device without seek/tell rights", so
  // only grant those where seeking works.
  if (Type == FiletypeRegularFile || Type == FiletypeBlockDevice)
    Rights |= RightFdSeek | RightFdTell;
  memset(Out, 0, 24);
  Out[0] = Type;
  memcpy(Out + 2, &FdFlags, 2);
  storeU64(Out + 8, Rights);
  storeU64(Out + 16, 0);
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_prestat_get(wasmc_vmctx *V, int32_t Fd,
                                             int32_t Out) {
  return WasiBadf; // No preopened directories: every fd is "not a preopen".
}

extern "C" int32_t wasmc_wasi_fd_prestat_dir_name(wasmc_vmctx *V, int32_t Fd,
                                                  int32_t Path,
                                                  int32_t PathLen) {
  return WasiBadf;
}

static int32_t seek(wasmc_vmctx *V, int32_t Fd, int64_t Offset, int Whence,
                    int32_t NewOffset) {
  int H = hostFd(V, Fd);
  if (H < 0)
    return WasiBadf;
  uint8_t *Out = guestRange(V, NewOffset, 8);
  if (!Out)
    return WasiFault;
  off_t R = lseek(H, static_cast<off_t>(Offset), Whence);
  if (R < 0)
    return wasiErrnoFromHost(errno);
  storeU64(Out, static_cast<uint64_t>(R));
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_seek(wasmc_vmctx *V, int32_t Fd,
                                      int64_t Offset, int32_t Whence,
                                      int32_t NewOffset) {
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
    return hostFd(V, Fd) < 0 ? WasiBadf : WasiInval;
  }
  return seek(V, Fd, Offset, HostWhence, NewOffset);
}

extern "C" int32_t wasmc_wasi_fd_tell(wasmc_vmctx *V, int32_t Fd,
                                      int32_t OffsetOut) {
  return seek(V, Fd, 0, SEEK_CUR, OffsetOut);
}
