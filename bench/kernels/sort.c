/* Quicksort (median of three, insertion sort for small ranges) and a
 * top-down merge sort of pseudo-random ints. */
#include "bench.h"
#include <stdlib.h>

#ifndef N
#define N 1000000
#endif
#ifndef REPS
#define REPS 3
#endif

static int Data[N], Tmp[N];

static void insertion(int *a, int n) {
  for (int i = 1; i < n; i++) {
    int v = a[i], j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

static void quicksort(int *a, int n) {
  while (n > 16) {
    int m = n / 2;
    if (a[m] < a[0]) { int t = a[m]; a[m] = a[0]; a[0] = t; }
    if (a[n - 1] < a[0]) { int t = a[n - 1]; a[n - 1] = a[0]; a[0] = t; }
    if (a[n - 1] < a[m]) { int t = a[n - 1]; a[n - 1] = a[m]; a[m] = t; }
    int pivot = a[m];
    int i = 0, j = n - 1;
    for (;;) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i >= j) break;
      int t = a[i]; a[i] = a[j]; a[j] = t;
      i++;
      j--;
    }
    /* Recurse into the smaller half, loop on the larger. */
    if (j + 1 < n - j - 1) {
      quicksort(a, j + 1);
      a += j + 1;
      n -= j + 1;
    } else {
      quicksort(a + j + 1, n - j - 1);
      n = j + 1;
    }
  }
  insertion(a, n);
}

static void mergesort_rec(int *a, int *tmp, int n) {
  if (n <= 16) {
    insertion(a, n);
    return;
  }
  int h = n / 2;
  mergesort_rec(a, tmp, h);
  mergesort_rec(a + h, tmp + h, n - h);
  int i = 0, j = h, k = 0;
  while (i < h && j < n)
    tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < h)
    tmp[k++] = a[i++];
  while (j < n)
    tmp[k++] = a[j++];
  memcpy(a, tmp, n * sizeof(int));
}

static uint32_t digest(void) {
  uint32_t h = 0;
  for (int i = 0; i < N; i += 97)
    h = bench_mix(h, (uint32_t)Data[i]);
  for (int i = 1; i < N; i++)
    if (Data[i - 1] > Data[i])
      return 0xDEADu;
  return h;
}

int main(void) {
  uint32_t h = 0;
  for (int r = 0; r < REPS; r++) {
    for (int i = 0; i < N; i++)
      Data[i] = (int)(bench_rand() % 1000000u) - 500000;
    quicksort(Data, N);
    h = bench_mix(h, digest());
    for (int i = 0; i < N; i++)
      Data[i] = (int)(bench_rand() & 0x7fffffff);
    mergesort_rec(Data, Tmp, N);
    h = bench_mix(h, digest());
  }
  bench_report("sort", h);
  return 0;
}
