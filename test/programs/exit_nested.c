// exit() called deep inside nested calls ends the program at once with that
// code: atexit handlers run (in reverse order of registration), stdio is
// flushed, and the code after the call never runs.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out; test $? -eq 3
// RUN: diff %S/exit_nested.expected %t.out
// RUN: %t 0 > %t.0.out
// RUN: %t 255 > %t.255.out; test $? -eq 255

#include <stdio.h>
#include <stdlib.h>

static int ExitCode = 3;

static void firstRegistered(void) { printf("atexit: first registered\n"); }
static void secondRegistered(void) { printf("atexit: second registered\n"); }

static int level3(int X) {
  printf("level3(%d): calling exit(%d)\n", X, ExitCode);
  exit(ExitCode);
  printf("unreachable after exit\n");
  return X;
}

static int level2(int X) { return level3(X * 2) + 1; }

static int level1(int X) {
  int R = level2(X + 1);
  printf("level1 returned normally (wrong)\n");
  return R;
}

int main(int argc, char **argv) {
  if (argc > 1)
    ExitCode = atoi(argv[1]);
  atexit(firstRegistered);
  atexit(secondRegistered);
  printf("pending output without newline; ");
  int R = level1(20);
  printf("main continued (wrong): %d\n", R);
  return 0;
}
