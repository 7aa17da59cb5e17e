// proc_raise: signals ignored by default and stop signals do nothing;
// others end the program with exit status 128 + the WASI signal number
// (no host signal is raised); bad numbers are EINVAL.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: clang-19 --target=wasm32-wasi -O2 %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog
// RUN: %t/prog 15 > %t/out; echo "exit $?" >> %t/out
// RUN: FileCheck %s < %t/out
// RUN: %t/prog 9 > %t/out9; echo "exit $?" >> %t/out9
// RUN: FileCheck --check-prefix=KILL %s < %t/out9

#include <stdio.h>
#include <stdlib.h>

// wasi-libc no longer declares it (WASI deprecated it); WASI numbers:
// none 0, kill 9, term 15, chld 16, cont 17, stop 18, tstp 19, urg 22,
// winch 27.
__attribute__((import_module("wasi_snapshot_preview1"),
               import_name("proc_raise"))) int raw_proc_raise(int);

int main(int argc, char **argv) {
  // CHECK: none: 0
  printf("none: %d\n", raw_proc_raise(0));
  // CHECK-NEXT: ignored: 0 0 0 0
  printf("ignored: %d %d %d %d\n", raw_proc_raise(16),
         raw_proc_raise(17),
         raw_proc_raise(22),
         raw_proc_raise(27));
  // CHECK-NEXT: stop: 0 0
  printf("stop: %d %d\n", raw_proc_raise(18),
         raw_proc_raise(19));
  // CHECK-NEXT: invalid: 28 28
  printf("invalid: %d %d\n", raw_proc_raise(31), raw_proc_raise(255));
  fflush(stdout);
  raw_proc_raise(atoi(argv[1]));
  // CHECK-NOT: not reached
  printf("not reached\n");
  return 0;
}
// CHECK: exit 143
// KILL: exit 137
