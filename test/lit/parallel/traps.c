// Traps and their backtraces work when the code is generated in several
// partitions: every partition's code lands in wasmc_text (the trap handler
// recognises Wasm code by that range, whichever object it came from), and
// the backtrace names Wasm functions through the module descriptor, not
// through symbol names, which a split makes external.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir %t
// RUN: %wasi-cc %s -o %t/prog.wasm
// RUN: wasmc -j4 -v %t/prog.wasm -o %t/prog 2> %t/link.txt
// RUN: FileCheck %s --check-prefix=SPLIT < %t/link.txt
// SPLIT: wasmc: generating code in {{[2-9]|1[0-6]}} partitions on {{[2-4]}} threads (-j4)
// RUN: llvm-readelf -S %t/prog | FileCheck %s --check-prefix=SECTIONS
// SECTIONS-COUNT-1: wasmc_text
// RUN: for n in 0 1 2 3 4 5 6 7; do %t/prog $n > %t/out$n.txt 2>&1; echo "exit $?" >> %t/out$n.txt; done
// RUN: FileCheck %s --check-prefix=GUARD --input-file %t/out0.txt -DN=0
// RUN: FileCheck %s --check-prefix=GUARD --input-file %t/out1.txt -DN=1
// RUN: FileCheck %s --check-prefix=GUARD --input-file %t/out2.txt -DN=2
// RUN: FileCheck %s --check-prefix=GUARD --input-file %t/out3.txt -DN=3
// RUN: FileCheck %s --check-prefix=UNREACHABLE --input-file %t/out4.txt -DN=4
// RUN: FileCheck %s --check-prefix=UNREACHABLE --input-file %t/out5.txt -DN=5
// RUN: FileCheck %s --check-prefix=UNREACHABLE --input-file %t/out6.txt -DN=6
// RUN: FileCheck %s --check-prefix=UNREACHABLE --input-file %t/out7.txt -DN=7
// The same program compiled on one thread reports the same traps.
// RUN: wasmc -j1 %t/prog.wasm -o %t/prog1
// RUN: for n in 0 1 2 3 4 5 6 7; do %t/prog1 $n > %t/one$n.txt 2>&1; echo "exit $?" >> %t/one$n.txt; diff %t/out$n.txt %t/one$n.txt || exit 1; done

// wasmc -O2 inlines the small frames; -O0 (below) keeps them all.
// GUARD:      wasm trap: out of bounds memory access
// GUARD-NEXT:   #0 {{(0x[0-9a-f]+: )?}}fault[[N]]
// GUARD:        main
// GUARD:      exit 134
// UNREACHABLE:      wasm trap: unreachable executed
// UNREACHABLE-NEXT:   #0 {{(0x[0-9a-f]+: )?}}fault[[N]]
// UNREACHABLE:        main
// UNREACHABLE:      exit 134
// RUN: wasmc -O0 -j4 -v %t/prog.wasm -o %t/prog-O0 2> %t/link-O0.txt
// RUN: FileCheck %s --check-prefix=SPLIT < %t/link-O0.txt
// RUN: %t/prog-O0 3 > %t/O0-3.txt 2>&1 || true
// RUN: FileCheck %s --check-prefix=FULL --input-file %t/O0-3.txt -DN=3 -DTRAP="out of bounds memory access"
// RUN: %t/prog-O0 6 > %t/O0-6.txt 2>&1 || true
// RUN: FileCheck %s --check-prefix=FULL --input-file %t/O0-6.txt -DN=6 -DTRAP="unreachable executed"
// FULL:      wasm trap: [[TRAP]]
// FULL-NEXT:   #0 {{(0x[0-9a-f]+: )?}}fault[[N]]
// FULL-NEXT:   #1 {{(0x[0-9a-f]+: )?}}inner
// FULL-NEXT:   #2 {{(0x[0-9a-f]+: )?}}middle
// FULL-NEXT:   #3 {{(0x[0-9a-f]+: )?}}outer
// FULL-NEXT:   #4 {{(0x[0-9a-f]+: )?}}main

#include <stdio.h>
#include <stdlib.h>

// A load at 2 GiB, far beyond the program's memory: it faults in the
// guard region.
#define GUARD_FAULT(N)                                                         \
  __attribute__((noinline)) int fault##N(volatile int *P) {                    \
    printf("fault%d\n", N);                                                    \
    return P[0x20000000 + N];                                                  \
  }
#define UNREACHABLE_FAULT(N)                                                   \
  __attribute__((noinline)) int fault##N(volatile int *P) {                    \
    printf("fault%d\n", N);                                                    \
    if (P)                                                                     \
      __builtin_trap();                                                        \
    return N;                                                                  \
  }
GUARD_FAULT(0) GUARD_FAULT(1) GUARD_FAULT(2) GUARD_FAULT(3)
UNREACHABLE_FAULT(4) UNREACHABLE_FAULT(5) UNREACHABLE_FAULT(6)
UNREACHABLE_FAULT(7)

typedef int (*Fault)(volatile int *);
static Fault Faults[] = {fault0, fault1, fault2, fault3,
                         fault4, fault5, fault6, fault7};

static volatile int Cell;

// Three frames between main and the fault; the arithmetic after each call
// keeps it from being a tail call.
__attribute__((noinline)) int inner(int Which) {
  return Faults[Which](&Cell) * 3 + 1;
}
__attribute__((noinline)) int middle(int Which) { return inner(Which) * 5 + 2; }
__attribute__((noinline)) int outer(int Which) { return middle(Which) * 7 + 3; }

int main(int Argc, char **Argv) {
  if (Argc < 2)
    return 2;
  return outer(atoi(Argv[1]) & 7);
}
