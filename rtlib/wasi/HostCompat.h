//===- wasi/HostCompat.h - Linux fast paths and their POSIX fallbacks -*- C++
//-*-===//
//
// rtlib runs on Linux and (compiled, never run here) on macOS. The WASI
// layer uses a few Linux-only calls where they are faster or race-free
// (openat2, O_PATH, accept4, getrandom...). Each such use is guarded by
// WASMC_RT_LINUX and has a fallback made of calls macOS also has.
//
// WASMC_RTLIB_POSIX_ONLY (a compile definition; CMake builds the variant
// rtlib_posix with it) turns WASMC_RT_LINUX off on Linux too, so the
// fallbacks macOS takes run in the Linux test suite (test/lit/posix-only).
// What no Linux build can exercise is what only Darwin's headers have:
// struct stat's st_*timespec names (hence statAtime() & co.), and the
// #ifdef'd extras F_FULLFSYNC, F_PREALLOCATE and SO_NOSIGPIPE.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_WASI_HOSTCOMPAT_H
#define WASMC_RTLIB_WASI_HOSTCOMPAT_H

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#if defined(__linux__) && !defined(WASMC_RTLIB_POSIX_ONLY)
#define WASMC_RT_LINUX 1
#else
#define WASMC_RT_LINUX 0
#endif

namespace wasmc {
namespace rt {

/// struct stat's timestamps: st_atim (POSIX 2008, glibc) or st_atimespec
/// (Darwin, which has no st_atim).
#if defined(__APPLE__)
inline const struct timespec &statAtime(const struct stat &St) {
  return St.st_atimespec;
}
inline const struct timespec &statMtime(const struct stat &St) {
  return St.st_mtimespec;
}
inline const struct timespec &statCtime(const struct stat &St) {
  return St.st_ctimespec;
}
#else
inline const struct timespec &statAtime(const struct stat &St) {
  return St.st_atim;
}
inline const struct timespec &statMtime(const struct stat &St) {
  return St.st_mtim;
}
inline const struct timespec &statCtime(const struct stat &St) {
  return St.st_ctim;
}
#endif

// Older Darwin SDKs lack the POSIX send flag; SO_NOSIGPIPE (below) is set
// on every socket rtlib creates or accepts there.
#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0
#endif

/// Makes writes to a peer-closed socket fail with EPIPE instead of raising
/// SIGPIPE, on hosts where the send flag alone may not (Darwin's
/// SO_NOSIGPIPE). A no-op elsewhere: MSG_NOSIGNAL covers it there.
inline void suppressSigpipe(int H) {
#ifdef SO_NOSIGPIPE
  int One = 1;
  setsockopt(H, SOL_SOCKET, SO_NOSIGPIPE, &One, sizeof(One));
#else
  (void)H;
#endif
}

/// socket(2) with the descriptor close-on-exec (and no SIGPIPE on send).
/// Returns -1 with errno set on failure.
inline int socketCloexec(int Domain, int Type, int Protocol) {
#if WASMC_RT_LINUX
  return socket(Domain, Type | SOCK_CLOEXEC, Protocol);
#else
  // Close-on-exec after the fact: rtlib never forks, so the window only
  // matters to an embedder that execs concurrently; Linux builds close it
  // with the atomic flag.
  int H = socket(Domain, Type, Protocol);
  if (H < 0)
    return -1;
  if (fcntl(H, F_SETFD, FD_CLOEXEC) != 0) {
    int E = errno;
    close(H);
    errno = E;
    return -1;
  }
  suppressSigpipe(H);
  return H;
#endif
}

} // namespace rt
} // namespace wasmc

#endif
