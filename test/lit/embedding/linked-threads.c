// Linked instances may move between threads from one call to the next: the
// stack limit the callee instance's code checks is that of the thread the
// call runs on, not of the thread that made or last ran it. Each of several
// threads in turn, with stacks of different sizes (and so addresses), calls
// through the caller's imports into the callee: recursion 2000 deep returns
// normally, unbounded recursion traps cleanly, on every thread, and calling
// the callee directly in between changes nothing.
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: wat2wasm %S/Inputs/linked-callee.wat -o %t/callee.wasm
// RUN: wat2wasm %S/Inputs/linked-caller.wat -o %t/caller.wasm
// RUN: wasmc --shared %t/callee.wasm -o %t/callee.so
// RUN: wasmc --shared %t/caller.wasm -o %t/caller.so
// RUN: clang-19 -Wall -Werror -pthread %rtlib_cflags %s %rtlib_ldflags -o %t/host
// RUN: %t/host %t/callee.so %t/caller.so | FileCheck %s
// CHECK: main: go 2000, overflow 'call stack exhausted'
// CHECK-NEXT: thread 0: go 2000, overflow 'call stack exhausted', direct 2000
// CHECK-NEXT: thread 1: go 2000, overflow 'call stack exhausted', direct 2000
// CHECK-NEXT: thread 2: go 2000, overflow 'call stack exhausted', direct 2000
// CHECK-NEXT: thread 3: go 2000, overflow 'call stack exhausted', direct 2000
// CHECK-NEXT: main: go 2000, overflow 'call stack exhausted'

#include "wasmc/rtlib.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

static wasmc_instance *Callee, *Caller;

static void calls(const char *Who, int Direct) {
  wasmc_outcome Out;
  wasmc_value Arg = {.i32 = 2000}, Res = {.i32 = -1};
  wasmc_instance_call(Caller, "go", &Arg, 1, &Res, 1, &Out);
  printf("%s: go %d", Who,
         Out.kind == WASMC_OUTCOME_RETURNED ? Res.i32 : -1);
  wasmc_instance_call(Caller, "overflow", NULL, 0, &Res, 1, &Out);
  printf(", overflow '%s'", Out.kind == WASMC_OUTCOME_TRAPPED ? Out.message
                                                                : "returned");
  if (Direct) {
    wasmc_instance_call(Callee, "depth", &Arg, 1, &Res, 1, &Out);
    printf(", direct %d", Out.kind == WASMC_OUTCOME_RETURNED ? Res.i32 : -1);
  }
  printf("\n");
  fflush(stdout);
}

static void *run(void *Name) {
  calls(Name, 1);
  return NULL;
}

int main(int Argc, char **Argv) {
  if (Argc != 3 || wasmc_runtime_init() != 0)
    return 2;
  wasmc_outcome Out;
  wasmc_module *CalleeMod = wasmc_module_load(Argv[1], &Out);
  wasmc_module *CallerMod = wasmc_module_load(Argv[2], &Out);
  if (!CalleeMod || !CallerMod)
    return 1;
  Callee = wasmc_instantiate(wasmc_module_desc_of(CalleeMod), NULL, &Out);
  wasmc_linker *Lk = wasmc_linker_new();
  wasmc_linker_define_instance(Lk, "callee", Callee);
  wasmc_instance_config Config;
  memset(&Config, 0, sizeof(Config));
  Config.resolve = wasmc_linker_resolve;
  Config.resolve_data = Lk;
  Caller = wasmc_instantiate(wasmc_module_desc_of(CallerMod), &Config, &Out);
  if (!Callee || !Caller) {
    printf("instantiate: %s\n", Out.message);
    return 1;
  }
  calls("main", 0);
  // One thread at a time: linked instances are never used by two at once.
  static const size_t Stacks[] = {1u << 20, 8u << 20, 2u << 20, 16u << 20};
  static char Names[4][16];
  for (int K = 0; K < 4; ++K) {
    pthread_attr_t Attr;
    pthread_attr_init(&Attr);
    pthread_attr_setstacksize(&Attr, Stacks[K]);
    snprintf(Names[K], sizeof(Names[K]), "thread %d", K);
    pthread_t T;
    pthread_create(&T, &Attr, run, Names[K]);
    pthread_join(T, NULL);
    pthread_attr_destroy(&Attr);
  }
  calls("main", 0);
  return 0;
}
