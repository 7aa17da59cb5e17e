// Destroyed instances' memory reservations are reused (ReservationPool.h),
// and nothing of what an instance wrote reaches the next: after an instance
// grows its memory and writes to every page, the next instance of the module
// sees its data segment and zeros, at its own size, with the pages beyond
// inaccessible again. Both resets are exercised: a memory small enough to
// be zeroed in place (3 pages) and one that is discarded (100 pages).
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: wat2wasm %S/Inputs/pool.wat -o %t/pool.wasm
// RUN: wasmc --shared %t/pool.wasm -o %t/pool.so
// RUN: clang-19 -Wall -Werror %rtlib_cflags %s %rtlib_ldflags -o %t/host
// RUN: %t/host %t/pool.so | FileCheck %s

#include "wasmc/rtlib.h"

#include <stdio.h>
#include <string.h>

static const wasmc_module_desc *Desc;

static void round(int Grow) {
  wasmc_outcome Out;
  wasmc_instance_config Config;
  memset(&Config, 0, sizeof(Config));
  wasmc_instance *I = wasmc_instantiate(Desc, &Config, &Out);
  wasmc_value Arg = {.i32 = Grow}, Res;
  wasmc_instance_call(I, "sum", NULL, 0, &Res, 1, &Out);
  printf("fresh instance: sum %lld\n", (long long)Res.i64);
  Arg.i32 = 2 * 65536 - 4; // the last word of a page the last one grew to
  wasmc_instance_call(I, "peek", &Arg, 1, &Res, 1, &Out);
  printf("  beyond its size: %s\n", Out.message);
  Arg.i32 = Grow;
  wasmc_instance_call(I, "scribble", &Arg, 1, NULL, 0, &Out);
  wasmc_instance_call(I, "sum", NULL, 0, &Res, 1, &Out);
  printf("  after scribbling on %d pages: sum %lld\n", Grow + 1,
         (long long)Res.i64);
  wasmc_instance_destroy(I);
}

int main(int Argc, char **Argv) {
  if (Argc != 2 || wasmc_runtime_init() != 0)
    return 2;
  wasmc_outcome Out;
  wasmc_module *M = wasmc_module_load(Argv[1], &Out);
  if (!M)
    return 1;
  Desc = wasmc_module_desc_of(M);
  // CHECK:      fresh instance: sum 42
  // CHECK-NEXT:   beyond its size: out of bounds memory access
  // CHECK-NEXT:   after scribbling on 3 pages: sum 18630879
  // CHECK-NEXT: fresh instance: sum 42
  // CHECK-NEXT:   beyond its size: out of bounds memory access
  // CHECK-NEXT:   after scribbling on 100 pages: sum 621027942
  // CHECK-NEXT: fresh instance: sum 42
  // CHECK-NEXT:   beyond its size: out of bounds memory access
  // CHECK-NEXT:   after scribbling on 3 pages: sum 18630879
  round(2);
  round(99);
  round(2);
  // An empty pool unmaps what it held.
  // CHECK-NEXT: pool size 0: 0
  printf("pool size 0: %d\n", wasmc_set_memory_pool(0, 0));
  // CHECK-NEXT: fresh instance: sum 42
  round(2);
  return 0;
}
