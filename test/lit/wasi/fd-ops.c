// fd_* behaviour beyond the official suite: readdir cookies resume where
// the previous call stopped and a too-small buffer cuts the last entry;
// renumber replaces an open descriptor; fdstat flags; argument checks.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t/sandbox/d
// RUN: touch %t/sandbox/d/a %t/sandbox/d/b %t/sandbox/d/c
// RUN: clang-19 --target=wasm32-wasi -O2 -I%S/Inputs %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog --dir %t/sandbox::/sandbox
// RUN: %t/prog | FileCheck %s
// RUN: stat -c %%s %t/sandbox/f | FileCheck --check-prefix=SIZE %s
// SIZE: {{^3$}}

#include "sandbox.h"
#include <stdlib.h>

/// Lists names from one fd_readdir call starting at Cookie; returns the
/// last complete entry's d_next.
static __wasi_dircookie_t listOnce(__wasi_fd_t Dir, __wasi_dircookie_t Cookie,
                                   size_t BufLen, int *Count) {
  uint8_t Buf[512];
  __wasi_size_t Used;
  int E = __wasi_fd_readdir(Dir, Buf, BufLen, Cookie, &Used);
  if (E) {
    printf("readdir error %d\n", E);
    exit(1);
  }
  __wasi_dircookie_t Next = Cookie;
  size_t Pos = 0;
  *Count = 0;
  while (Pos + sizeof(__wasi_dirent_t) <= Used) {
    __wasi_dirent_t D;
    memcpy(&D, Buf + Pos, sizeof(D));
    if (Pos + sizeof(D) + D.d_namlen > Used)
      break; // cut entry: ask again from Next
    Pos += sizeof(D) + D.d_namlen;
    Next = D.d_next;
    ++*Count;
  }
  return Next;
}

int main(void) {
  __wasi_fd_t Dir;
  openAt(PREOPEN, "d", 0, __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READDIR,
         &Dir);
  // Five entries (., .., a, b, c), read two at a time through a buffer
  // that cannot hold three: every entry is seen exactly once.
  int Total = 0, Calls = 0, N;
  __wasi_dircookie_t Cookie = 0;
  do {
    Cookie = listOnce(Dir, Cookie, 2 * (sizeof(__wasi_dirent_t) + 2) + 10, &N);
    Total += N;
    ++Calls;
  } while (N);
  // CHECK: readdir: 5 entries in 4 calls
  printf("readdir: %d entries in %d calls\n", Total, Calls);
  // CHECK-NEXT: readdir past the end: 0
  listOnce(Dir, 1000, 512, &N);
  printf("readdir past the end: %d\n", N);
  // A file never holds the readdir right (rights are limited to what
  // applies to the descriptor's type).
  // CHECK-NEXT: readdir on a file: 76
  __wasi_fd_t F;
  openAt(PREOPEN, "f", 0, __WASI_OFLAGS_CREAT,
         __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE |
             __WASI_RIGHTS_FD_READDIR | __WASI_RIGHTS_FD_SEEK |
             __WASI_RIGHTS_FD_FDSTAT_SET_FLAGS | __WASI_RIGHTS_FD_ADVISE |
             __WASI_RIGHTS_FD_FILESTAT_SET_TIMES |
             __WASI_RIGHTS_FD_FILESTAT_SET_SIZE | __WASI_RIGHTS_FD_TELL,
         &F);
  uint8_t Buf[64];
  __wasi_size_t Used;
  printf("readdir on a file: %d\n", __wasi_fd_readdir(F, Buf, 64, 0, &Used));

  // fdstat flags: append and nonblock can be set, sync ones cannot change.
  __wasi_fdstat_t St;
  int E = __wasi_fd_fdstat_set_flags(F, __WASI_FDFLAGS_APPEND);
  __wasi_fd_fdstat_get(F, &St);
  // CHECK-NEXT: set append: 0 flags=1
  printf("set append: %d flags=%d\n", E, St.fs_flags);
  // CHECK-NEXT: set sync: 58 bad flags: 28
  printf("set sync: %d bad flags: %d\n",
         __wasi_fd_fdstat_set_flags(F, __WASI_FDFLAGS_SYNC),
         __wasi_fd_fdstat_set_flags(F, 0x100));
  __wasi_ciovec_t Out = {(const uint8_t *)"xyz", 3};
  __wasi_fd_write(F, &Out, 1, &Used);

  // Argument checks.
  __wasi_filesize_t Pos;
  // CHECK-NEXT: seek whence 7: 28 negative: 28
  printf("seek whence 7: %d negative: %d\n", __wasi_fd_seek(F, 0, 7, &Pos),
         __wasi_fd_seek(F, -10, __WASI_WHENCE_SET, &Pos));
  // CHECK-NEXT: advise 9: 28 ok: 0
  printf("advise 9: %d ok: %d\n", __wasi_fd_advise(F, 0, 0, 9),
         __wasi_fd_advise(F, 0, 0, __WASI_ADVICE_SEQUENTIAL));
  // CHECK-NEXT: set times ATIM|ATIM_NOW: 28 unknown bit: 28
  printf("set times ATIM|ATIM_NOW: %d unknown bit: %d\n",
         __wasi_fd_filestat_set_times(
             F, 1, 1, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_ATIM_NOW),
         __wasi_fd_filestat_set_times(F, 1, 1, 0x10));
  // CHECK-NEXT: set size -1: 28
  printf("set size -1: %d\n", __wasi_fd_filestat_set_size(F, (uint64_t)-1));

  // renumber: F replaces Dir's slot; the old number is free again.
  __wasi_fd_t Old = F;
  E = __wasi_fd_renumber(F, Dir);
  __wasi_fd_fdstat_get(Dir, &St);
  // CHECK-NEXT: renumber: 0 now a file: 1 old number: 8
  printf("renumber: %d now a file: %d old number: %d\n", E,
         St.fs_filetype == __WASI_FILETYPE_REGULAR_FILE,
         __wasi_fd_fdstat_get(Old, &St));
  // CHECK-NEXT: tell after renumber: 0 3
  E = __wasi_fd_tell(Dir, &Pos);
  printf("tell after renumber: %d %llu\n", E, (unsigned long long)Pos);
  return 0;
}
