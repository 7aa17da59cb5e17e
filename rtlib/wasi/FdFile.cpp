//===- wasi/FdFile.cpp - File attributes, sync, advice and readdir -------===//
#include "wasi/HostCompat.h"
#include "wasi/Wasi.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace wasmc::rt;

namespace {
// WASI fstflags.
enum : uint32_t {
  FstAtim = 1,
  FstAtimNow = 2,
  FstMtim = 4,
  FstMtimNow = 8,
};
} // namespace

extern "C" int32_t wasmc_wasi_fd_filestat_get(wasmc_vmctx *V, int32_t Fd,
                                              int32_t Out) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, RightFdFilestatGet, E))
    return Err;
  uint8_t *P = guestRange(V, Out, 64);
  if (!P)
    return WasiFault;
  struct stat St;
  if (fstat(E->Host, &St) != 0)
    return wasiErrnoFromHost(errno);
  storeFilestat(P, St);
  // The guest sees the filetype it was told at open (a socket stays one).
  if (E->Type != FiletypeUnknown)
    P[16] = E->Type;
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_filestat_set_size(wasmc_vmctx *V, int32_t Fd,
                                                   int64_t Size) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, RightFdFilestatSetSize, E))
    return Err;
  if (Size < 0)
    return WasiInval;
  if (ftruncate(E->Host, static_cast<off_t>(Size)) != 0)
    return wasiErrnoFromHost(errno);
  return WasiSuccess;
}

int32_t wasmc::rt::timesFromFlags(int64_t Atim, int64_t Mtim, int32_t Flags,
                                  struct timespec Times[2]) {
  uint32_t F = static_cast<uint32_t>(Flags);
  if (F & ~uint32_t(FstAtim | FstAtimNow | FstMtim | FstMtimNow))
    return WasiInval;
  if (((F & FstAtim) && (F & FstAtimNow)) ||
      ((F & FstMtim) && (F & FstMtimNow)))
    return WasiInval;
  auto Set = [](struct timespec &T, int64_t Value, bool Given, bool Now) {
    if (Now) {
      T.tv_sec = 0;
      T.tv_nsec = UTIME_NOW;
    } else if (Given) {
      uint64_t U = static_cast<uint64_t>(Value);
      T.tv_sec = static_cast<time_t>(U / 1000000000u);
      T.tv_nsec = static_cast<long>(U % 1000000000u);
    } else {
      T.tv_sec = 0;
      T.tv_nsec = UTIME_OMIT;
    }
  };
  Set(Times[0], Atim, F & FstAtim, F & FstAtimNow);
  Set(Times[1], Mtim, F & FstMtim, F & FstMtimNow);
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_filestat_set_times(wasmc_vmctx *V, int32_t Fd,
                                                    int64_t Atim, int64_t Mtim,
                                                    int32_t Flags) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, RightFdFilestatSetTimes, E))
    return Err;
  struct timespec Times[2];
  if (int32_t Err = timesFromFlags(Atim, Mtim, Flags, Times))
    return Err;
  if (futimens(E->Host, Times) != 0)
    return wasiErrnoFromHost(errno);
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_advise(wasmc_vmctx *V, int32_t Fd,
                                        int64_t Offset, int64_t Len,
                                        int32_t Advice) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, RightFdAdvise, E))
    return Err;
  if (Advice < 0 || Advice > 5 || Offset < 0 || Len < 0)
    return WasiInval;
  if (E->Type == FiletypeDirectory)
    return WasiBadf;
#if WASMC_RT_LINUX
  static const int HostAdvice[] = {POSIX_FADV_NORMAL,   POSIX_FADV_SEQUENTIAL,
                                   POSIX_FADV_RANDOM,   POSIX_FADV_WILLNEED,
                                   POSIX_FADV_DONTNEED, POSIX_FADV_NOREUSE};
  int R = posix_fadvise(E->Host, static_cast<off_t>(Offset),
                        static_cast<off_t>(Len), HostAdvice[Advice]);
  // Advice is a hint: descriptors it does not apply to (pipes) succeed.
  if (R != 0 && R != ESPIPE)
    return wasiErrnoFromHost(R);
#else
  // macOS has no posix_fadvise. Advice is only a hint, so after the same
  // argument checks it is accepted and ignored; the descriptor must still
  // be open.
  if (fcntl(E->Host, F_GETFL) < 0)
    return wasiErrnoFromHost(errno);
#endif
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_allocate(wasmc_vmctx *V, int32_t Fd,
                                          int64_t Offset, int64_t Len) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, RightFdAllocate, E))
    return Err;
  if (Offset < 0 || Len <= 0)
    return WasiInval;
  if (E->Type == FiletypeDirectory)
    return WasiBadf;
#if WASMC_RT_LINUX
  int R = posix_fallocate(E->Host, static_cast<off_t>(Offset),
                          static_cast<off_t>(Len));
  if (R != 0)
    return wasiErrnoFromHost(R);
#else
  // macOS has no posix_fallocate. What the guest can observe is the size:
  // a file shorter than Offset + Len grows to it (the new bytes read as
  // zero), as posix_fallocate would make it; reserving the blocks is
  // best-effort (F_PREALLOCATE where the host has it).
  if (Len > INT64_MAX - Offset)
    return WasiFbig;
  struct stat St;
  if (fstat(E->Host, &St) != 0)
    return wasiErrnoFromHost(errno);
  if (!S_ISREG(St.st_mode))
    return S_ISFIFO(St.st_mode) ? WasiSpipe : WasiNoDev;
  int Mode = fcntl(E->Host, F_GETFL);
  if (Mode < 0 || (Mode & O_ACCMODE) == O_RDONLY)
    return WasiBadf; // posix_fallocate's answer for a read-only descriptor
  int64_t End = Offset + Len;
  if (End > static_cast<int64_t>(St.st_size)) {
#ifdef F_PREALLOCATE
    fstore_t Store;
    memset(&Store, 0, sizeof(Store));
    Store.fst_flags = F_ALLOCATEALL;
    Store.fst_posmode = F_PEOFPOSMODE;
    Store.fst_length = static_cast<off_t>(End - St.st_size);
    fcntl(E->Host, F_PREALLOCATE, &Store);
#endif
    if (ftruncate(E->Host, static_cast<off_t>(End)) != 0)
      return wasiErrnoFromHost(errno);
  }
#endif
  return WasiSuccess;
}

/// fsync, which on macOS only reaches the drive's cache; F_FULLFSYNC asks
/// the drive to write it out, as fsync does on Linux. File systems without
/// F_FULLFSYNC (network, FAT) get the plain fsync.
static int syncToDisk(int H) {
#ifdef F_FULLFSYNC
  if (fcntl(H, F_FULLFSYNC) == 0)
    return 0;
#endif
  return fsync(H);
}

extern "C" int32_t wasmc_wasi_fd_sync(wasmc_vmctx *V, int32_t Fd) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, RightFdSync, E))
    return Err;
  // EINVAL: not syncable (a terminal).
  if (syncToDisk(E->Host) != 0 && errno != EINVAL)
    return wasiErrnoFromHost(errno);
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_fd_datasync(wasmc_vmctx *V, int32_t Fd) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, RightFdDatasync, E))
    return Err;
#if WASMC_RT_LINUX
  int R = fdatasync(E->Host);
#else
  // No fdatasync in the macOS headers: a full sync is a superset.
  int R = syncToDisk(E->Host);
#endif
  if (R != 0 && errno != EINVAL)
    return wasiErrnoFromHost(errno);
  return WasiSuccess;
}

/// The WASI filetype of a dirent type.
static uint8_t filetypeOfDirent(unsigned char T) {
  switch (T) {
  case DT_REG:
    return FiletypeRegularFile;
  case DT_DIR:
    return FiletypeDirectory;
  case DT_CHR:
    return FiletypeCharacterDevice;
  case DT_BLK:
    return FiletypeBlockDevice;
  case DT_LNK:
    return FiletypeSymbolicLink;
  case DT_SOCK:
    return FiletypeSocketStream;
  default:
    return FiletypeUnknown;
  }
}

/// Each call reads the directory afresh through a new open file
/// description and skips `Cookie` entries: entry K's d_next is K + 1, so
/// cookies are stable positions that do not depend on host telldir values
/// and never disturb the guest descriptor's own state.
extern "C" int32_t wasmc_wasi_fd_readdir(wasmc_vmctx *V, int32_t Fd,
                                         int32_t Buf, int32_t BufLen,
                                         int64_t Cookie, int32_t BufUsed) {
  FdEntry *E;
  if (int32_t Err = lookupFd(V, Fd, RightFdReaddir, E))
    return Err;
  uint32_t Len = static_cast<uint32_t>(BufLen);
  uint8_t *Out = guestRange(V, Buf, Len);
  uint8_t *Used = guestRange(V, BufUsed, 4);
  if (!Out || !Used)
    return WasiFault;
  if (E->Type != FiletypeDirectory)
    return WasiNotDir;
  int H = openat(E->Host, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (H < 0)
    return wasiErrnoFromHost(errno);
  DIR *D = fdopendir(H);
  if (!D) {
    int Err = errno;
    close(H);
    return wasiErrnoFromHost(Err);
  }
  uint64_t Index = 0, Skip = static_cast<uint64_t>(Cookie);
  uint32_t Pos = 0;
  for (;;) {
    errno = 0;
    struct dirent *Ent = readdir(D);
    if (!Ent) {
      if (errno) {
        int Err = errno;
        closedir(D);
        return wasiErrnoFromHost(Err);
      }
      break;
    }
    if (Index++ < Skip)
      continue;
    uint8_t Header[24];
    size_t NameLen = strlen(Ent->d_name);
    uint8_t Type = filetypeOfDirent(Ent->d_type);
    if (Ent->d_type == DT_UNKNOWN) {
      struct stat St;
      if (fstatat(E->Host, Ent->d_name, &St, AT_SYMLINK_NOFOLLOW) == 0)
        Type = filetypeOfMode(St.st_mode);
    }
    memset(Header, 0, sizeof(Header));
    storeU64(Header, Index);
    storeU64(Header + 8, static_cast<uint64_t>(Ent->d_ino));
    storeU32(Header + 16, static_cast<uint32_t>(NameLen));
    Header[20] = Type;
    // A full buffer (bufused == buf_len) tells the guest to ask again; the
    // last entry may be cut.
    uint32_t Room = Len - Pos;
    uint32_t N = Room < sizeof(Header) ? Room : uint32_t(sizeof(Header));
    memcpy(Out + Pos, Header, N);
    Pos += N;
    Room = Len - Pos;
    N = Room < NameLen ? Room : static_cast<uint32_t>(NameLen);
    memcpy(Out + Pos, Ent->d_name, N);
    Pos += N;
    if (Pos == Len)
      break;
  }
  closedir(D);
  storeU32(Used, Pos);
  return WasiSuccess;
}
