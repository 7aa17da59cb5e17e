// Several memories through the embedding API: an instance exports two
// memories, another instance imports both (as its memories 0 and 1, in the
// other order) together with a host-owned memory, and each import is the
// exporter's object: writes, growth and traps are per memory.
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: for m in two-memories import-memories; do \
// RUN:   wat2wasm --enable-multi-memory %S/Inputs/$m.wat -o %t/$m.wasm && \
// RUN:   wasmc --shared -O1 %t/$m.wasm -o %t/$m.so || exit 1; \
// RUN:   wasmc --shared -O1 --bounds-checks=explicit %t/$m.wasm \
// RUN:     -o %t/$m-explicit.so || exit 1; done
// RUN: clang-19 -O1 -Wall -Werror %rtlib_cflags %s %rtlib_ldflags -o %t/host
// RUN: %t/host %t "" | FileCheck %s
// RUN: %t/host %t -explicit | FileCheck %s

#include "wasmc/rtlib.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static wasmc_instance *instantiate(const char *Dir, const char *Name,
                                   const char *Suffix,
                                   const wasmc_instance_config *Config) {
  char Path[4096];
  snprintf(Path, sizeof(Path), "%s/%s%s.so", Dir, Name, Suffix);
  wasmc_outcome Out;
  wasmc_module *M = wasmc_module_load(Path, &Out);
  if (!M) {
    printf("load %s: %s\n", Name, Out.message);
    return NULL;
  }
  wasmc_instance *I = wasmc_instantiate(wasmc_module_desc_of(M), Config, &Out);
  if (!I)
    printf("instantiate %s: %s\n", Name, Out.message);
  return I;
}

// Calls export Name with NumArgs of A, B, C; returns its i32 result, if any.
static int32_t call(wasmc_instance *I, const char *Name, int32_t A, int32_t B,
                    int32_t C, uint32_t NumArgs) {
  wasmc_value Args[3] = {{.i32 = A}, {.i32 = B}, {.i32 = C}};
  wasmc_outcome Out;
  uint32_t NumResults = NumArgs == 3 ? 0 : 1; // store, copy_to_host: none
  wasmc_instance_call(I, Name, Args, NumArgs, Args, NumResults, &Out);
  if (Out.kind != WASMC_OUTCOME_RETURNED) {
    printf("%s: %s\n", Name,
           Out.kind == WASMC_OUTCOME_TRAPPED ? Out.message : "failed");
    return -1;
  }
  return Args[0].i32;
}

int main(int Argc, char **Argv) {
  const char *Dir = Argv[1], *Suffix = Argv[2];
  if (wasmc_runtime_init() != 0)
    return 1;
  wasmc_instance *A = instantiate(Dir, "two-memories", Suffix, NULL);
  if (!A)
    return 1;
  wasmc_extern M0, M1;
  if (!wasmc_instance_get_export(A, "m0", &M0) ||
      !wasmc_instance_get_export(A, "m1", &M1))
    return 1;
  call(A, "store", 0, 16, 0x11111111, 3);
  call(A, "store", 1, 16, 0x22222222, 3);
  // CHECK: exports: kinds 2 2, distinct 1, m0[16] 0x11111111, m1[16] 0x22222222
  printf("exports: kinds %d %d, distinct %d, m0[16] 0x%x, m1[16] 0x%x\n",
         M0.kind, M1.kind, M0.memory != M1.memory,
         *(uint32_t *)(M0.memory->base + 16),
         *(uint32_t *)(M1.memory->base + 16));

  // The host writes memory 1 directly; the module sees it there only.
  M1.memory->base[100] = 0x5a;
  // CHECK-NEXT: host write: m1 0x5a, m0 0
  printf("host write: m1 0x%x, m0 %d\n", call(A, "load1", 100, 0, 0, 1),
         M0.memory->base[100]);

  // Growing memory 1 leaves memory 0 alone; its maximum is its own.
  // CHECK-NEXT: grow m1: 1 then -1, sizes 65536 131072
  int32_t G1 = call(A, "grow1", 1, 0, 0, 1), G2 = call(A, "grow1", 1, 0, 0, 1);
  printf("grow m1: %d then %d, sizes %llu %llu\n", G1, G2,
         (unsigned long long)M0.memory->size,
         (unsigned long long)M1.memory->size);

  // A trap in memory 1 comes back as a value; the instance stays usable.
  // CHECK-NEXT: load1: out of bounds memory access
  call(A, "load1", 131072, 0, 0, 1);
  // CHECK-NEXT: after the trap: 0x22222222
  printf("after the trap: 0x%x\n", call(A, "load1", 16, 0, 0, 1));

  // Link B against both exported memories and a host memory.
  wasmc_outcome Out;
  wasmc_memory *H = wasmc_memory_new(1, 1, 1, &Out);
  if (!H)
    return 1;
  wasmc_linker *L = wasmc_linker_new();
  wasmc_linker_define_instance(L, "a", A);
  wasmc_extern HExt;
  wasmc_extern_memory(H, &HExt);
  wasmc_linker_define(L, "host", "mem", &HExt);
  wasmc_instance_config Config = {wasmc_linker_resolve, L, NULL};
  wasmc_instance *B = instantiate(Dir, "import-memories", Suffix, &Config);
  if (!B)
    return 1;
  // B's memory 0 is A's m1 (grown to 2 pages), its memory 1 A's m0.
  call(B, "copy_to_host", 0, 16, 4, 3);
  // CHECK-NEXT: B: size_x 2, host[0] 0x22222222, host[4] 0x11111111, load_h 0x22222222
  printf("B: size_x %d, host[0] 0x%x, host[4] 0x%x, load_h 0x%x\n",
         call(B, "size_x", 0, 0, 0, 0), *(uint32_t *)H->base,
         *(uint32_t *)(H->base + 4), call(B, "load_h", 0, 0, 0, 1));
  // CHECK-NEXT: copy_to_host: out of bounds memory access
  call(B, "copy_to_host", 65534, 0, 4, 3);

  wasmc_instance_destroy(B);
  wasmc_linker_delete(L);
  wasmc_memory_delete(H);
  wasmc_instance_destroy(A);
  return 0;
}
