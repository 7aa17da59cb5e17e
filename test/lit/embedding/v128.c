// v128 arguments and results pass through wasmc_value.v128 (16 bytes, lane
// 0 first), both into an export and out to a generic host function.
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: wat2wasm %S/Inputs/simd.wat -o %t/simd.wasm
// RUN: wasmc --shared -O1 %t/simd.wasm -o %t/simd.so
// RUN: clang-19 -Wall -Werror %rtlib_cflags %s %rtlib_ldflags -o %t/host
// RUN: %t/host %t/simd.so | FileCheck %s

#include "wasmc/rtlib.h"

#include <stdio.h>
#include <string.h>

static int32_t scale(void *Env, const wasmc_value *Args, wasmc_value *Res) {
  int32_t Lanes[4];
  memcpy(Lanes, Args[0].v128, 16);
  for (int K = 0; K < 4; ++K)
    Lanes[K] *= Args[1].i32;
  memcpy(Res[0].v128, Lanes, 16);
  return 0;
}

static void print(const char *What, const wasmc_value *V,
                  const wasmc_outcome *Out) {
  int32_t L[4];
  memcpy(L, V->v128, 16);
  printf("%s: kind %d lanes %d %d %d %d\n", What, Out->kind, L[0], L[1], L[2],
         L[3]);
}

int main(int Argc, char **Argv) {
  wasmc_outcome Out;
  wasmc_module *M = wasmc_module_load(Argv[1], &Out);
  if (!M) {
    printf("load: %s\n", Out.message);
    return 1;
  }
  wasmc_linker *L = wasmc_linker_new();
  wasmc_extern Ext;
  wasmc_extern_host_func("vi:v", scale, NULL, &Ext);
  wasmc_linker_define(L, "host", "scale", &Ext);
  wasmc_instance_config Config = {wasmc_linker_resolve, L, NULL};
  wasmc_instance *I = wasmc_instantiate(wasmc_module_desc_of(M), &Config, &Out);
  if (!I) {
    printf("instantiate: %s\n", Out.message);
    return 1;
  }
  const int32_t X[4] = {1, 2, 3, 4}, Y[4] = {10, 20, 30, -40};
  wasmc_value Args[2], Res[1];
  memcpy(Args[0].v128, X, 16);
  memcpy(Args[1].v128, Y, 16);
  wasmc_instance_call(I, "addv", Args, 2, Res, 1, &Out);
  // CHECK: addv: kind 0 lanes 11 22 33 -36
  print("addv", &Res[0], &Out);
  wasmc_instance_call(I, "scalev", Args, 1, Res, 1, &Out);
  // CHECK-NEXT: scalev: kind 0 lanes 3 6 9 12
  print("scalev", &Res[0], &Out);
  return 0;
}
