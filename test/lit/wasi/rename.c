// Renames cannot move anything out of (or into) the granted directory:
// both paths are resolved beneath their directories.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t/sandbox/sub %t/outside
// RUN: echo secret > %t/outside/secret.txt && echo inside > %t/sandbox/file.txt
// RUN: ln -s ../outside %t/sandbox/out-dir
// RUN: clang-19 --target=wasm32-wasi -O2 -I%S/Inputs %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog --dir %t/sandbox::/sandbox
// RUN: %t/prog | FileCheck %s
// RUN: mv %t/sandbox/sub/moved.txt %t/sandbox/file.txt
// RUN: WASMC_NO_OPENAT2=1 %t/prog | FileCheck %s
// RUN: ls -A %t/outside | FileCheck --check-prefix=OUTSIDE %s
// RUN: cat %t/outside/secret.txt | FileCheck --check-prefix=SECRET %s
// RUN: ls -A %t/sandbox/sub | FileCheck --check-prefix=SUB %s
// OUTSIDE: {{^secret.txt$}}
// OUTSIDE-NOT: {{.}}
// SECRET: {{^secret$}}
// SUB: {{^moved.txt$}}

#include "sandbox.h"

int main(void) {
  // CHECK: rename out to ../outside: 76
  SHOW("rename out to ../outside",
       __wasi_path_rename(PREOPEN, "file.txt", PREOPEN, "../outside/moved"));
  // CHECK-NEXT: rename out through a link: 76
  SHOW("rename out through a link",
       __wasi_path_rename(PREOPEN, "file.txt", PREOPEN, "out-dir/moved"));
  // CHECK-NEXT: rename in from ../outside: 76
  SHOW("rename in from ../outside",
       __wasi_path_rename(PREOPEN, "../outside/secret.txt", PREOPEN,
                          "stolen"));
  // CHECK-NEXT: rename in through a link: 76
  SHOW("rename in through a link",
       __wasi_path_rename(PREOPEN, "out-dir/secret.txt", PREOPEN, "stolen"));
  // CHECK-NEXT: overwrite outside: 76
  SHOW("overwrite outside",
       __wasi_path_rename(PREOPEN, "file.txt", PREOPEN,
                          "sub/../../outside/secret.txt"));
  // CHECK-NEXT: rename the preopen away: 76
  SHOW("rename the preopen away",
       __wasi_path_rename(PREOPEN, ".", PREOPEN, "../gone"));
  // CHECK-NEXT: rename inside: 0
  SHOW("rename inside",
       __wasi_path_rename(PREOPEN, "file.txt", PREOPEN, "sub/moved.txt"));
  return 0;
}
