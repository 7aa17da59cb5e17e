// Symbolic links that the host placed in the granted directory cannot lead
// out of it: relative ones climbing out and absolute ones fail with
// ENOTCAPABLE when followed, in any position of the path, and not
// following a link is ELOOP as POSIX's O_NOFOLLOW. Creating a file through
// such a link creates nothing outside.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t/sandbox/sub %t/outside
// RUN: echo secret > %t/outside/secret.txt && echo inside > %t/sandbox/file.txt
// RUN: ln -s ../outside %t/sandbox/rel-out
// RUN: ln -s %t/outside %t/sandbox/abs-out
// RUN: ln -s %t/outside/secret.txt %t/sandbox/abs-file
// RUN: ln -s ../../outside/secret.txt %t/sandbox/sub/deep-out
// RUN: ln -s ../outside/new.txt %t/sandbox/dangling-out
// RUN: ln -s file.txt %t/sandbox/good
// RUN: clang-19 --target=wasm32-wasi -O2 -I%S/Inputs %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog --dir %t/sandbox::/sandbox
// RUN: %t/prog | FileCheck %s
// RUN: WASMC_NO_OPENAT2=1 %t/prog | FileCheck %s
// RUN: ls -A %t/outside | FileCheck --check-prefix=OUTSIDE %s
// OUTSIDE: {{^secret.txt$}}
// OUTSIDE-NOT: {{.}}

#include "sandbox.h"

int main(void) {
  // CHECK: rel-out/secret.txt: 76
  SHOW("rel-out/secret.txt", openRead("rel-out/secret.txt", 1));
  // CHECK-NEXT: rel-out followed: 76
  SHOW("rel-out followed", openRead("rel-out", 1));
  // CHECK-NEXT: abs-out/secret.txt: 76
  SHOW("abs-out/secret.txt", openRead("abs-out/secret.txt", 1));
  // CHECK-NEXT: abs-file followed: 76
  SHOW("abs-file followed", openRead("abs-file", 1));
  // CHECK-NEXT: abs-file not followed: 32
  SHOW("abs-file not followed", openRead("abs-file", 0));
  // CHECK-NEXT: sub/deep-out followed: 76
  SHOW("sub/deep-out followed", openRead("sub/deep-out", 1));
  // CHECK-NEXT: rel-out/ (trailing slash): 76
  SHOW("rel-out/ (trailing slash)", openRead("rel-out/", 0));
  __wasi_fd_t Fd;
  // CHECK-NEXT: create through dangling-out: 76
  SHOW("create through dangling-out",
       openAt(PREOPEN, "dangling-out", __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW,
              __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_WRITE, &Fd));
  // CHECK-NEXT: create in rel-out/: 76
  SHOW("create in rel-out/",
       openAt(PREOPEN, "rel-out/new.txt", 0, __WASI_OFLAGS_CREAT,
              __WASI_RIGHTS_FD_WRITE, &Fd));
  // CHECK-NEXT: mkdir in rel-out/: 76
  SHOW("mkdir in rel-out/",
       __wasi_path_create_directory(PREOPEN, "rel-out/made"));
  // CHECK-NEXT: unlink through rel-out/: 76
  SHOW("unlink through rel-out/",
       __wasi_path_unlink_file(PREOPEN, "rel-out/secret.txt"));
  __wasi_filestat_t St;
  // CHECK-NEXT: filestat abs-out followed: 76
  SHOW("filestat abs-out followed",
       __wasi_path_filestat_get(PREOPEN, 1, "abs-out", &St));
  // The link itself may be looked at.
  // CHECK-NEXT: filestat abs-out not followed: 0 type=7
  printf("filestat abs-out not followed: %d type=%d\n",
         __wasi_path_filestat_get(PREOPEN, 0, "abs-out", &St), St.filetype);
  // CHECK-NEXT: set times through abs-file: 76
  SHOW("set times through abs-file",
       __wasi_path_filestat_set_times(PREOPEN, 1, "abs-file", 0, 0,
                                      __WASI_FSTFLAGS_MTIM_NOW));
  // A link that stays inside works.
  char Buf[32];
  // CHECK-NEXT: good: 0 inside
  printf("good: %d %s", readFile("good", Buf, sizeof(Buf)), Buf);
  return 0;
}
