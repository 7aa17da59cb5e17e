/* Floyd-Warshall all-pairs shortest paths over a dense int graph. */
#include "bench.h"

#ifndef N
#define N 900
#endif

static int Dist[N][N];

BENCH_NOINLINE static void floyd(void) {
  for (int k = 0; k < N; k++)
    for (int i = 0; i < N; i++) {
      int dik = Dist[i][k];
      for (int j = 0; j < N; j++) {
        int via = dik + Dist[k][j];
        if (via < Dist[i][j])
          Dist[i][j] = via;
      }
    }
}

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      Dist[i][j] = i == j ? 0 : (int)(bench_rand() % 1000) + 1;
  floyd();
  uint32_t h = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      h = bench_mix(h, (uint32_t)Dist[i][j]);
  bench_report("floyd", h);
  return 0;
}
