// Fuel through the embedding API: the units a call takes are exactly its
// instructions' (Inputs/fuel.wat), a host function sees everything its
// caller ran before the call, a budget stops a loop at the same iteration
// on every run with WASMC_TRAP_OUT_OF_FUEL and a backtrace, the instance
// stays usable once fuel is added, 0 means unlimited, a caught exception
// keeps what its thrower ran charged, and a module
// compiled without --fuel-metering refuses fuel.
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: wat2wasm --enable-exceptions --debug-names %S/Inputs/fuel.wat -o %t/fuel.wasm
// RUN: wasmc --shared --fuel-metering %t/fuel.wasm -o %t/fuel.so
// RUN: wasmc --shared -O0 --fuel-metering %t/fuel.wasm -o %t/fuel-O0.so
// RUN: wasmc --shared %t/fuel.wasm -o %t/unmetered.so
// RUN: clang-19 -Wall -Werror %rtlib_cflags %s %rtlib_ldflags -o %t/host
// RUN: %t/host %t/fuel.so %t/unmetered.so | FileCheck %s
// RUN: %t/host %t/fuel-O0.so %t/unmetered.so | FileCheck %s

#include "wasmc/rtlib.h"

#include <stdio.h>
#include <string.h>

static wasmc_instance *Current;

static int32_t fuelLeft(void *Env, const wasmc_value *Args, wasmc_value *Res) {
  (void)Env, (void)Args, (void)Res;
  uint64_t Fuel = 0;
  wasmc_instance_get_fuel(Current, &Fuel);
  printf("host sees %llu\n", (unsigned long long)Fuel);
  return 0;
}

static int resolve(void *User, const wasmc_import_desc *Imp,
                   wasmc_extern *Out) {
  (void)User;
  if (strcmp(Imp->name, "fuel_left") != 0)
    return 0;
  wasmc_extern_host_func(":", fuelLeft, NULL, Out);
  return 1;
}

static unsigned long long left(wasmc_instance *I) {
  uint64_t Fuel = 0;
  if (wasmc_instance_get_fuel(I, &Fuel) != 0)
    return ~0ull;
  return Fuel;
}

static int32_t call(wasmc_instance *I, const char *Name, int32_t Arg) {
  wasmc_value A = {.i32 = Arg}, R = {.i32 = -1};
  wasmc_outcome Out;
  const wasmc_export_desc *E = wasmc_instance_find_export(I, Name);
  size_t NumArgs = strcmp(Name, "count") == 0 ? 1 : 0;
  size_t NumResults = strcmp(Name, "spin") == 0 ? 0 : 1;
  (void)E;
  wasmc_instance_call(I, Name, &A, NumArgs, &R, NumResults, &Out);
  if (Out.kind != WASMC_OUTCOME_RETURNED) {
    char Frame[128] = "-";
    if (Out.num_frames)
      wasmc_symbolize(Out.frames[0], Frame, sizeof(Frame));
    printf("%s: kind %d code %d at %s message '%s', left %llu\n", Name,
           Out.kind, Out.trap_code, Frame, Out.message, left(I));
    return -1;
  }
  printf("%s: %d, left %llu\n", Name, R.i32, left(I));
  return R.i32;
}

int main(int Argc, char **Argv) {
  if (Argc != 3 || wasmc_runtime_init() != 0)
    return 2;
  wasmc_outcome Out;
  wasmc_module *M = wasmc_module_load(Argv[1], &Out);
  if (!M) {
    puts(Out.message);
    return 1;
  }
  wasmc_instance_config Config = {resolve, NULL, NULL, 0, 0, 0, 0, 1000};
  wasmc_instance *I = wasmc_instantiate(wasmc_module_desc_of(M), &Config, &Out);
  if (!I) {
    puts(Out.message);
    return 1;
  }
  Current = I;
  // CHECK:      start: left 1000
  printf("start: left %llu\n", left(I));
  // CHECK-NEXT: five: 9, left 995
  call(I, "five", 0);
  // 10 iterations of 10 units, and the result's local.get.
  // CHECK-NEXT: count: 10, left 894
  call(I, "count", 10);
  // CHECK-NEXT: host sees 892
  // CHECK-NEXT: ask: 0, left 891
  call(I, "ask", 0);

  // 100 units: the check after the 11th iteration (-10) stops the loop,
  // on every run alike.
  for (int Run = 0; Run < 2; ++Run) {
    // CHECK-NEXT: count: kind 1 code 15 at count message 'out of fuel', left 0
    // CHECK-NEXT: progress: 11, left
    // CHECK-NEXT: count: kind 1 code 15 at count message 'out of fuel', left 0
    // CHECK-NEXT: progress: 11, left
    wasmc_instance_set_fuel(I, 100);
    call(I, "count", 1000000);
    wasmc_instance_set_fuel(I, 0);
    call(I, "progress", 0);
  }

  // CHECK-NEXT: spin: kind 1 code 15 at spin message 'out of fuel', left 0
  wasmc_instance_set_fuel(I, 1000000);
  call(I, "spin", 0);
  // Out of fuel, the instance traps at its first check until refuelled.
  // CHECK-NEXT: five: kind 1 code 15 at five message 'out of fuel', left 0
  call(I, "five", 0);
  // CHECK-NEXT: five: 9, left 9223372036854775802
  wasmc_instance_set_fuel(I, 0);
  call(I, "five", 0);
  // CHECK-NEXT: catcher: 5, left 996
  wasmc_instance_set_fuel(I, 1000);
  call(I, "catcher", 0);
  // CHECK-NEXT: catch_loop: kind 1 code 15 at {{(catch_loop|thrower)}} message 'out of fuel', left 0
  call(I, "catch_loop", 0);
  wasmc_instance_destroy(I);

  // CHECK-NEXT: unmetered: set -1 get -1
  wasmc_module *U = wasmc_module_load(Argv[2], &Out);
  I = wasmc_instantiate(wasmc_module_desc_of(U), &Config, &Out);
  uint64_t Fuel;
  printf("unmetered: set %d get %d\n", wasmc_instance_set_fuel(I, 5),
         wasmc_instance_get_fuel(I, &Fuel));
  wasmc_instance_destroy(I);
  return 0;
}
