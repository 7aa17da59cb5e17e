// Calls in code that is built with exceptions but never throws: every frame
// holds an object with a destructor, so clang puts each call in a landing
// pad's scope (a Wasm `try`, which wasmc turns into an invoke). Built with
// -fwasm-exceptions and with -fno-exceptions, the two should run alike:
// wasmc's exceptions cost nothing until something throws.
#include <stdio.h>
#include <stdlib.h>

static unsigned Live;

struct Guard {
  Guard() { ++Live; }
  ~Guard() { --Live; }
};

__attribute__((noinline)) static unsigned fib(unsigned N) {
  Guard G;
  if (N < 2)
    return N;
  return fib(N - 1) + fib(N - 2);
}

int main(int Argc, char **Argv) {
  unsigned N = Argc > 1 ? unsigned(atoi(Argv[1])) : 37;
  unsigned Sum = 0;
  for (unsigned R = 0; R < 4; ++R)
    Sum += fib(N + (R & 1));
  printf("%u %u\n", Sum, Live);
  return 0;
}
