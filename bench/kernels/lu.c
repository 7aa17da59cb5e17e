/* LU decomposition (Doolittle, no pivoting) of a diagonally dominant matrix,
 * repeated on a fresh copy. */
#include "bench.h"

#ifndef N
#define N 300
#endif
#ifndef REPS
#define REPS 50
#endif

static double A[N][N], Orig[N][N];

BENCH_NOINLINE static void lu(void) {
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < i; j++) {
      for (int k = 0; k < j; k++)
        A[i][j] -= A[i][k] * A[k][j];
      A[i][j] /= A[j][j];
    }
    for (int j = i; j < N; j++)
      for (int k = 0; k < i; k++)
        A[i][j] -= A[i][k] * A[k][j];
  }
}

int main(void) {
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++)
      Orig[i][j] = (double)(-j % N) / N + 1;
    Orig[i][i] = N + 1.0;
  }
  uint32_t h = 0;
  for (int r = 0; r < REPS; r++) {
    memcpy(A, Orig, sizeof A);
    Orig[r % N][(r * 7) % N] += 0.25;
    lu();
    for (int i = 0; i < N; i++)
      h = bench_mix_double(h, A[i][(i * 13 + r) % N]);
  }
  bench_report("lu", h);
  return 0;
}
