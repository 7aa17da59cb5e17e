// Absolute paths name nothing: every path is relative to a directory
// descriptor, and one starting with '/' is ENOTCAPABLE (even the preopen's
// own guest name, and even for the host path of the granted directory).
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t/sandbox %t/outside
// RUN: echo secret > %t/outside/secret.txt && echo inside > %t/sandbox/file.txt
// RUN: clang-19 --target=wasm32-wasi -O2 -I%S/Inputs -DOUTSIDE='"%t/outside/secret.txt"' -DSANDBOX='"%t/sandbox/file.txt"' %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog --dir %t/sandbox::/sandbox
// RUN: %t/prog | FileCheck %s
// RUN: WASMC_NO_OPENAT2=1 %t/prog | FileCheck %s
// RUN: ls -A %t/outside | FileCheck --check-prefix=OUTSIDE %s
// OUTSIDE: {{^secret.txt$}}
// OUTSIDE-NOT: {{.}}

#include "sandbox.h"

int main(void) {
  // CHECK: open /etc/passwd: 76
  SHOW("open /etc/passwd", openRead("/etc/passwd", 1));
  // CHECK-NEXT: open host path outside: 76
  SHOW("open host path outside", openRead(OUTSIDE, 1));
  // CHECK-NEXT: open host path of a granted file: 76
  SHOW("open host path of a granted file", openRead(SANDBOX, 1));
  // CHECK-NEXT: open /sandbox/file.txt: 76
  SHOW("open /sandbox/file.txt", openRead("/sandbox/file.txt", 1));
  // CHECK-NEXT: open /: 76
  SHOW("open /", openRead("/", 1));
  // CHECK-NEXT: open //etc: 76
  SHOW("open //etc", openRead("//etc", 0));
  __wasi_fd_t Fd;
  // CHECK-NEXT: create /tmp/x: 76
  SHOW("create /tmp/x", openAt(PREOPEN, "/tmp/x", 0, __WASI_OFLAGS_CREAT,
                               __WASI_RIGHTS_FD_WRITE, &Fd));
  // CHECK-NEXT: mkdir /tmp/made: 76
  SHOW("mkdir /tmp/made", __wasi_path_create_directory(PREOPEN, "/tmp/made"));
  // CHECK-NEXT: unlink host path: 76
  SHOW("unlink host path", __wasi_path_unlink_file(PREOPEN, OUTSIDE));
  __wasi_filestat_t St;
  // CHECK-NEXT: filestat /: 76
  SHOW("filestat /", __wasi_path_filestat_get(PREOPEN, 0, "/", &St));
  // The relative form works.
  // CHECK-NEXT: open file.txt: 0
  SHOW("open file.txt", openRead("file.txt", 1));
  // wasi-libc maps absolute paths onto preopens by their guest name; that
  // is the guest's business and still lands inside the sandbox.
  FILE *F = fopen("/sandbox/file.txt", "r");
  char Buf[32] = "";
  if (F) {
    fgets(Buf, sizeof(Buf), F);
    fclose(F);
  }
  // CHECK-NEXT: libc /sandbox/file.txt: inside
  printf("libc /sandbox/file.txt: %s", Buf);
  // CHECK-NEXT: libc /etc/passwd: null
  printf("libc /etc/passwd: %s\n", fopen("/etc/passwd", "r") ? "opened" : "null");
  return 0;
}
