// Unlinked instances may run on different threads at the same time: each
// thread instantiates the same module, calls it, and traps (out of bounds,
// division, stack exhaustion), and every thread sees only its own state and
// its own traps.
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: wat2wasm %S/Inputs/counter.wat -o %t/counter.wasm
// RUN: wasmc --shared -O1 %t/counter.wasm -o %t/counter.so
// RUN: clang-19 -Wall -Werror -pthread %rtlib_cflags %s %rtlib_ldflags -o %t/host
// RUN: %t/host %t/counter.so | FileCheck %s
// CHECK: thread 0: bumps 1000 traps 300 ok
// CHECK: thread 1: bumps 1000 traps 300 ok
// CHECK: thread 2: bumps 1000 traps 300 ok
// CHECK: thread 3: bumps 1000 traps 300 ok

#include "wasmc/rtlib.h"

#include <pthread.h>
#include <stdio.h>

static wasmc_module *Module;

struct Result {
  int Bumps, Traps, Ok;
};

static void *run(void *P) {
  struct Result *R = P;
  wasmc_outcome Out;
  wasmc_instance *I = wasmc_instantiate(wasmc_module_desc_of(Module), NULL, &Out);
  if (!I)
    return NULL;
  R->Ok = 1;
  wasmc_value Args[2], Res[1];
  for (int K = 0; K < 1000; ++K) {
    wasmc_instance_call(I, "bump", NULL, 0, Res, 1, &Out);
    R->Bumps = Res[0].i32;
    if (K % 10 != 0)
      continue;
    Args[0].i32 = 65534;
    wasmc_instance_call(I, "load", Args, 1, Res, 1, &Out);
    R->Traps += Out.trap_code == WASMC_TRAP_MEMORY_OUT_OF_BOUNDS;
    Args[0].i32 = K;
    Args[1].i32 = 0;
    wasmc_instance_call(I, "div", Args, 2, Res, 1, &Out);
    R->Traps += Out.trap_code == WASMC_TRAP_INT_DIV_BY_ZERO;
    Args[0].i32 = 0;
    wasmc_instance_call(I, "recurse", Args, 1, Res, 1, &Out);
    R->Traps += Out.trap_code == WASMC_TRAP_STACK_EXHAUSTED;
  }
  wasmc_extern G;
  wasmc_instance_get_export(I, "count", &G);
  R->Ok = G.global->i32 == 1000;
  wasmc_instance_destroy(I);
  return NULL;
}

int main(int Argc, char **Argv) {
  wasmc_outcome Out;
  Module = wasmc_module_load(Argv[1], &Out);
  if (!Module) {
    printf("load: %s\n", Out.message);
    return 1;
  }
  pthread_t Threads[4];
  struct Result Results[4] = {{0}};
  for (int T = 0; T < 4; ++T)
    pthread_create(&Threads[T], NULL, run, &Results[T]);
  for (int T = 0; T < 4; ++T) {
    pthread_join(Threads[T], NULL);
    printf("thread %d: bumps %d traps %d %s\n", T, Results[T].Bumps,
           Results[T].Traps, Results[T].Ok ? "ok" : "WRONG");
  }
  return 0;
}
