// Parallel code generation splits the optimised module and compiles the
// pieces on several threads; the program must behave exactly as when it is
// compiled in one piece. Many small functions, called directly and
// through a table, so that calls cross partitions both ways; printf makes
// the module big enough to split at least four ways. The number of partitions is set
// by the module alone, so the output is the same bytes for every -j and on
// every run.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir %t
// RUN: %wasi-cc %s -o %t/prog.wasm
// RUN: wasmc -j1 -v %t/prog.wasm -o %t/prog1 2> %t/j1.txt
// RUN: FileCheck %s --check-prefix=J1 < %t/j1.txt
// J1: wasmc: generating code in {{[4-9]|1[0-6]}} partitions on 1 thread (-j1)
// RUN: wasmc -j4 -v %t/prog.wasm -o %t/prog4 2> %t/j4.txt
// RUN: FileCheck %s --check-prefix=J4 < %t/j4.txt
// J4: wasmc: generating code in {{[4-9]|1[0-6]}} partitions on 4 threads (-j4)
// J4: ld.lld {{.*}} {{.*}}.o {{.*}}.o {{.*}}.o {{.*}}.o {{.*}}librtlib.a
// RUN: cmp %t/prog1 %t/prog4
// RUN: wasmc --jobs 2 -O0 %t/prog.wasm -o %t/prog2
// RUN: %t/prog1 > %t/out1.txt
// RUN: %t/prog4 > %t/out4.txt
// RUN: %t/prog2 > %t/out2.txt
// RUN: FileCheck %s < %t/out1.txt
// RUN: diff %t/out1.txt %t/out4.txt
// RUN: diff %t/out1.txt %t/out2.txt
// RUN: clang-19 -O2 %s -o %t/native
// RUN: %t/native | diff %t/out1.txt -
// RUN: wasmc -j3 -c %t/prog.wasm -o %t/a.o
// RUN: wasmc -j3 -c %t/prog.wasm -o %t/b.o
// RUN: cmp %t/a.o %t/b.o
// RUN: wasmc -j1 -c %t/prog.wasm -o %t/c.o
// RUN: cmp %t/a.o %t/c.o
// CHECK: direct: {{[0-9]+}}
// CHECK: table: {{[0-9]+}}
// CHECK: sorted: 1

#include <stdio.h>
#include <stdlib.h>

typedef unsigned (*Fn)(unsigned);

// Each function mixes its argument differently; noinline keeps them
// separate functions, so that they land in different partitions.
#define DEFINE(N)                                                              \
  __attribute__((noinline)) unsigned f##N(unsigned X) {                        \
    unsigned H = X * 2654435761u + N;                                          \
    for (unsigned I = 0; I < 8 + N % 5; ++I) {                                 \
      switch ((H >> (I % 7)) & 3) {                                            \
      case 0: H ^= H << 13; break;                                             \
      case 1: H += (H >> 7) * (N + 3); break;                                  \
      case 2: H = (H << 5) - H + I; break;                                     \
      default: H ^= 0x9e3779b9u + (H >> 11); break;                            \
      }                                                                        \
    }                                                                          \
    return H;                                                                  \
  }
#define DEFINE8(A)                                                             \
  DEFINE(A##0) DEFINE(A##1) DEFINE(A##2) DEFINE(A##3) DEFINE(A##4)             \
  DEFINE(A##5) DEFINE(A##6) DEFINE(A##7)
DEFINE8(1) DEFINE8(2) DEFINE8(3) DEFINE8(4)

static Fn Table[] = {
#define REF8(A) f##A##0, f##A##1, f##A##2, f##A##3, f##A##4, f##A##5, f##A##6, f##A##7,
    REF8(1) REF8(2) REF8(3) REF8(4)};

static int compare(const void *A, const void *B) {
  unsigned X = *(const unsigned *)A, Y = *(const unsigned *)B;
  return X < Y ? -1 : X > Y;
}

int main(void) {
  unsigned Direct = 0;
#define CALL8(A)                                                               \
  Direct = f##A##0(Direct) + f##A##1(Direct) + f##A##2(Direct) +               \
           f##A##3(Direct) + f##A##4(Direct) + f##A##5(Direct) +               \
           f##A##6(Direct) + f##A##7(Direct);
  CALL8(1) CALL8(2) CALL8(3) CALL8(4)
  printf("direct: %u\n", Direct);

  unsigned Indirect = 1;
  unsigned Values[1000];
  for (unsigned I = 0; I < 1000; ++I) {
    Indirect = Table[Indirect % 32](Indirect + I);
    Values[I] = Indirect;
  }
  printf("table: %u\n", Indirect);

  qsort(Values, 1000, sizeof(unsigned), compare);
  int Sorted = 1;
  for (unsigned I = 1; I < 1000; ++I)
    Sorted &= Values[I - 1] <= Values[I];
  printf("sorted: %d\n", Sorted);
  return 0;
}
