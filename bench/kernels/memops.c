/* memcpy/memset/memmove-heavy code: buffer assembly from fragments of
 * varying sizes, clearing, overlapping moves, and a rolling checksum. */
#include "bench.h"
#include <stdlib.h>

#ifndef REPS
#define REPS 7000
#endif
#define BUF (1 << 18)

static unsigned char Src[BUF], Dst[BUF];

int main(void) {
  for (int i = 0; i < BUF; i++)
    Src[i] = (unsigned char)bench_rand();
  uint32_t h = 0;
  for (int r = 0; r < REPS; r++) {
    memset(Dst, r & 0xff, BUF);
    /* Fragments of 1..4096 bytes copied to shuffled places. */
    size_t off = 0;
    while (off < BUF - 4096) {
      size_t len = 1 + (bench_rand() & 4095);
      size_t from = bench_rand() & (BUF - 4097);
      memcpy(Dst + off, Src + from, len);
      off += len;
    }
    /* Overlapping moves both ways. */
    memmove(Dst + 3, Dst, BUF / 2);
    memmove(Dst, Dst + 5, BUF / 2);
    /* Small clears like struct initialisation. */
    for (size_t p = 0; p + 64 <= BUF; p += 256)
      memset(Dst + p, 0, 24 + (p & 31));
    uint32_t s = 0;
    for (size_t i = 0; i < BUF; i += 8) {
      uint64_t w;
      memcpy(&w, Dst + i, 8);
      s = s * 31 + (uint32_t)(w ^ (w >> 29));
    }
    h = bench_mix(h, s);
    memcpy(Src, Dst + (r & 1023), BUF / 4);
  }
  bench_report("memops", h);
  return 0;
}
