// main's return value becomes the process exit code, and buffered stdout is
// flushed on the way out even without a trailing newline.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out; test $? -eq 42
// RUN: diff %S/exit_return.expected %t.out

#include <stdio.h>

static int answer(int Depth) { return Depth == 0 ? 42 : answer(Depth - 1); }

int main(void) {
  printf("computing the answer...\n");
  int Code = answer(10);
  printf("returning %d from main", Code);
  return Code;
}
