// A failed assert() in C: wasi-libc prints the assertion to stderr and calls
// abort(), which is Wasm `unreachable`. The compiled program must report the
// trap with a backtrace through the named C functions and exit with the
// trap status (134, see docs/cli.md); stdout written before the trap is not
// lost.
//
// RUN: %wasi-cc -g0 %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out 2> %t.err; test $? -eq 134
// RUN: diff %S/abort_trap.expected %t.out
// RUN: FileCheck %s < %t.err
// CHECK: Assertion failed: Balance >= 0
// CHECK: wasm trap: unreachable
// CHECK: withdraw
// CHECK: runLedger
// CHECK: main

#include <assert.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

static int64_t Balance = 100;

__attribute__((noinline)) static void withdraw(int64_t Amount) {
  Balance -= Amount;
  assert(Balance >= 0);
  printf("withdrew %" PRId64 ", balance %" PRId64 "\n", Amount, Balance);
  fflush(stdout);
}

__attribute__((noinline)) static void runLedger(void) {
  static const int64_t Amounts[] = {30, 50, 15, 40, 1};
  for (unsigned I = 0; I < sizeof(Amounts) / sizeof(Amounts[0]); ++I)
    withdraw(Amounts[I]);
  printf("ledger finished (wrong: the assert should have fired)\n");
}

int main(void) {
  printf("starting with %" PRId64 "\n", Balance);
  fflush(stdout);
  runLedger();
  return 0;
}
