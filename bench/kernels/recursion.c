/* Call-heavy recursion: naive Fibonacci, Ackermann and a Tak function. */
#include "bench.h"

#ifndef FIB
#define FIB 40
#endif

BENCH_NOINLINE static uint32_t fib(uint32_t n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

BENCH_NOINLINE static uint32_t ack(uint32_t m, uint32_t n) {
  if (m == 0)
    return n + 1;
  if (n == 0)
    return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

BENCH_NOINLINE static int tak(int x, int y, int z) {
  if (y >= x)
    return z;
  return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
}

int main(void) {
  uint32_t h = bench_mix(0, fib(FIB));
  h = bench_mix(h, ack(2, 2000));
  h = bench_mix(h, ack(3, 7));
  h = bench_mix(h, (uint32_t)tak(22, 14, 6));
  bench_report("recursion", h);
  return 0;
}
