// Epoch interruption through the embedding API: a deadline stops code at a
// loop header, at a function entry (recursion), after a host call and in a
// loop around memory.grow; the outcome is WASMC_OUTCOME_INTERRUPTED with a
// backtrace; the instance stays usable once the deadline moves; a start
// function runs under the config's deadline; and a module compiled without
// --epoch-interruption refuses a deadline.
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: wat2wasm --debug-names %S/Inputs/interrupt.wat -o %t/interrupt.wasm
// RUN: wat2wasm %S/Inputs/interrupt-start.wat -o %t/start.wasm
// RUN: wasmc --shared --epoch-interruption %t/interrupt.wasm -o %t/interrupt.so
// RUN: wasmc --shared --epoch-interruption %t/start.wasm -o %t/start.so
// RUN: wasmc --shared %t/interrupt.wasm -o %t/unchecked.so
// RUN: clang-19 -Wall -Werror %rtlib_cflags %s %rtlib_ldflags -lpthread -o %t/host
// RUN: %t/host %t/interrupt.so %t/start.so %t/unchecked.so | FileCheck %s

#include "wasmc/rtlib.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static int32_t tick(void *Env, const wasmc_value *Args, wasmc_value *Res) {
  (void)Env, (void)Args, (void)Res;
  wasmc_epoch_increment();
  return 0;
}

static int resolve(void *User, const wasmc_import_desc *Imp, wasmc_extern *Out) {
  (void)User;
  if (strcmp(Imp->name, "tick") != 0)
    return 0;
  wasmc_extern_host_func(":", tick, NULL, Out);
  return 1;
}

/// A host's timer thread: ticks once after 20 ms.
static void *watchdog(void *Arg) {
  (void)Arg;
  struct timespec D = {0, 20 * 1000 * 1000};
  nanosleep(&D, NULL);
  wasmc_epoch_increment();
  return NULL;
}

static void show(const char *What, const wasmc_outcome *Out) {
  char Name[128] = "-";
  if (Out->num_frames)
    wasmc_symbolize(Out->frames[0], Name, sizeof(Name));
  printf("%s: kind %d code %d frames %s%s message '%s'\n", What, Out->kind,
         Out->trap_code, Out->num_frames ? "at " : "", Name, Out->message);
}

static void callWithWatchdog(wasmc_instance *I, const char *Export) {
  wasmc_instance_set_epoch_deadline(I, 1);
  pthread_t T;
  pthread_create(&T, NULL, watchdog, NULL);
  wasmc_outcome Out;
  wasmc_instance_call(I, Export, NULL, 0, NULL, 0, &Out);
  pthread_join(T, NULL);
  show(Export, &Out);
}

int main(int Argc, char **Argv) {
  if (Argc != 4 || wasmc_runtime_init() != 0)
    return 2;
  wasmc_outcome Out;
  wasmc_module *M = wasmc_module_load(Argv[1], &Out);
  if (!M) {
    puts(Out.message);
    return 1;
  }
  wasmc_instance_config Config = {resolve, NULL, NULL};
  wasmc_instance *I = wasmc_instantiate(wasmc_module_desc_of(M), &Config, &Out);
  if (!I) {
    puts(Out.message);
    return 1;
  }

  // CHECK: spin: kind 4 code 13 frames at spin message 'interrupted: the epoch deadline passed'
  callWithWatchdog(I, "spin");
  wasmc_value Iter;
  wasmc_instance_call(I, "iterations", NULL, 0, &Iter, 1, &Out);
  // CHECK-NEXT: spin ran: yes
  printf("spin ran: %s\n", Iter.i32 > 0 ? "yes" : "no");

  // CHECK-NEXT: grow: kind 4 code 13 frames at grow
  callWithWatchdog(I, "grow");

  // A counted loop of 2^32 - 1 iterations takes its copy with the check.
  // CHECK-NEXT: long_sum: kind 4 code 13 frames at {{(sum|long_sum)}}
  callWithWatchdog(I, "long_sum");

  // The deadline is now: the first function entry stops.
  // CHECK-NEXT: recurse: kind 4 code 13 frames at recurse
  wasmc_instance_set_epoch_deadline(I, 0);
  wasmc_value Arg = {.i32 = 0}, Res;
  wasmc_instance_call(I, "recurse", &Arg, 1, &Res, 1, &Out);
  show("recurse", &Out);

  // The host function advances the epoch; the loop stops after it returns.
  // CHECK-NEXT: call_host: kind 4 code 13 frames at call_host
  wasmc_instance_set_epoch_deadline(I, 3);
  wasmc_instance_call(I, "call_host", NULL, 0, NULL, 0, &Out);
  show("call_host", &Out);

  // Usable again once the deadline moves.
  // CHECK-NEXT: square after deadline moved: kind 0 result 49
  wasmc_instance_set_epoch_deadline(I, UINT64_MAX);
  Arg.i32 = 7;
  wasmc_instance_call(I, "square", &Arg, 1, &Res, 1, &Out);
  printf("square after deadline moved: kind %d result %d\n", Out.kind, Res.i32);
  // CHECK-NEXT: short_sum: kind 0 result 0
  Arg.i32 = 1000;
  wasmc_instance_call(I, "short_sum", &Arg, 1, &Res, 1, &Out);
  printf("short_sum: kind %d result %d\n", Out.kind, Res.i32);
  wasmc_instance_destroy(I);

  // CHECK-NEXT: start: instance (nil) kind 4 code 13
  wasmc_module *S = wasmc_module_load(Argv[2], &Out);
  wasmc_instance_config StartConfig = {resolve, NULL, NULL, 0, 0, 0, 2};
  I = wasmc_instantiate(wasmc_module_desc_of(S), &StartConfig, &Out);
  printf("start: instance %s kind %d code %d\n", I ? "made" : "(nil)",
         Out.kind, Out.trap_code);

  // CHECK-NEXT: unchecked: set_epoch_deadline -1
  wasmc_module *U = wasmc_module_load(Argv[3], &Out);
  I = wasmc_instantiate(wasmc_module_desc_of(U), &Config, &Out);
  printf("unchecked: set_epoch_deadline %d\n",
         wasmc_instance_set_epoch_deadline(I, 1));
  wasmc_instance_destroy(I);
  return 0;
}
