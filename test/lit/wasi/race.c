// Races: while the guest resolves paths, the host keeps swapping a link
// between an inside and an outside target and moving a directory the path
// goes through out of the sandbox and back (so that a `..` taken at the
// wrong moment would climb outside). No read ever returns outside data,
// with openat2 (which detects the rename and retries) and with the walk
// (which never asks the host for `..`).
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t/sandbox/inside %t/sandbox/a/b %t/outside
// RUN: echo inside > %t/sandbox/inside/secret.txt && echo inside > %t/sandbox/a/c.txt
// RUN: echo OUTSIDE > %t/outside/secret.txt && echo OUTSIDE > %t/outside/c.txt
// RUN: ln -s inside %t/sandbox/swap
// RUN: clang-19 --target=wasm32-wasi -O2 -I%S/Inputs %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog --dir %t/sandbox::/sandbox
// RUN: bash %S/Inputs/churn.sh %t & %t/prog > %t/out1; wait
// RUN: FileCheck %s < %t/out1
// RUN: bash %S/Inputs/churn.sh %t & env WASMC_NO_OPENAT2=1 %t/prog > %t/out2; wait
// RUN: FileCheck %s < %t/out2

#include "sandbox.h"
#include <time.h>

int main(void) {
  int Escaped = 0, Reads = 0;
  char Buf[32];
  // Run as long as the host side does (about two seconds).
  struct timespec Start, Now;
  clock_gettime(CLOCK_MONOTONIC, &Start);
  for (int K = 0;; ++K) {
    clock_gettime(CLOCK_MONOTONIC, &Now);
    if (Now.tv_sec - Start.tv_sec >= 2)
      break;
    const char *Path = (K & 1) ? "swap/secret.txt" : "a/b/../c.txt";
    if (readFile(Path, Buf, sizeof(Buf)) == 0) {
      ++Reads;
      if (strncmp(Buf, "OUTSIDE", 7) == 0)
        ++Escaped;
    }
  }
  // CHECK: escaped: 0
  printf("escaped: %d\n", Escaped);
  // CHECK-NEXT: some reads succeeded: 1
  printf("some reads succeeded: %d\n", Reads > 0);
  return 0;
}
