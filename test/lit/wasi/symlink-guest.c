// Symbolic links the guest creates itself are resolved like any other:
// a relative target climbing out fails with ENOTCAPABLE when followed, an
// absolute target is refused at creation (ENOTCAPABLE), loops are ELOOP,
// and creating through a dangling link creates nothing outside.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t/sandbox/sub %t/outside
// RUN: echo secret > %t/outside/secret.txt && echo inside > %t/sandbox/file.txt
// RUN: clang-19 --target=wasm32-wasi -O2 -I%S/Inputs %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog --dir %t/sandbox::/sandbox
// RUN: %t/prog | FileCheck %s
// RUN: rm -rf %t/sandbox && mkdir -p %t/sandbox/sub && echo inside > %t/sandbox/file.txt
// RUN: WASMC_NO_OPENAT2=1 %t/prog | FileCheck %s
// RUN: ls -A %t/outside | FileCheck --check-prefix=OUTSIDE %s
// RUN: ls -A %t/sandbox | FileCheck --check-prefix=INSIDE %s
// OUTSIDE: {{^secret.txt$}}
// OUTSIDE-NOT: {{.}}
// INSIDE-NOT: /etc

#include "sandbox.h"

int main(void) {
  // CHECK: symlink esc -> ../outside: 0
  SHOW("symlink esc -> ../outside",
       __wasi_path_symlink("../outside", PREOPEN, "esc"));
  // CHECK-NEXT: esc/secret.txt: 76
  SHOW("esc/secret.txt", openRead("esc/secret.txt", 1));
  // CHECK-NEXT: symlink sub/up -> ../../outside/secret.txt: 0
  SHOW("symlink sub/up -> ../../outside/secret.txt",
       __wasi_path_symlink("../../outside/secret.txt", PREOPEN, "sub/up"));
  // CHECK-NEXT: sub/up: 76
  SHOW("sub/up", openRead("sub/up", 1));
  // CHECK-NEXT: symlink abs -> /etc: 76
  SHOW("symlink abs -> /etc", __wasi_path_symlink("/etc", PREOPEN, "abs"));
  // CHECK-NEXT: symlink dang -> ../outside/created.txt: 0
  SHOW("symlink dang -> ../outside/created.txt",
       __wasi_path_symlink("../outside/created.txt", PREOPEN, "dang"));
  __wasi_fd_t Fd;
  // CHECK-NEXT: create through dang: 76
  SHOW("create through dang",
       openAt(PREOPEN, "dang", __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW,
              __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_WRITE, &Fd));
  // A chain of links that climbs one step at a time.
  // CHECK-NEXT: chain: 0 0 76
  printf("chain: %d %d %d\n", __wasi_path_symlink("..", PREOPEN, "sub/p"),
         __wasi_path_symlink("sub/p/..", PREOPEN, "c"),
         openRead("c/outside/secret.txt", 1));
  // CHECK-NEXT: loop: 0 0 32
  printf("loop: %d %d %d\n", __wasi_path_symlink("l2", PREOPEN, "l1"),
         __wasi_path_symlink("l1", PREOPEN, "l2"), openRead("l1", 1));
  // A link with an inside target works.
  char Buf[32];
  // CHECK-NEXT: inside link: 0 0 inside
  int E = __wasi_path_symlink("../file.txt", PREOPEN, "sub/in");
  printf("inside link: %d %d %s", E, readFile("sub/in", Buf, sizeof(Buf)),
         Buf);
  return 0;
}
