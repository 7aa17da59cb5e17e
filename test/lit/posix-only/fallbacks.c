// The WASI calls whose implementation differs between rtlib's Linux fast
// paths and the POSIX fallbacks macOS uses (rtlib/wasi/HostCompat.h): the
// same program, linked once against the default runtime and once against
// the POSIX-only one (WASMC_RUNTIME_DIR), must print the same thing.
//   random_get     getrandom        / getentropy in 256-byte chunks
//   fd_allocate    posix_fallocate  / ftruncate (F_PREALLOCATE on macOS)
//   fd_advise      posix_fadvise    / checked and ignored
//   fd_pread/pwrite preadv/pwritev  / one pread/pwrite per buffer
//   fd_sync/datasync fsync/fdatasync / F_FULLFSYNC or fsync
//   path_filestat_get, path_filestat_set_times, path_readlink, path_link
//   (following links): an O_PATH descriptor (+ AT_EMPTY_PATH, /proc) /
//   resolveLast and the *at() call with AT_SYMLINK_NOFOLLOW
//   filestat timestamps: st_mtim / the same through statMtime()
//   poll_oneoff    poll             / select when a character device is in
//                                     the wait (stdin is /dev/zero here)
//
// REQUIRES: wasi-libc, x86_64, linux, posix-rtlib
// RUN: rm -rf %t && mkdir -p %t/sandbox/dir %t/outside
// RUN: echo secret > %t/outside/secret
// RUN: clang-19 --target=wasm32-wasi -O2 %s -o %t/prog.wasm
// RUN: wasmc -v %t/prog.wasm -o %t/linux --dir %t/sandbox::/sandbox 2> %t/linux.link
// RUN: FileCheck %s --check-prefix=LINUX-LINK < %t/linux.link
// LINUX-LINK: lib/wasmc/x86_64-linux-gnu/librtlib.a
// RUN: env WASMC_RUNTIME_DIR=%rtlib_dir/posix-only wasmc -v %t/prog.wasm -o %t/posix --dir %t/sandbox::/sandbox 2> %t/posix.link
// RUN: FileCheck %s --check-prefix=POSIX-LINK < %t/posix.link
// POSIX-LINK: lib/wasmc/posix-only/x86_64-linux-gnu/librtlib.a
//
// The POSIX-only executable really uses none of the Linux-only calls.
// RUN: llvm-nm -u %t/linux | FileCheck %s --check-prefix=LINUX-SYMS
// LINUX-SYMS: U accept4
// LINUX-SYMS: U getrandom
// LINUX-SYMS: U posix_fallocate
// RUN: llvm-nm -u %t/posix | FileCheck %s --check-prefix=POSIX-SYMS
// POSIX-SYMS-NOT: {{ (accept4|fdatasync|getrandom|posix_fadvise|posix_fallocate|preadv|pwritev|syscall)(@|$)}}
// POSIX-SYMS: U accept
// POSIX-SYMS-NOT: {{ (accept4|fdatasync|getrandom|posix_fadvise|posix_fallocate|preadv|pwritev|syscall)(@|$)}}
// POSIX-SYMS: U getentropy
// POSIX-SYMS-NOT: {{ (accept4|fdatasync|getrandom|posix_fadvise|posix_fallocate|preadv|pwritev|syscall)(@|$)}}
//
// RUN: rm -rf %t/sandbox/* && mkdir %t/sandbox/dir
// (/dev/zero must be a character device for the select path to be taken;
// some containers make /dev/null a regular file.)
// RUN: test -c /dev/zero
// RUN: %t/linux < /dev/zero > %t/linux.out
// RUN: FileCheck %s < %t/linux.out
// RUN: stat -c %%s %t/sandbox/grown | FileCheck %s --check-prefix=SIZE
// RUN: rm -rf %t/sandbox/* && mkdir %t/sandbox/dir
// RUN: %t/posix < /dev/zero > %t/posix.out
// RUN: FileCheck %s < %t/posix.out
// RUN: stat -c %%s %t/sandbox/grown | FileCheck %s --check-prefix=SIZE
// RUN: diff %t/linux.out %t/posix.out
// SIZE: {{^5000$}}

#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

#define PREOPEN 3
#define RIGHTS ((__wasi_rights_t)0x3fffffff)

static __wasi_fd_t openFile(const char *Path, __wasi_oflags_t O) {
  __wasi_fd_t Fd;
  __wasi_errno_t E = __wasi_path_open(PREOPEN, 0, Path, O, RIGHTS, RIGHTS, 0,
                                      &Fd);
  if (E) {
    printf("open %s: %d\n", Path, E);
    return (__wasi_fd_t)-1;
  }
  return Fd;
}

static void statPath(const char *Label, const char *Path, int Follow) {
  __wasi_filestat_t St;
  __wasi_errno_t E = __wasi_path_filestat_get(
      PREOPEN, Follow ? __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW : 0, Path, &St);
  if (E)
    printf("%s: error %d\n", Label, E);
  else
    printf("%s: type %d size %llu nlink %llu\n", Label, St.filetype,
           (unsigned long long)St.size, (unsigned long long)St.nlink);
}

static unsigned long long mtimeOf(const char *Path, int Follow) {
  __wasi_filestat_t St;
  if (__wasi_path_filestat_get(
          PREOPEN, Follow ? __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW : 0, Path, &St))
    return 0;
  return St.mtim;
}

int main(void) {
  // random_get: 1000 bytes is four getentropy calls in the fallback.
  static uint8_t R[1000];
  int Zeros = 0;
  printf("random: %d\n", __wasi_random_get(R, sizeof(R)));
  for (size_t I = 0; I < sizeof(R); ++I)
    Zeros += R[I] == 0;
  printf("random mostly nonzero: %d\n", Zeros < 100);
  printf("random 0 bytes: %d\n", __wasi_random_get(R, 0));
  // CHECK: random: 0
  // CHECK-NEXT: random mostly nonzero: 1
  // CHECK-NEXT: random 0 bytes: 0

  // fd_allocate grows a file and never shrinks it.
  __wasi_fd_t F = openFile("grown", __WASI_OFLAGS_CREAT);
  __wasi_filestat_t St;
  printf("allocate: %d\n", __wasi_fd_allocate(F, 1000, 4000));
  __wasi_fd_filestat_get(F, &St);
  printf("size: %llu\n", (unsigned long long)St.size);
  printf("allocate inside: %d\n", __wasi_fd_allocate(F, 10, 10));
  __wasi_fd_filestat_get(F, &St);
  printf("size: %llu\n", (unsigned long long)St.size);
  printf("allocate 0: %d\n", __wasi_fd_allocate(F, 0, 0));
  // (The preopened directory lacks the right: ENOTCAPABLE.)
  printf("allocate dir: %d\n", __wasi_fd_allocate(PREOPEN, 0, 1));
  // CHECK-NEXT: allocate: 0
  // CHECK-NEXT: size: 5000
  // CHECK-NEXT: allocate inside: 0
  // CHECK-NEXT: size: 5000
  // CHECK-NEXT: allocate 0: 28
  // CHECK-NEXT: allocate dir: 76

  // fd_advise: accepted on a file, argument errors either way.
  printf("advise: %d %d %d\n",
         __wasi_fd_advise(F, 0, 100, __WASI_ADVICE_WILLNEED),
         __wasi_fd_advise(F, 0, 0, __WASI_ADVICE_DONTNEED),
         __wasi_fd_advise(F, 0, 0, 6));
  // CHECK-NEXT: advise: 0 0 28

  // Positioned I/O over several buffers; the read stops short at the end
  // of the file (byte 5000), inside the second buffer.
  __wasi_ciovec_t Out[3] = {{(const uint8_t *)"abc", 3},
                            {(const uint8_t *)"", 0},
                            {(const uint8_t *)"defgh", 5}};
  __wasi_size_t N = 0;
  printf("pwrite: %d", __wasi_fd_pwrite(F, Out, 3, 4990, &N));
  printf(" %u\n", N);
  char A[4] = {0}, B[16] = {0};
  __wasi_iovec_t In[2] = {{(uint8_t *)A, 3}, {(uint8_t *)B, 15}};
  printf("pread: %d", __wasi_fd_pread(F, In, 2, 4991, &N));
  printf(" %u '%s' '%s'\n", N, A, B);
  printf("pread past end: %d", __wasi_fd_pread(F, In, 2, 9000, &N));
  printf(" %u\n", N);
  printf("sync: %d datasync: %d\n", __wasi_fd_sync(F), __wasi_fd_datasync(F));
  // CHECK-NEXT: pwrite: 0 8
  // CHECK-NEXT: pread: 0 9 'bcd' 'efgh'
  // CHECK-NEXT: pread past end: 0 0
  // CHECK-NEXT: sync: 0 datasync: 0
  __wasi_fd_close(F);

  // Links: a chain to a file, one to a directory, one dangling, one out of
  // the sandbox, one absolute.
  __wasi_fd_t G = openFile("file", __WASI_OFLAGS_CREAT);
  __wasi_fd_write(G, Out, 1, &N);
  __wasi_fd_close(G);
  printf("symlinks: %d %d %d %d %d %d\n",
         __wasi_path_symlink("file", PREOPEN, "l1"),
         __wasi_path_symlink("l1", PREOPEN, "l2"),
         __wasi_path_symlink("dir", PREOPEN, "dlink"),
         __wasi_path_symlink("nothing", PREOPEN, "dangling"),
         __wasi_path_symlink("../../outside/secret", PREOPEN, "dir/escape"),
         __wasi_path_symlink("dir/../l2", PREOPEN, "l3"));
  // CHECK-NEXT: symlinks: 0 0 0 0 0 0
  statPath("file", "file", 0);
  statPath("l2 nofollow", "l2", 0);
  statPath("l3 follow", "l3", 1);
  statPath("dlink/ nofollow", "dlink/", 0);
  statPath("l2/", "l2/", 1);
  statPath("dangling follow", "dangling", 1);
  statPath("dangling nofollow", "dangling", 0);
  statPath("escape follow", "dir/escape", 1);
  statPath("escape nofollow", "dir/escape", 0);
  statPath("missing", "dir/missing", 1);
  statPath("dotdot", "dir/..", 0);
  // CHECK-NEXT: file: type 4 size 3 nlink 1
  // CHECK-NEXT: l2 nofollow: type 7 size 2 nlink 1
  // CHECK-NEXT: l3 follow: type 4 size 3 nlink 1
  // CHECK-NEXT: dlink/ nofollow: type 3
  // CHECK-NEXT: l2/: error 54
  // CHECK-NEXT: dangling follow: error 44
  // CHECK-NEXT: dangling nofollow: type 7
  // CHECK-NEXT: escape follow: error 76
  // CHECK-NEXT: escape nofollow: type 7
  // CHECK-NEXT: missing: error 44
  // CHECK-NEXT: dotdot: type 3

  char Buf[64];
  memset(Buf, 0, sizeof(Buf));
  __wasi_errno_t E = __wasi_path_readlink(PREOPEN, "l3", (uint8_t *)Buf,
                                          sizeof(Buf) - 1, &N);
  printf("readlink l3: %d '%s'\n", E, Buf);
  printf("readlink file: %d\n",
         __wasi_path_readlink(PREOPEN, "file", (uint8_t *)Buf, 8, &N));
  printf("readlink dlink/: %d\n",
         __wasi_path_readlink(PREOPEN, "dlink/", (uint8_t *)Buf, 8, &N));
  // CHECK-NEXT: readlink l3: 0 'dir/../l2'
  // CHECK-NEXT: readlink file: 28
  // CHECK-NEXT: readlink dlink/: 28

  // Times: set through a link (follow) and on the link itself.
  const __wasi_timestamp_t T1 = 1234567890123456789ull;
  const __wasi_timestamp_t T2 = 1111111111222222222ull;
  unsigned long long LinkBefore = mtimeOf("l2", 0);
  printf("set times follow: %d\n",
         __wasi_path_filestat_set_times(PREOPEN,
                                        __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "l2",
                                        0, T1, __WASI_FSTFLAGS_MTIM));
  printf("file mtime: %d link unchanged: %d\n", mtimeOf("file", 0) == T1,
         mtimeOf("l2", 0) == LinkBefore);
  printf("set times nofollow: %d\n",
         __wasi_path_filestat_set_times(PREOPEN, 0, "l1", 0, T2,
                                        __WASI_FSTFLAGS_MTIM));
  printf("link mtime: %d file unchanged: %d\n", mtimeOf("l1", 0) == T2,
         mtimeOf("file", 0) == T1);
  printf("set times escape: %d\n",
         __wasi_path_filestat_set_times(
             PREOPEN, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "dir/escape", 0, T1,
             __WASI_FSTFLAGS_MTIM));
  // CHECK-NEXT: set times follow: 0
  // CHECK-NEXT: file mtime: 1 link unchanged: 1
  // CHECK-NEXT: set times nofollow: 0
  // CHECK-NEXT: link mtime: 1 file unchanged: 1
  // CHECK-NEXT: set times escape: 76

  // Hard links: following a link chain links the file, not following
  // links the symbolic link itself; nothing outside can be linked.
  printf("link follow: %d\n",
         __wasi_path_link(PREOPEN, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "l3",
                          PREOPEN, "hard"));
  statPath("hard", "hard", 0);
  printf("link nofollow: %d\n",
         __wasi_path_link(PREOPEN, 0, "l3", PREOPEN, "hardlink-to-link"));
  statPath("hardlink-to-link", "hardlink-to-link", 0);
  printf("link escape: %d\n",
         __wasi_path_link(PREOPEN, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW,
                          "dir/escape", PREOPEN, "stolen"));
  statPath("stolen", "stolen", 0);
  // CHECK-NEXT: link follow: 0
  // CHECK-NEXT: hard: type 4 size 3 nlink 2
  // CHECK-NEXT: link nofollow: 0
  // CHECK-NEXT: hardlink-to-link: type 7 size 9 nlink 2
  // CHECK-NEXT: link escape: 76
  // CHECK-NEXT: stolen: error 44

  // poll_oneoff: stdin (/dev/zero: always readable) and stdout (a file:
  // always writable) are ready at once, so the clock is not reported.
  __wasi_subscription_t Subs[3];
  memset(Subs, 0, sizeof(Subs));
  Subs[0].userdata = 10;
  Subs[0].u.tag = __WASI_EVENTTYPE_FD_READ;
  Subs[0].u.u.fd_read.file_descriptor = 0;
  Subs[1].userdata = 11;
  Subs[1].u.tag = __WASI_EVENTTYPE_FD_WRITE;
  Subs[1].u.u.fd_write.file_descriptor = 1;
  Subs[2].userdata = 12;
  Subs[2].u.tag = __WASI_EVENTTYPE_CLOCK;
  Subs[2].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
  Subs[2].u.u.clock.timeout = 5000000000ull;
  __wasi_event_t Ev[3];
  fflush(stdout);
  E = __wasi_poll_oneoff(Subs, Ev, 3, &N);
  printf("poll: %d events %u\n", E, N);
  for (unsigned K = 0; K < N; ++K)
    printf("  event %llu type %d error %d nbytes %llu\n",
           (unsigned long long)Ev[K].userdata, Ev[K].type, Ev[K].error,
           (unsigned long long)Ev[K].fd_readwrite.nbytes);
  // CHECK-NEXT: poll: 0 events 2
  // CHECK-NEXT: event 10 type 1 error 0 nbytes {{[0-9]+}}
  // CHECK-NEXT: event 11 type 2 error 0 nbytes 0
  // Only a clock (20 ms): it expires.
  Subs[2].u.u.clock.timeout = 20000000;
  E = __wasi_poll_oneoff(&Subs[2], Ev, 1, &N);
  printf("poll clock: %d events %u userdata %llu\n", E, N,
         (unsigned long long)Ev[0].userdata);
  // CHECK-NEXT: poll clock: 0 events 1 userdata 12
  return 0;
}
