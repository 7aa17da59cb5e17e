// `..` never leaves the preopened directory, whatever the call, with the
// kernel's RESOLVE_BENEATH and with the O_NOFOLLOW walk (WASMC_NO_OPENAT2).
// Nothing outside is read, created, changed or removed.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t/sandbox/sub %t/outside
// RUN: echo secret > %t/outside/secret.txt && echo inside > %t/sandbox/file.txt
// RUN: clang-19 --target=wasm32-wasi -O2 -I%S/Inputs %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog --dir %t/sandbox::/sandbox
// RUN: %t/prog | FileCheck %s
// RUN: WASMC_NO_OPENAT2=1 %t/prog | FileCheck %s
// RUN: ls -A %t/outside | FileCheck --check-prefix=OUTSIDE %s
// RUN: cat %t/outside/secret.txt | FileCheck --check-prefix=SECRET %s
// RUN: ls -A %t | FileCheck --check-prefix=TOP %s
// OUTSIDE: {{^secret.txt$}}
// OUTSIDE-NOT: {{.}}
// SECRET: {{^secret$}}
// TOP: outside
// TOP-NEXT: prog
// TOP-NEXT: prog.wasm
// TOP-NEXT: sandbox
// TOP-NOT: {{.}}

#include "sandbox.h"

int main(void) {
  // CHECK: open ../outside/secret.txt: 76
  SHOW("open ../outside/secret.txt", openRead("../outside/secret.txt", 1));
  // CHECK-NEXT: open sub/../../outside/secret.txt: 76
  SHOW("open sub/../../outside/secret.txt",
       openRead("sub/../../outside/secret.txt", 1));
  // CHECK-NEXT: open ..: 76
  SHOW("open ..", openRead("..", 1));
  // CHECK-NEXT: open sub/../..: 76
  SHOW("open sub/../..", openRead("sub/../..", 1));
  // CHECK-NEXT: open ./../sandbox/file.txt: 76
  SHOW("open ./../sandbox/file.txt", openRead("./../sandbox/file.txt", 1));
  // Staying inside is fine, even through `..`.
  // CHECK-NEXT: open sub/../file.txt: 0
  SHOW("open sub/../file.txt", openRead("sub/../file.txt", 1));

  __wasi_filestat_t St;
  // CHECK-NEXT: filestat ..: 76
  SHOW("filestat ..", __wasi_path_filestat_get(PREOPEN, 0, "..", &St));
  // CHECK-NEXT: filestat ../outside: 76
  SHOW("filestat ../outside",
       __wasi_path_filestat_get(PREOPEN, 1, "../outside", &St));
  // CHECK-NEXT: mkdir ../made: 76
  SHOW("mkdir ../made", __wasi_path_create_directory(PREOPEN, "../made"));
  // CHECK-NEXT: mkdir sub/../../made: 76
  SHOW("mkdir sub/../../made",
       __wasi_path_create_directory(PREOPEN, "sub/../../made"));
  // CHECK-NEXT: create ../outside/new.txt: 76
  __wasi_fd_t Fd;
  SHOW("create ../outside/new.txt",
       openAt(PREOPEN, "../outside/new.txt", 0, __WASI_OFLAGS_CREAT,
              __WASI_RIGHTS_FD_WRITE, &Fd));
  // CHECK-NEXT: truncate ../outside/secret.txt: 76
  SHOW("truncate ../outside/secret.txt",
       openAt(PREOPEN, "../outside/secret.txt", 0, __WASI_OFLAGS_TRUNC,
              __WASI_RIGHTS_FD_WRITE, &Fd));
  // CHECK-NEXT: unlink ../outside/secret.txt: 76
  SHOW("unlink ../outside/secret.txt",
       __wasi_path_unlink_file(PREOPEN, "../outside/secret.txt"));
  // CHECK-NEXT: rmdir ../outside: 76
  SHOW("rmdir ../outside", __wasi_path_remove_directory(PREOPEN, "../outside"));
  // CHECK-NEXT: rmdir ..: 76
  SHOW("rmdir ..", __wasi_path_remove_directory(PREOPEN, ".."));
  // CHECK-NEXT: set times ../outside/secret.txt: 76
  SHOW("set times ../outside/secret.txt",
       __wasi_path_filestat_set_times(PREOPEN, 1, "../outside/secret.txt", 0,
                                      0, __WASI_FSTFLAGS_MTIM_NOW));
  char Buf[64];
  __wasi_size_t Used;
  // CHECK-NEXT: readlink ../outside: 76
  SHOW("readlink ../outside",
       __wasi_path_readlink(PREOPEN, "../outside", (uint8_t *)Buf,
                            sizeof(Buf), &Used));
  // CHECK-NEXT: symlink at ../link: 76
  SHOW("symlink at ../link", __wasi_path_symlink("x", PREOPEN, "../link"));
  return 0;
}
