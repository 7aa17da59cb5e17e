// Per-instance resource limits (wasmc_instance_config): memory.grow and
// table.grow return -1 beyond the cap, a minimum above it fails the
// instantiation with a message, a stack cap makes deep recursion trap
// sooner, and a capped memory keeps its declared maximum for import
// matching.
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: wat2wasm %S/Inputs/limits.wat -o %t/limits.wasm
// RUN: wat2wasm %S/Inputs/import-limited.wat -o %t/import.wasm
// RUN: wasmc --shared %t/limits.wasm -o %t/limits.so
// RUN: wasmc --shared %t/import.wasm -o %t/import.so
// RUN: clang-19 -Wall -Werror %rtlib_cflags %s %rtlib_ldflags -o %t/host
// RUN: %t/host %t/limits.so %t/import.so | FileCheck %s

#include "wasmc/rtlib.h"

#include <stdio.h>
#include <string.h>

static int32_t call1(wasmc_instance *I, const char *Name, int32_t Arg) {
  wasmc_value A = {.i32 = Arg}, R = {.i32 = -99};
  wasmc_outcome Out;
  wasmc_instance_call(I, Name, &A, 1, &R, 1, &Out);
  return Out.kind == WASMC_OUTCOME_RETURNED ? R.i32 : -1000 - Out.kind;
}

static int32_t diveDepth(wasmc_instance *I, wasmc_outcome *Out) {
  wasmc_instance_call(I, "dive", NULL, 0, NULL, 0, Out);
  wasmc_value R;
  wasmc_outcome Ignored;
  wasmc_instance_call(I, "depth", NULL, 0, &R, 1, &Ignored);
  return R.i32;
}

int main(int Argc, char **Argv) {
  if (Argc != 3 || wasmc_runtime_init() != 0)
    return 2;
  wasmc_outcome Out;
  wasmc_module *M = wasmc_module_load(Argv[1], &Out);
  if (!M)
    return 1;
  const wasmc_module_desc *D = wasmc_module_desc_of(M);

  wasmc_instance_config Config;
  memset(&Config, 0, sizeof(Config));
  Config.max_memory_pages = 4;
  Config.max_table_elements = 3;
  wasmc_instance *I = wasmc_instantiate(D, &Config, &Out);
  if (!I) {
    puts(Out.message);
    return 1;
  }
  // CHECK: memory: grow 2 -> 2, grow 1 -> -1, grow 0 -> 4
  printf("memory: grow 2 -> %d, ", call1(I, "grow_memory", 2));
  printf("grow 1 -> %d, ", call1(I, "grow_memory", 1));
  printf("grow 0 -> %d\n", call1(I, "grow_memory", 0));
  // CHECK-NEXT: table: grow 1 -> 2, grow 1 -> -1
  printf("table: grow 1 -> %d, ", call1(I, "grow_table", 1));
  printf("grow 1 -> %d\n", call1(I, "grow_table", 1));

  // The exported memory keeps its declared maximum (100 pages), so it does
  // not match an import that wants at most 50, cap or no cap.
  // CHECK-NEXT: import: incompatible import type for "A" "memory": expected memory {min 1, max 50}, got memory {min 4, max 100}
  wasmc_linker *L = wasmc_linker_new();
  wasmc_linker_define_instance(L, "A", I);
  wasmc_module *Imp = wasmc_module_load(Argv[2], &Out);
  wasmc_instance_config Linked = {wasmc_linker_resolve, L, NULL};
  wasmc_instance *J = wasmc_instantiate(wasmc_module_desc_of(Imp), &Linked, &Out);
  printf("import: %s\n", J ? "linked" : Out.message);
  wasmc_linker_delete(L);
  wasmc_instance_destroy(I);

  // CHECK-NEXT: too small: memory 0: its minimum of 2 pages exceeds the instance's limit of 1
  Config.max_memory_pages = 1;
  I = wasmc_instantiate(D, &Config, &Out);
  printf("too small: %s\n", I ? "instantiated" : Out.message);
  // CHECK-NEXT: table too small: table 0: its minimum of 2 elements exceeds the instance's limit of 1
  memset(&Config, 0, sizeof(Config));
  Config.max_table_elements = 1;
  I = wasmc_instantiate(D, &Config, &Out);
  printf("table too small: %s\n", I ? "instantiated" : Out.message);

  // A 64 KiB stack cap stops the recursion far sooner than the thread's
  // limit does.
  // CHECK-NEXT: uncapped: trap 'call stack exhausted'
  // CHECK-NEXT: capped: trap 'call stack exhausted', shallower: yes
  memset(&Config, 0, sizeof(Config));
  I = wasmc_instantiate(D, &Config, &Out);
  int32_t Deep = diveDepth(I, &Out);
  printf("uncapped: trap '%s'\n", Out.message);
  wasmc_instance_destroy(I);
  Config.max_stack_bytes = 64 * 1024;
  I = wasmc_instantiate(D, &Config, &Out);
  int32_t Shallow = diveDepth(I, &Out);
  printf("capped: trap '%s', shallower: %s\n", Out.message,
         Shallow > 0 && Shallow * 4 < Deep ? "yes" : "no");
  wasmc_instance_destroy(I);
  return 0;
}
