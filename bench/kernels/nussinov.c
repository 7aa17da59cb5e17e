/* Nussinov RNA folding: O(n^3) dynamic programming over an int table. */
#include "bench.h"

#ifndef N
#define N 1300
#endif

static int Table[N][N];
static unsigned char Seq[N];

static inline int max2(int a, int b) { return a > b ? a : b; }
static inline int pairs(unsigned char a, unsigned char b) {
  return (a + b) == 3 ? 1 : 0;
}

BENCH_NOINLINE static void nussinov(void) {
  for (int i = N - 1; i >= 0; i--) {
    for (int j = i + 1; j < N; j++) {
      int best = Table[i][j];
      if (j - 1 >= 0)
        best = max2(best, Table[i][j - 1]);
      if (i + 1 < N)
        best = max2(best, Table[i + 1][j]);
      if (j - 1 >= 0 && i + 1 < N) {
        if (i < j - 1)
          best = max2(best, Table[i + 1][j - 1] + pairs(Seq[i], Seq[j]));
        else
          best = max2(best, Table[i + 1][j - 1]);
      }
      for (int k = i + 1; k < j; k++)
        best = max2(best, Table[i][k] + Table[k + 1][j]);
      Table[i][j] = best;
    }
  }
}

int main(void) {
  for (int i = 0; i < N; i++)
    Seq[i] = (unsigned char)(bench_rand() % 4);
  nussinov();
  uint32_t h = 0;
  for (int i = 0; i < N; i += 3)
    for (int j = i; j < N; j += 5)
      h = bench_mix(h, (uint32_t)Table[i][j]);
  bench_report("nussinov", h);
  return 0;
}
