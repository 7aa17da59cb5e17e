/* 2-D Jacobi 5-point stencil, ping-ponging between two grids. */
#include "bench.h"

#ifndef N
#define N 500
#endif
#ifndef STEPS
#define STEPS 1800
#endif

static double A[N][N], B[N][N];

BENCH_NOINLINE static void step(double (*restrict Dst)[N],
                                double (*restrict Src)[N]) {
  for (int i = 1; i < N - 1; i++)
    for (int j = 1; j < N - 1; j++)
      Dst[i][j] = 0.2 * (Src[i][j] + Src[i][j - 1] + Src[i][j + 1] +
                         Src[i + 1][j] + Src[i - 1][j]);
}

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      A[i][j] = ((double)i * (j + 2) + 2) / N;
      B[i][j] = ((double)i * (j + 3) + 3) / N;
    }
  for (int t = 0; t < STEPS; t++) {
    step(B, A);
    step(A, B);
  }
  uint32_t h = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      h = bench_mix_double(h, A[i][j]);
  bench_report("jacobi2d", h);
  return 0;
}
