/* Shared helpers for the wasmc benchmark kernels: a deterministic PRNG and a
 * checksum mix, so every engine computes and prints the same value. Kernels
 * need nothing from WASI but printf (fd_write) and the exit code. */
#ifndef WASMC_BENCH_H
#define WASMC_BENCH_H
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t bench_rng_state = 0x9E3779B9u;

static inline uint32_t bench_rand(void) {
  uint32_t x = bench_rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return bench_rng_state = x;
}

static inline uint32_t bench_mix(uint32_t h, uint32_t v) {
  h ^= v + 0x9E3779B9u + (h << 6) + (h >> 2);
  return h;
}

static inline uint32_t bench_mix_double(uint32_t h, double d) {
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  return bench_mix(bench_mix(h, (uint32_t)bits), (uint32_t)(bits >> 32));
}

static inline void bench_report(const char *name, uint32_t checksum) {
  printf("%s checksum %08x\n", name, (unsigned)checksum);
}

/* Keeps a value alive without letting the optimiser see through it. */
#define BENCH_NOINLINE __attribute__((noinline))

#endif
