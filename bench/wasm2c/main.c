/* Host program for a kernel translated by wasm2c with module name "bench"
 * (wasm2c -n bench): initialises wabt's runtime (guard-page memories and the
 * signal handler), instantiates the module against the WASI shim in
 * wasi_shim.c and runs _start. */
#include "module.h" /* wasm2c output: wasm2c -n bench -o module.c */
#include "wasi_shim.h"
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  wasm_rt_init();
  Z_bench_init_module();
  struct Z_wasi_snapshot_preview1_instance_t wasi = {argc, argv, NULL};
  Z_bench_instance_t inst;
  Z_bench_instantiate(&inst, &wasi);
  wasi.memory = Z_benchZ_memory(&inst);
  int status = 0;
  wasm_rt_trap_t trap = wasm_rt_impl_try();
  if (trap == WASM_RT_TRAP_NONE) {
    Z_benchZ__start(&inst);
  } else {
    fprintf(stderr, "wasm2c trap: %s\n", wasm_rt_strerror(trap));
    status = 134;
  }
  Z_bench_free(&inst);
  wasm_rt_free();
  return status;
}
