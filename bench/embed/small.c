// The small module of the embedding benchmark: a wasi-libc program with a
// little static data, a trivial export, and a loop that never ends.
#include <stdio.h>
#include <string.h>

static char Table[100000] = "initialised data keeps two pages of segments";
volatile int Sink;

__attribute__((export_name("nop"))) void nop(void) {}

__attribute__((export_name("spin"))) void spin(void) {
  for (unsigned K = 0;; ++K)
    Sink = Table[K % sizeof(Table)];
}

int main(void) {
  puts(Table);
  return 0;
}
