/* Dense matrix multiply C = alpha*A*B + beta*C in doubles (i-k-j order). */
#include "bench.h"
#include <stdlib.h>

#ifndef N
#define N 400
#endif
#ifndef REPS
#define REPS 30
#endif

static double A[N][N], B[N][N], C[N][N];

BENCH_NOINLINE static void gemm(double alpha, double beta) {
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++)
      C[i][j] *= beta;
    for (int k = 0; k < N; k++) {
      double a = alpha * A[i][k];
      for (int j = 0; j < N; j++)
        C[i][j] += a * B[k][j];
    }
  }
}

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      A[i][j] = (double)((i * j + 1) % N) / N;
      B[i][j] = (double)((i * (j + 1) + 2) % N) / N;
      C[i][j] = (double)((i * (j + 2) + 3) % N) / N;
    }
  for (int r = 0; r < REPS; r++)
    gemm(1.5, 0.5);
  uint32_t h = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      h = bench_mix_double(h, C[i][j]);
  bench_report("gemm", h);
  return 0;
}
