//===- wasi/Wasi.h - WASI preview1 host functions -------------------*- C++
//-*-===//
//
// rtlib's wasi_snapshot_preview1 implementation: one C function per entry of
// wasmc/wasi_functions.def, named wasmc_wasi_<name>, taking the calling
// instance's vmctx then the Wasm parameters (i32 -> int32_t, i64 ->
// int64_t). HostTable.cpp checks every prototype below against its
// signature string at compile time.
//
// Guest pointers are offsets into the caller's memory 0; every access is
// bounds-checked against the current memory size (EFAULT otherwise) before
// anything is read or written, and host memory outside the guest memory is
// never touched.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_WASI_WASI_H
#define WASMC_RTLIB_WASI_WASI_H

#include "instance/Instance.h"

#include <string.h>

struct iovec;
struct stat;
struct timespec;

extern "C" {
int32_t wasmc_wasi_args_get(wasmc_vmctx *, int32_t argv, int32_t argv_buf);
int32_t wasmc_wasi_args_sizes_get(wasmc_vmctx *, int32_t argc_out,
                                  int32_t buf_size_out);
int32_t wasmc_wasi_environ_get(wasmc_vmctx *, int32_t environ,
                               int32_t environ_buf);
int32_t wasmc_wasi_environ_sizes_get(wasmc_vmctx *, int32_t count_out,
                                     int32_t buf_size_out);
int32_t wasmc_wasi_clock_res_get(wasmc_vmctx *, int32_t id, int32_t res_out);
int32_t wasmc_wasi_clock_time_get(wasmc_vmctx *, int32_t id, int64_t precision,
                                  int32_t time_out);
int32_t wasmc_wasi_fd_advise(wasmc_vmctx *, int32_t fd, int64_t offset,
                             int64_t len, int32_t advice);
int32_t wasmc_wasi_fd_allocate(wasmc_vmctx *, int32_t fd, int64_t offset,
                               int64_t len);
int32_t wasmc_wasi_fd_close(wasmc_vmctx *, int32_t fd);
int32_t wasmc_wasi_fd_datasync(wasmc_vmctx *, int32_t fd);
int32_t wasmc_wasi_fd_fdstat_get(wasmc_vmctx *, int32_t fd, int32_t stat_out);
int32_t wasmc_wasi_fd_fdstat_set_flags(wasmc_vmctx *, int32_t fd,
                                       int32_t flags);
int32_t wasmc_wasi_fd_fdstat_set_rights(wasmc_vmctx *, int32_t fd, int64_t base,
                                        int64_t inheriting);
int32_t wasmc_wasi_fd_filestat_get(wasmc_vmctx *, int32_t fd, int32_t out);
int32_t wasmc_wasi_fd_filestat_set_size(wasmc_vmctx *, int32_t fd,
                                        int64_t size);
int32_t wasmc_wasi_fd_filestat_set_times(wasmc_vmctx *, int32_t fd,
                                         int64_t atim, int64_t mtim,
                                         int32_t flags);
int32_t wasmc_wasi_fd_pread(wasmc_vmctx *, int32_t fd, int32_t iovs,
                            int32_t iovs_len, int64_t offset, int32_t nread);
int32_t wasmc_wasi_fd_prestat_get(wasmc_vmctx *, int32_t fd, int32_t out);
int32_t wasmc_wasi_fd_prestat_dir_name(wasmc_vmctx *, int32_t fd, int32_t path,
                                       int32_t path_len);
int32_t wasmc_wasi_fd_pwrite(wasmc_vmctx *, int32_t fd, int32_t iovs,
                             int32_t iovs_len, int64_t offset,
                             int32_t nwritten);
int32_t wasmc_wasi_fd_read(wasmc_vmctx *, int32_t fd, int32_t iovs,
                           int32_t iovs_len, int32_t nread);
int32_t wasmc_wasi_fd_readdir(wasmc_vmctx *, int32_t fd, int32_t buf,
                              int32_t buf_len, int64_t cookie, int32_t bufused);
int32_t wasmc_wasi_fd_renumber(wasmc_vmctx *, int32_t fd, int32_t to);
int32_t wasmc_wasi_fd_seek(wasmc_vmctx *, int32_t fd, int64_t offset,
                           int32_t whence, int32_t newoffset);
int32_t wasmc_wasi_fd_sync(wasmc_vmctx *, int32_t fd);
int32_t wasmc_wasi_fd_tell(wasmc_vmctx *, int32_t fd, int32_t offset_out);
int32_t wasmc_wasi_fd_write(wasmc_vmctx *, int32_t fd, int32_t iovs,
                            int32_t iovs_len, int32_t nwritten);
int32_t wasmc_wasi_path_create_directory(wasmc_vmctx *, int32_t fd,
                                         int32_t path, int32_t path_len);
int32_t wasmc_wasi_path_filestat_get(wasmc_vmctx *, int32_t fd, int32_t flags,
                                     int32_t path, int32_t path_len,
                                     int32_t out);
int32_t wasmc_wasi_path_filestat_set_times(wasmc_vmctx *, int32_t fd,
                                           int32_t flags, int32_t path,
                                           int32_t path_len, int64_t atim,
                                           int64_t mtim, int32_t fst_flags);
int32_t wasmc_wasi_path_link(wasmc_vmctx *, int32_t old_fd, int32_t old_flags,
                             int32_t old_path, int32_t old_path_len,
                             int32_t new_fd, int32_t new_path,
                             int32_t new_path_len);
int32_t wasmc_wasi_path_open(wasmc_vmctx *, int32_t fd, int32_t dirflags,
                             int32_t path, int32_t path_len, int32_t oflags,
                             int64_t rights_base, int64_t rights_inheriting,
                             int32_t fdflags, int32_t fd_out);
int32_t wasmc_wasi_path_readlink(wasmc_vmctx *, int32_t fd, int32_t path,
                                 int32_t path_len, int32_t buf, int32_t buf_len,
                                 int32_t bufused);
int32_t wasmc_wasi_path_remove_directory(wasmc_vmctx *, int32_t fd,
                                         int32_t path, int32_t path_len);
int32_t wasmc_wasi_path_rename(wasmc_vmctx *, int32_t fd, int32_t old_path,
                               int32_t old_path_len, int32_t new_fd,
                               int32_t new_path, int32_t new_path_len);
int32_t wasmc_wasi_path_symlink(wasmc_vmctx *, int32_t old_path,
                                int32_t old_path_len, int32_t fd,
                                int32_t new_path, int32_t new_path_len);
int32_t wasmc_wasi_path_unlink_file(wasmc_vmctx *, int32_t fd, int32_t path,
                                    int32_t path_len);
int32_t wasmc_wasi_poll_oneoff(wasmc_vmctx *, int32_t in, int32_t out,
                               int32_t nsubscriptions, int32_t nevents);
void wasmc_wasi_proc_exit(wasmc_vmctx *, int32_t code);
int32_t wasmc_wasi_proc_raise(wasmc_vmctx *, int32_t sig);
int32_t wasmc_wasi_sched_yield(wasmc_vmctx *);
int32_t wasmc_wasi_random_get(wasmc_vmctx *, int32_t buf, int32_t buf_len);
int32_t wasmc_wasi_sock_accept(wasmc_vmctx *, int32_t fd, int32_t flags,
                               int32_t fd_out);
int32_t wasmc_wasi_sock_recv(wasmc_vmctx *, int32_t fd, int32_t ri_data,
                             int32_t ri_data_len, int32_t ri_flags,
                             int32_t ro_datalen, int32_t ro_flags);
int32_t wasmc_wasi_sock_send(wasmc_vmctx *, int32_t fd, int32_t si_data,
                             int32_t si_data_len, int32_t si_flags,
                             int32_t so_datalen);
int32_t wasmc_wasi_sock_shutdown(wasmc_vmctx *, int32_t fd, int32_t how);
}

namespace wasmc {
namespace rt {

/// WASI preview1 errno values (the `errno` enum of the witx definition).
enum WasiErrno : int32_t {
  WasiSuccess = 0,
  Wasi2Big = 1,
  WasiAcces = 2,
  WasiAddrInUse = 3,
  WasiAddrNotAvail = 4,
  WasiAfNoSupport = 5,
  WasiAgain = 6,
  WasiAlready = 7,
  WasiBadf = 8,
  WasiBadMsg = 9,
  WasiBusy = 10,
  WasiCanceled = 11,
  WasiChild = 12,
  WasiConnAborted = 13,
  WasiConnRefused = 14,
  WasiConnReset = 15,
  WasiDeadlk = 16,
  WasiDestAddrReq = 17,
  WasiDom = 18,
  WasiDquot = 19,
  WasiExist = 20,
  WasiFault = 21,
  WasiFbig = 22,
  WasiHostUnreach = 23,
  WasiIdrm = 24,
  WasiIlseq = 25,
  WasiInProgress = 26,
  WasiIntr = 27,
  WasiInval = 28,
  WasiIo = 29,
  WasiIsConn = 30,
  WasiIsDir = 31,
  WasiLoop = 32,
  WasiMfile = 33,
  WasiMlink = 34,
  WasiMsgSize = 35,
  WasiMultihop = 36,
  WasiNameTooLong = 37,
  WasiNetDown = 38,
  WasiNetReset = 39,
  WasiNetUnreach = 40,
  WasiNfile = 41,
  WasiNoBufs = 42,
  WasiNoDev = 43,
  WasiNoEnt = 44,
  WasiNoExec = 45,
  WasiNoLck = 46,
  WasiNoLink = 47,
  WasiNoMem = 48,
  WasiNoMsg = 49,
  WasiNoProtoOpt = 50,
  WasiNoSpc = 51,
  WasiNoSys = 52,
  WasiNotConn = 53,
  WasiNotDir = 54,
  WasiNotEmpty = 55,
  WasiNotRecoverable = 56,
  WasiNotSock = 57,
  WasiNotSup = 58,
  WasiNoTty = 59,
  WasiNxio = 60,
  WasiOverflow = 61,
  WasiOwnerDead = 62,
  WasiPerm = 63,
  WasiPipe = 64,
  WasiProto = 65,
  WasiProtoNoSupport = 66,
  WasiProtoType = 67,
  WasiRange = 68,
  WasiRofs = 69,
  WasiSpipe = 70,
  WasiSrch = 71,
  WasiStale = 72,
  WasiTimedOut = 73,
  WasiTxtBsy = 74,
  WasiXdev = 75,
  WasiNotCapable = 76,
};

/// Maps a host errno value to its WASI counterpart (EIO if none).
int32_t wasiErrnoFromHost(int HostErrno);

/// Guest bytes [Ptr, Ptr + Len) of the caller's memory 0, or null when the
/// range is not entirely inside it (or there is no memory).
inline uint8_t *guestRange(wasmc_vmctx *V, int32_t Ptr, uint64_t Len) {
  const wasmc_memory *M = V->mem0;
  if (!M)
    return nullptr;
  uint64_t Start = static_cast<uint32_t>(Ptr);
  if (Len > M->size || Start > M->size - Len)
    return nullptr;
  return M->base + Start;
}

/// Little-endian stores into a checked guest range (x86-64 and AArch64 are
/// little-endian like Wasm, so memcpy is the right encoding).
inline void storeU32(uint8_t *P, uint32_t V) { memcpy(P, &V, 4); }
inline void storeU64(uint8_t *P, uint64_t V) { memcpy(P, &V, 8); }
inline uint32_t loadU32(const uint8_t *P) {
  uint32_t V;
  memcpy(&V, P, 4);
  return V;
}

inline WasiState &wasiState(wasmc_vmctx *V) { return V->instance->Wasi; }

/// WASI filetype values.
enum : uint8_t {
  FiletypeUnknown = 0,
  FiletypeBlockDevice = 1,
  FiletypeCharacterDevice = 2,
  FiletypeDirectory = 3,
  FiletypeRegularFile = 4,
  FiletypeSocketDgram = 5,
  FiletypeSocketStream = 6,
  FiletypeSymbolicLink = 7,
};

/// WASI rights bits (witx `rights`, in bit order).
enum : uint64_t {
  RightFdDatasync = 1ull << 0,
  RightFdRead = 1ull << 1,
  RightFdSeek = 1ull << 2,
  RightFdFdstatSetFlags = 1ull << 3,
  RightFdSync = 1ull << 4,
  RightFdTell = 1ull << 5,
  RightFdWrite = 1ull << 6,
  RightFdAdvise = 1ull << 7,
  RightFdAllocate = 1ull << 8,
  RightPathCreateDirectory = 1ull << 9,
  RightPathCreateFile = 1ull << 10,
  RightPathLinkSource = 1ull << 11,
  RightPathLinkTarget = 1ull << 12,
  RightPathOpen = 1ull << 13,
  RightFdReaddir = 1ull << 14,
  RightPathReadlink = 1ull << 15,
  RightPathRenameSource = 1ull << 16,
  RightPathRenameTarget = 1ull << 17,
  RightPathFilestatGet = 1ull << 18,
  RightPathFilestatSetSize = 1ull << 19,
  RightPathFilestatSetTimes = 1ull << 20,
  RightFdFilestatGet = 1ull << 21,
  RightFdFilestatSetSize = 1ull << 22,
  RightFdFilestatSetTimes = 1ull << 23,
  RightPathSymlink = 1ull << 24,
  RightPathRemoveDirectory = 1ull << 25,
  RightPathUnlinkFile = 1ull << 26,
  RightPollFdReadwrite = 1ull << 27,
  RightSockShutdown = 1ull << 28,
  RightSockAccept = 1ull << 29,
  RightsAll = (1ull << 30) - 1,
};

/// Rights that make sense on a directory descriptor.
constexpr uint64_t DirectoryRights =
    RightFdFdstatSetFlags | RightFdSync | RightFdAdvise |
    RightPathCreateDirectory | RightPathCreateFile | RightPathLinkSource |
    RightPathLinkTarget | RightPathOpen | RightFdReaddir | RightPathReadlink |
    RightPathRenameSource | RightPathRenameTarget | RightPathFilestatGet |
    RightPathFilestatSetSize | RightPathFilestatSetTimes | RightFdFilestatGet |
    RightFdFilestatSetTimes | RightPathSymlink | RightPathRemoveDirectory |
    RightPathUnlinkFile | RightPollFdReadwrite;
/// Rights that make sense on any other descriptor.
constexpr uint64_t FileRights =
    RightFdDatasync | RightFdRead | RightFdSeek | RightFdFdstatSetFlags |
    RightFdSync | RightFdTell | RightFdWrite | RightFdAdvise | RightFdAllocate |
    RightFdFilestatGet | RightFdFilestatSetSize | RightFdFilestatSetTimes |
    RightPollFdReadwrite | RightSockShutdown | RightSockAccept;
/// Rights that change the file system; a read-only preopen and everything
/// opened beneath it never hold them.
constexpr uint64_t MutatingRights =
    RightFdDatasync | RightFdWrite | RightFdAllocate |
    RightPathCreateDirectory | RightPathCreateFile | RightPathLinkSource |
    RightPathLinkTarget | RightPathRenameSource | RightPathRenameTarget |
    RightPathFilestatSetSize | RightPathFilestatSetTimes |
    RightFdFilestatSetSize | RightFdFilestatSetTimes | RightPathSymlink |
    RightPathRemoveDirectory | RightPathUnlinkFile;

/// Requested rights that make path_open open the host file for writing.
constexpr uint64_t OpenForWritingRights =
    RightFdWrite | RightFdAllocate | RightFdFilestatSetSize | RightFdDatasync;

/// WASI fdflags.
enum : uint16_t {
  FdflagAppend = 1,
  FdflagDsync = 2,
  FdflagNonblock = 4,
  FdflagRsync = 8,
  FdflagSync = 16,
};

/// Looks up guest descriptor Fd and checks that it holds every right in
/// Needed. Returns WasiSuccess and sets E, or EBADF (no such descriptor) or
/// ENOTCAPABLE (missing right).
int32_t lookupFd(wasmc_vmctx *V, int32_t Fd, uint64_t Needed, FdEntry *&E);

/// Stores a new entry in the lowest free slot; returns its guest number or
/// -1 (EMFILE) after closing Entry.Host.
int32_t installFd(wasmc_vmctx *V, const FdEntry &Entry);

/// The WASI filetype of a host stat mode.
uint8_t filetypeOfMode(unsigned Mode);

/// Writes a 64-byte WASI filestat for St at Out.
void storeFilestat(uint8_t *Out, const struct stat &St);

/// Copies guest string [Ptr, Ptr + Len) into a NUL-terminated malloc'd
/// host string. Returns WasiSuccess, EFAULT (outside memory), EINVAL
/// (embedded NUL) or ENOMEM.
int32_t copyGuestPath(wasmc_vmctx *V, int32_t Ptr, int32_t Len, char *&Out);

/// Host utimensat times from WASI filestat_set_times arguments (EINVAL for
/// bad fstflags).
int32_t timesFromFlags(int64_t Atim, int64_t Mtim, int32_t Flags,
                       struct timespec Times[2]);

/// Translates guest iovecs (each {u32 buf, u32 len}) into host iovecs,
/// checking every buffer. Host must hold Count entries.
bool translateIovs(wasmc_vmctx *V, const uint8_t *Guest, uint32_t Count,
                   struct iovec *Host);

} // namespace rt
} // namespace wasmc

#endif
