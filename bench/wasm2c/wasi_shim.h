/* The WASI preview1 subset the benchmark kernels import, for wasm2c. */
#ifndef WASMC_BENCH_WASI_SHIM_H
#define WASMC_BENCH_WASI_SHIM_H
#include "wasm-rt.h"
#include "wasm-rt-impl.h"

struct Z_wasi_snapshot_preview1_instance_t {
  int argc;
  char **argv;
  wasm_rt_memory_t *memory;
};

#endif
