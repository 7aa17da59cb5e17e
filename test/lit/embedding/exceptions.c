// Wasm exceptions through the embedding API: an exception no Wasm handler
// catches ends the call as WASMC_OUTCOME_EXCEPTION, with its tag (the
// exported tag's identity), its payload and where it was thrown, and the
// instance stays usable; a tag imported by another instance is the same tag,
// so that instance catches what the first throws; and an exception thrown
// below a host function ends that inner call without crossing the host.
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: wat2wasm --enable-exceptions --debug-names %S/Inputs/exceptions-a.wat -o %t/a.wasm
// RUN: wat2wasm --enable-exceptions --debug-names %S/Inputs/exceptions-b.wat -o %t/b.wasm
// RUN: wasmc --shared %t/a.wasm -o %t/a.so
// RUN: wasmc --shared %t/b.wasm -o %t/b.so
// RUN: clang-19 -Wall -Werror %rtlib_cflags %s %rtlib_ldflags -o %t/host
// RUN: %t/host %t/a.so %t/b.so | FileCheck %s

#include "wasmc/rtlib.h"

#include <stdio.h>
#include <string.h>

static wasmc_instance *A;

static void show(const char *What, const wasmc_outcome *Out) {
  char Name[128] = "-";
  if (Out->num_frames)
    wasmc_symbolize(Out->frames[0], Name, sizeof(Name));
  printf("%s: kind %d at %s message '%s'", What, Out->kind, Name,
         Out->message);
  if (Out->kind == WASMC_OUTCOME_EXCEPTION) {
    wasmc_extern E;
    wasmc_instance_get_export(A, "e", &E);
    const wasmc_exception *X = Out->exception;
    printf(" tag %s values %u: %d %g", X->tag == E.tag ? "e" : "other",
           X->num_values, X->values[0].i32, X->values[1].f64);
  }
  printf("\n");
}

static int32_t callback(void *Env, const wasmc_value *Args, wasmc_value *Res) {
  (void)Env, (void)Args, (void)Res;
  wasmc_value Arg = {.i32 = 3};
  wasmc_outcome Out;
  wasmc_instance_call(A, "throw", &Arg, 1, NULL, 0, &Out);
  show("inner", &Out);
  return 0;
}

static int resolve(void *User, const wasmc_import_desc *Imp, wasmc_extern *Out) {
  (void)User;
  if (strcmp(Imp->name, "callback") != 0)
    return 0;
  wasmc_extern_host_func(":", callback, NULL, Out);
  return 1;
}

int main(int Argc, char **Argv) {
  if (Argc != 3 || wasmc_runtime_init() != 0)
    return 2;
  wasmc_outcome Out;
  wasmc_module *MA = wasmc_module_load(Argv[1], &Out);
  wasmc_module *MB = wasmc_module_load(Argv[2], &Out);
  if (!MA || !MB) {
    puts(Out.message);
    return 1;
  }
  wasmc_instance_config Config = {resolve, NULL, NULL};
  A = wasmc_instantiate(wasmc_module_desc_of(MA), &Config, &Out);
  if (!A) {
    puts(Out.message);
    return 1;
  }

  // CHECK: throw: kind 5 at throw message 'uncaught exception' tag e values 2: 7 2.5
  wasmc_value Arg = {.i32 = 7}, Res;
  wasmc_instance_call(A, "throw", &Arg, 1, NULL, 0, &Out);
  show("throw", &Out);
  // CHECK-NEXT: again: kind 5 at throw message 'uncaught exception' tag e values 2: 8 2.5
  Arg.i32 = 8;
  wasmc_instance_call(A, "throw", &Arg, 1, NULL, 0, &Out);
  show("again", &Out);

  // CHECK-NEXT: inner: kind 5 at throw message 'uncaught exception' tag e values 2: 3 2.5
  // CHECK-NEXT: catch_around_host: kind 0 result 0
  wasmc_instance_call(A, "catch_around_host", NULL, 0, &Res, 1, &Out);
  printf("catch_around_host: kind %d result %d\n", Out.kind, Res.i32);

  wasmc_linker *L = wasmc_linker_new();
  wasmc_linker_define_instance(L, "a", A);
  wasmc_instance_config LinkConfig = {wasmc_linker_resolve, L, NULL};
  wasmc_instance *B = wasmc_instantiate(wasmc_module_desc_of(MB), &LinkConfig, &Out);
  if (!B) {
    puts(Out.message);
    return 1;
  }
  // CHECK-NEXT: catch_imported: kind 0 result 9
  Arg.i32 = 9;
  wasmc_instance_call(B, "catch_imported", &Arg, 1, &Res, 1, &Out);
  printf("catch_imported: kind %d result %d\n", Out.kind, Res.i32);
  wasmc_instance_destroy(B);
  wasmc_linker_delete(L);
  wasmc_instance_destroy(A);
  return 0;
}
