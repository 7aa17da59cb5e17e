//===- wasi/Path.cpp - path_* functions -----------------------------------===//
//
// Every path is resolved beneath the directory descriptor it is relative to
// (PathResolve.h), and each function needs the matching right on that
// descriptor. Functions that act on a name (mkdir, unlink, rename...) get
// the resolved parent directory and call the *at() form with a single
// component, so the host never follows anything the resolver did not check.
//
//===----------------------------------------------------------------------===//
#include "wasi/PathResolve.h"
#include "wasi/HostCompat.h"
#include "wasi/Wasi.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace wasmc::rt;

namespace {
enum : uint32_t { LookupSymlinkFollow = 1 };
enum : uint32_t {
  OflagCreat = 1,
  OflagDirectory = 2,
  OflagExcl = 4,
  OflagTrunc = 8
};

/// A guest path copied into host memory, freed on scope exit.
struct GuestPath {
  char *Text = nullptr;
  ~GuestPath() { free(Text); }
};
} // namespace

/// Finds directory descriptor Fd holding right Needed and copies the path.
static int32_t begin(wasmc_vmctx *V, int32_t Fd, uint64_t Needed, int32_t Path,
                     int32_t PathLen, FdEntry *&E, GuestPath &P) {
  if (int32_t Err = lookupFd(V, Fd, 0, E))
    return Err;
  if (E->Type != FiletypeDirectory)
    return WasiNotDir;
  if ((E->Base & Needed) != Needed)
    return WasiNotCapable;
  return copyGuestPath(V, Path, PathLen, P.Text);
}

extern "C" int32_t
wasmc_wasi_path_open(wasmc_vmctx *V, int32_t Fd, int32_t DirFlags, int32_t Path,
                     int32_t PathLen, int32_t OFlags, int64_t RightsBase,
                     int64_t RightsInheriting, int32_t FdFlags, int32_t FdOut) {
  FdEntry *Dir;
  GuestPath P;
  if (int32_t Err = begin(V, Fd, RightPathOpen, Path, PathLen, Dir, P))
    return Err;
  uint8_t *Out = guestRange(V, FdOut, 4);
  if (!Out)
    return WasiFault;
  uint32_t O = static_cast<uint32_t>(OFlags);
  uint32_t F = static_cast<uint32_t>(FdFlags) & 0xffff;
  if (O & ~uint32_t(OflagCreat | OflagDirectory | OflagExcl | OflagTrunc))
    return WasiInval;
  if (F & ~uint32_t(FdflagAppend | FdflagDsync | FdflagNonblock | FdflagRsync |
                    FdflagSync))
    return WasiInval;
  uint64_t Base = static_cast<uint64_t>(RightsBase);
  uint64_t Inheriting = static_cast<uint64_t>(RightsInheriting);
  // Creating and truncating are rights of the directory; the rights that
  // make the host open the file for writing are rights the directory must
  // be able to pass on. Any other requested right the directory cannot pass
  // on is dropped, as the WASI spec allows: Rust's std asks for
  // FD_FILESTAT_SET_TIMES and every path_* right just to read a file, and
  // wasi-libc asks for everything.
  if (((O & OflagCreat) && !(Dir->Base & RightPathCreateFile)) ||
      ((O & OflagTrunc) && !(Dir->Base & RightPathFilestatSetSize)) ||
      (Base & OpenForWritingRights & ~Dir->Inheriting) ||
      ((F & FdflagAppend) && !(Dir->Inheriting & RightFdWrite)))
    return WasiNotCapable;
  bool Read = Base & (RightFdRead | RightFdReaddir);
  bool Write = (Base & OpenForWritingRights) || (F & FdflagAppend);
  // Rights already keep writes out of read-only trees; the host open mode
  // says so again, independently of how rights were computed.
  if (Dir->ReadOnlyTree &&
      (Write || (O & (OflagCreat | OflagTrunc)) || (F & FdflagAppend)))
    return WasiNotCapable;
  int Flags = Write ? (Read ? O_RDWR : O_WRONLY) : O_RDONLY;
  if (O & OflagCreat)
    Flags |= O_CREAT;
  if (O & OflagExcl)
    Flags |= O_EXCL;
  if (O & OflagTrunc)
    Flags |= O_TRUNC;
  if (O & OflagDirectory)
    Flags |= O_DIRECTORY;
  if (F & FdflagAppend)
    Flags |= O_APPEND;
  if (F & FdflagNonblock)
    Flags |= O_NONBLOCK;
  if (F & FdflagDsync)
    Flags |= O_DSYNC;
  if (F & (FdflagSync | FdflagRsync))
    Flags |= O_SYNC;
  Flags |= O_NOCTTY;
  int H = openBeneath(Dir->Host, P.Text, Flags, 0666,
                      static_cast<uint32_t>(DirFlags) & LookupSymlinkFollow);
  if (H < 0)
    return -H;
  struct stat St;
  if (fstat(H, &St) != 0) {
    int Err = errno;
    close(H);
    return wasiErrnoFromHost(Err);
  }
  FdEntry New;
  memset(&New, 0, sizeof(New));
  New.Host = H;
  New.Type = filetypeOfMode(St.st_mode);
  New.ReadOnlyTree = Dir->ReadOnlyTree;
  uint64_t Applicable =
      New.Type == FiletypeDirectory ? DirectoryRights : FileRights;
  New.Base = Base & Dir->Inheriting & Applicable;
  New.Inheriting = Inheriting & Dir->Inheriting;
  int32_t Guest = installFd(V, New);
  if (Guest < 0)
    return WasiMfile;
  storeU32(Out, static_cast<uint32_t>(Guest));
  return WasiSuccess;
}

/// The functions that act on one name: resolve Path's parent beneath
/// directory descriptor Fd, which must hold right Needed, then apply Op to
/// (parent descriptor, last component).
static int32_t onName(wasmc_vmctx *V, int32_t Fd, uint64_t Needed, int32_t Path,
                      int32_t PathLen, int (*Op)(int DirFd, const char *Name)) {
  FdEntry *Dir;
  GuestPath P;
  if (int32_t Err = begin(V, Fd, Needed, Path, PathLen, Dir, P))
    return Err;
  ParentRef Parent;
  if (int32_t Err = resolveParent(Dir->Host, P.Text, Parent))
    return Err;
  if (Op(Parent.Fd, Parent.Name) != 0)
    return wasiErrnoFromHost(errno);
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_path_create_directory(wasmc_vmctx *V, int32_t Fd,
                                                    int32_t Path,
                                                    int32_t PathLen) {
  return onName(
      V, Fd, RightPathCreateDirectory, Path, PathLen,
      [](int DirFd, const char *Name) { return mkdirat(DirFd, Name, 0777); });
}

extern "C" int32_t wasmc_wasi_path_remove_directory(wasmc_vmctx *V, int32_t Fd,
                                                    int32_t Path,
                                                    int32_t PathLen) {
  return onName(V, Fd, RightPathRemoveDirectory, Path, PathLen,
                [](int DirFd, const char *Name) {
                  return unlinkat(DirFd, Name, AT_REMOVEDIR);
                });
}

extern "C" int32_t wasmc_wasi_path_unlink_file(wasmc_vmctx *V, int32_t Fd,
                                               int32_t Path, int32_t PathLen) {
  return onName(
      V, Fd, RightPathUnlinkFile, Path, PathLen,
      [](int DirFd, const char *Name) { return unlinkat(DirFd, Name, 0); });
}

extern "C" int32_t wasmc_wasi_path_rename(wasmc_vmctx *V, int32_t Fd,
                                          int32_t OldPath, int32_t OldPathLen,
                                          int32_t NewFd, int32_t NewPath,
                                          int32_t NewPathLen) {
  FdEntry *OldDir, *NewDir;
  GuestPath Old, New;
  if (int32_t Err =
          begin(V, Fd, RightPathRenameSource, OldPath, OldPathLen, OldDir, Old))
    return Err;
  if (int32_t Err = begin(V, NewFd, RightPathRenameTarget, NewPath, NewPathLen,
                          NewDir, New))
    return Err;
  ParentRef From, To;
  if (int32_t Err = resolveParent(OldDir->Host, Old.Text, From))
    return Err;
  if (int32_t Err = resolveParent(NewDir->Host, New.Text, To))
    return Err;
  if (renameat(From.Fd, From.Name, To.Fd, To.Name) != 0)
    return wasiErrnoFromHost(errno);
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_path_symlink(wasmc_vmctx *V, int32_t OldPath,
                                           int32_t OldPathLen, int32_t Fd,
                                           int32_t NewPath,
                                           int32_t NewPathLen) {
  FdEntry *Dir;
  GuestPath Link;
  if (int32_t Err =
          begin(V, Fd, RightPathSymlink, NewPath, NewPathLen, Dir, Link))
    return Err;
  GuestPath Target;
  if (int32_t Err = copyGuestPath(V, OldPath, OldPathLen, Target.Text))
    return Err;
  // An absolute target could never be followed from the guest, but it would
  // point a host user who follows it outside the granted directory.
  if (Target.Text[0] == '/')
    return WasiNotCapable;
  ParentRef Parent;
  if (int32_t Err = resolveParent(Dir->Host, Link.Text, Parent))
    return Err;
  if (symlinkat(Target.Text, Parent.Fd, Parent.Name) != 0)
    return wasiErrnoFromHost(errno);
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_path_readlink(wasmc_vmctx *V, int32_t Fd,
                                            int32_t Path, int32_t PathLen,
                                            int32_t Buf, int32_t BufLen,
                                            int32_t BufUsed) {
  FdEntry *Dir;
  GuestPath P;
  if (int32_t Err = begin(V, Fd, RightPathReadlink, Path, PathLen, Dir, P))
    return Err;
  uint32_t Len = static_cast<uint32_t>(BufLen);
  uint8_t *Out = guestRange(V, Buf, Len);
  uint8_t *Used = guestRange(V, BufUsed, 4);
  if (!Out || !Used)
    return WasiFault;
  char Target[PATH_MAX + 1];
  ssize_t N = -1;
  int Err = EINVAL; // not a symbolic link
#if WASMC_RT_LINUX
  int H = openBeneath(Dir->Host, P.Text, O_PATH, 0, false);
  if (H < 0)
    return -H;
  struct stat St;
  if (fstat(H, &St) == 0 && S_ISLNK(St.st_mode)) {
    N = readlinkat(H, "", Target, sizeof(Target));
    Err = errno;
  }
  close(H);
#else
  ParentRef Last;
  if (int32_t E = resolveLast(Dir->Host, P.Text, false, Last))
    return E;
  N = readlinkat(Last.Fd, Last.Name, Target, sizeof(Target));
  Err = errno;
#endif
  if (N < 0)
    return wasiErrnoFromHost(Err);
  uint32_t Copy =
      static_cast<uint64_t>(N) < Len ? static_cast<uint32_t>(N) : Len;
  memcpy(Out, Target, Copy);
  storeU32(Used, Copy);
  return WasiSuccess;
}

#if WASMC_RT_LINUX
/// Applies a host operation that needs a real path to descriptor H (an
/// O_PATH descriptor from the resolver): the kernel's AT_EMPTY_PATH where
/// the call has it, else the descriptor's /proc/self/fd entry (a link the
/// runtime follows itself, never one from a guest path).
static char *procPath(int H, char *Buf, size_t Len) {
  snprintf(Buf, Len, "/proc/self/fd/%d", H);
  return Buf;
}
#endif

extern "C" int32_t wasmc_wasi_path_link(wasmc_vmctx *V, int32_t OldFd,
                                        int32_t OldFlags, int32_t OldPath,
                                        int32_t OldPathLen, int32_t NewFd,
                                        int32_t NewPath, int32_t NewPathLen) {
  FdEntry *OldDir, *NewDir;
  GuestPath Old, New;
  if (int32_t Err = begin(V, OldFd, RightPathLinkSource, OldPath, OldPathLen,
                          OldDir, Old))
    return Err;
  if (int32_t Err = begin(V, NewFd, RightPathLinkTarget, NewPath, NewPathLen,
                          NewDir, New))
    return Err;
  ParentRef To;
  if (int32_t Err = resolveParent(NewDir->Host, New.Text, To))
    return Err;
  bool Follow = static_cast<uint32_t>(OldFlags) & LookupSymlinkFollow;
  ParentRef From;
  if (!Follow && !hasTrailingSlash(Old.Text)) {
    if (int32_t Err = resolveParent(OldDir->Host, Old.Text, From))
      return Err;
    if (linkat(From.Fd, From.Name, To.Fd, To.Name, 0) != 0)
      return wasiErrnoFromHost(errno);
    return WasiSuccess;
  }
  // Following links: resolve the source fully beneath its directory, then
  // link the object found.
#if WASMC_RT_LINUX
  int H = openBeneath(OldDir->Host, Old.Text, O_PATH, 0, true);
  if (H < 0)
    return -H;
  char Buf[64];
  int R = linkat(AT_FDCWD, procPath(H, Buf, sizeof(Buf)), To.Fd, To.Name,
                 AT_SYMLINK_FOLLOW);
  int Err = errno;
  close(H);
#else
  if (int32_t E = resolveLast(OldDir->Host, Old.Text, true, From))
    return E;
  int R = linkat(From.Fd, From.Name, To.Fd, To.Name, 0);
  int Err = errno;
#endif
  if (R != 0)
    return wasiErrnoFromHost(Err);
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_path_filestat_get(wasmc_vmctx *V, int32_t Fd,
                                                int32_t Flags, int32_t Path,
                                                int32_t PathLen,
                                                int32_t StatOut) {
  FdEntry *Dir;
  GuestPath P;
  if (int32_t Err = begin(V, Fd, RightPathFilestatGet, Path, PathLen, Dir, P))
    return Err;
  uint8_t *Out = guestRange(V, StatOut, 64);
  if (!Out)
    return WasiFault;
  bool Follow = static_cast<uint32_t>(Flags) & LookupSymlinkFollow;
  struct stat St;
#if WASMC_RT_LINUX
  int H = openBeneath(Dir->Host, P.Text, O_PATH, 0, Follow);
  if (H < 0)
    return -H;
  int R = fstat(H, &St);
  int Err = errno;
  close(H);
#else
  ParentRef Last;
  if (int32_t E = resolveLast(Dir->Host, P.Text, Follow, Last))
    return E;
  int R = fstatat(Last.Fd, Last.Name, &St, AT_SYMLINK_NOFOLLOW);
  int Err = errno;
#endif
  if (R != 0)
    return wasiErrnoFromHost(Err);
  storeFilestat(Out, St);
  return WasiSuccess;
}

extern "C" int32_t
wasmc_wasi_path_filestat_set_times(wasmc_vmctx *V, int32_t Fd, int32_t Flags,
                                   int32_t Path, int32_t PathLen, int64_t Atim,
                                   int64_t Mtim, int32_t FstFlags) {
  FdEntry *Dir;
  GuestPath P;
  if (int32_t Err =
          begin(V, Fd, RightPathFilestatSetTimes, Path, PathLen, Dir, P))
    return Err;
  struct timespec Times[2];
  if (int32_t Err = timesFromFlags(Atim, Mtim, FstFlags, Times))
    return Err;
  bool Follow = static_cast<uint32_t>(Flags) & LookupSymlinkFollow;
#if WASMC_RT_LINUX
  int H = openBeneath(Dir->Host, P.Text, O_PATH, 0, Follow);
  if (H < 0)
    return -H;
  int R = utimensat(H, "", Times, AT_EMPTY_PATH);
  if (R != 0 && errno == EINVAL) {
    // Kernels before 5.8 lack AT_EMPTY_PATH here; /proc then names the
    // object (for a link not followed there is no such name: ENOTSUP).
    struct stat St;
    char Buf[64];
    if (fstat(H, &St) == 0 && S_ISLNK(St.st_mode)) {
      R = -1;
      errno = ENOTSUP;
    } else {
      R = utimensat(AT_FDCWD, procPath(H, Buf, sizeof(Buf)), Times, 0);
    }
  }
  int Err = errno;
  close(H);
#else
  ParentRef Last;
  if (int32_t E = resolveLast(Dir->Host, P.Text, Follow, Last))
    return E;
  int R = utimensat(Last.Fd, Last.Name, Times, AT_SYMLINK_NOFOLLOW);
  int Err = errno;
#endif
  if (R != 0)
    return wasiErrnoFromHost(Err);
  return WasiSuccess;
}
