//===- wasi/PathResolve.h - Path resolution that stays beneath a dir -*- C++
//-*-===//
//
// Every guest path is resolved relative to a directory descriptor the guest
// holds, and resolution never leaves that directory: absolute paths, `..`
// above it and symbolic links (whoever created them) pointing outside fail
// with ENOTCAPABLE. Linux 5.6+ does this in the kernel with openat2
// (RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS), which is also race-free against
// concurrent renames; older kernels get a component-by-component walk with
// O_NOFOLLOW that expands symbolic links itself. Setting WASMC_NO_OPENAT2=1
// in the environment forces the walk (tests use it; it is no less strict).
// Hosts without openat2 and O_PATH (macOS; the WASMC_RTLIB_POSIX_ONLY
// build) always walk, with fstatat and ordinary directory descriptors, and
// act on a resolved name (resolveLast) where Linux opens an O_PATH
// descriptor.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_WASI_PATHRESOLVE_H
#define WASMC_RTLIB_WASI_PATHRESOLVE_H

#include <stdint.h>
#include <sys/types.h>

namespace wasmc {
namespace rt {

/// Opens Path beneath Dir with open(2) Flags (O_CLOEXEC is added) and Mode.
/// Without FollowLast, a symbolic link as the last component is not
/// followed (ELOOP; with O_PATH, Linux only, the link itself is opened).
/// Returns a host
/// descriptor, or minus a WASI errno.
int openBeneath(int Dir, const char *Path, int Flags, mode_t Mode,
                bool FollowLast);

/// A path split into a directory resolved beneath the starting one and a
/// last component, for the *at() calls that take a name.
struct ParentRef {
  int Fd = -1;                // directory descriptor, owned
  const char *Name = nullptr; // last component; keeps one trailing '/' if
                              // the path had any; never ".."
  char *Storage = nullptr;    // owns Name
  ~ParentRef();
};

/// Resolves all but the last component of Path beneath Dir. A last
/// component ".." is resolved too (Name becomes "."), so no *at() call ever
/// sees "..". Returns WasiSuccess or a WASI errno.
int32_t resolveParent(int Dir, const char *Path, ParentRef &Out);

/// Resolves Path beneath Dir to a parent directory and a last component
/// that names the object itself: with FollowLast (or a trailing slash,
/// which also requires a directory) symbolic links there are expanded
/// beneath Dir until the last component is not one, and the slash is
/// dropped. The caller then acts on (Out.Fd, Out.Name) with
/// AT_SYMLINK_NOFOLLOW, so a link swapped in afterwards is not followed.
/// Returns WasiSuccess or a WASI errno (ENOENT if the object is missing).
int32_t resolveLast(int Dir, const char *Path, bool FollowLast,
                    ParentRef &Out);

/// True when Name (from a ParentRef) ends with '/'.
bool hasTrailingSlash(const char *Name);

} // namespace rt
} // namespace wasmc

#endif
