// Instantiation through the embedding API, with hand-written module
// descriptors standing in for compiled modules: import resolution and its
// errors, process-wide type ids, global initialisers, segment
// initialisation order (a trap keeps earlier writes to imported memory), and
// the start function.
//
// REQUIRES: x86_64, linux
// RUN: clang-19 -O1 -fno-omit-frame-pointer -I%src_root/rtlib/include %s %rtlib_dir/x86_64-linux-gnu/librtlib.a -o %t
// RUN: %t | FileCheck %s

#include "wasmc/rtlib.h"

#include <stdio.h>
#include <string.h>

#define WASM_CODE __attribute__((section("wasmc_text"), noinline))
extern char __start_wasmc_text[], __stop_wasmc_text[];

static int StartRuns;
WASM_CODE void start_fn(wasmc_vmctx *vm) { ++StartRuns; }
WASM_CODE int32_t id_fn(wasmc_vmctx *vm, int32_t x) { return x; }
void wasmc_wasi_proc_exit(wasmc_vmctx *, int32_t);
WASM_CODE void exiting_start(wasmc_vmctx *vm) {
  // Imported function 0 is proc_exit.
  ((void (*)(wasmc_vmctx *, int32_t))vm->funcs[0].code)(vm->funcs[0].vmctx, 9);
}

// Module A: memory, an i32 global 42, a function of type i:i, start.
static const wasmc_type_desc TypesA[] = {{":"}, {"i:i"}};
static const wasmc_func_desc FuncsA[] = {{"start", (const void *)start_fn, 0},
                                         {"id", (const void *)id_fn, 1}};
static const wasmc_memory_desc MemA[] = {{{1, 2, 1}}};
static const wasmc_global_desc GlobalsA[] = {
    {WASMC_I32, 0, {WASMC_CONST_VALUE, WASMC_I32, 0, {.i32 = 42}}},
    {WASMC_FUNCREF, 0, {WASMC_CONST_REF_FUNC, WASMC_FUNCREF, 1, {0}}}};
static const wasmc_module_desc A = {
    WASMC_ABI_VERSION, 2, TypesA, 0, NULL, 2, FuncsA, 0, NULL, 1, MemA,
    2, GlobalsA, 0, NULL, 0, NULL, 0, NULL, 0,
    __start_wasmc_text, __stop_wasmc_text, 0, start_fn};

// Module B imports A's memory, global and function (types listed in another
// order), copies the global, and has two data segments, the second too long.
static const wasmc_type_desc TypesB[] = {{"i:i"}, {"I:"}, {":"}};
static const wasmc_import_desc ImportsB[] = {
    {"a", "id", WASMC_EXTERN_FUNC, 0},
    {"a", "mem", WASMC_EXTERN_MEMORY, 0},
    {"a", "g", WASMC_EXTERN_GLOBAL, 0}};
static const wasmc_func_desc FuncsB[] = {{NULL, NULL, 0}};
static const wasmc_memory_desc MemB[] = {{{1, 0, 0}}};
static const wasmc_global_desc GlobalsB[] = {
    {WASMC_I32, 0, {0}},
    {WASMC_I32, 0, {WASMC_CONST_GLOBAL_GET, WASMC_I32, 0, {0}}}};
static const wasmc_data_desc DatasB[] = {
    {WASMC_SEGMENT_ACTIVE, 0, {WASMC_CONST_VALUE, WASMC_I32, 0, {.i32 = 8}},
     (const uint8_t *)"first", 5},
    {WASMC_SEGMENT_ACTIVE, 0, {WASMC_CONST_GLOBAL_GET, WASMC_I32, 0, {0}},
     (const uint8_t *)"second", 6}};
static wasmc_module_desc B = {
    WASMC_ABI_VERSION, 3, TypesB, 3, ImportsB, 1, FuncsB, 0, NULL, 1, MemB,
    2, GlobalsB, 0, NULL, 2, DatasB, 0, NULL, -1, NULL, NULL, 0};

static wasmc_instance *InstA;

static int resolveFromA(void *User, const wasmc_import_desc *Imp,
                        wasmc_extern *Out) {
  wasmc_vmctx *V = wasmc_instance_vmctx(InstA);
  memset(Out, 0, sizeof(*Out));
  Out->kind = Imp->kind;
  if (!strcmp(Imp->name, "id")) {
    Out->func_code = V->funcs[1].code;
    Out->func_vmctx = V->funcs[1].vmctx;
    Out->func_signature = (const char *)User;
    Out->func_index = 1;
    return 1;
  }
  if (!strcmp(Imp->name, "mem")) {
    Out->memory = V->mem0;
    return 1;
  }
  if (!strcmp(Imp->name, "g")) {
    Out->global = V->globals[0];
    Out->global_type = WASMC_I32;
    return 1;
  }
  return 0;
}

int main(void) {
  wasmc_outcome Out;
  InstA = wasmc_instantiate(&A, NULL, &Out);
  // CHECK: A: 0 start runs 1
  printf("A: %d start runs %d\n", Out.kind, StartRuns);
  wasmc_vmctx *VA = wasmc_instance_vmctx(InstA);
  // CHECK-NEXT: globals: 42 funcref=1
  printf("globals: %d funcref=%d\n", VA->globals[0]->i32,
         VA->globals[1]->ref == &VA->funcs[1]);

  // B's second data segment is placed at A's global 0, read through B's
  // import.
  // CHECK-NEXT: wrong signature: 3 incompatible import type for "a" "id": expected (i32) -> (i32), got (i64) -> ()
  wasmc_instance_config Config = {resolveFromA, (void *)"I:", NULL};
  wasmc_instance *IB = wasmc_instantiate(&B, &Config, &Out);
  printf("wrong signature: %d %s\n", Out.kind, Out.message);

  Config.resolve_data = (void *)"i:i";
  VA->globals[0]->i32 = 65534;
  IB = wasmc_instantiate(&B, &Config, &Out);
  // CHECK-NEXT: B: null=1 kind=1 code=2 first segment kept: first
  printf("B: null=%d kind=%d code=%d first segment kept: %.5s\n", IB == NULL,
         Out.kind, Out.trap_code, (const char *)VA->mem0_base + 8);

  VA->globals[0]->i32 = 100;
  IB = wasmc_instantiate(&B, &Config, &Out);
  wasmc_vmctx *VB = wasmc_instance_vmctx(IB);
  // CHECK-NEXT: B: kind=0 shared memory=1 global copy=100 second: second
  printf("B: kind=%d shared memory=%d global copy=%d second: %.6s\n", Out.kind,
         VB->mem0_base == VA->mem0_base, VB->globals[1]->i32,
         (const char *)VA->mem0_base + 100);
  // Type ids are process-wide: "i:i" is type 1 of A and type 0 of B.
  // CHECK-NEXT: type ids: same=1 distinct=1 import record type ok=1 vmctx=A
  printf("type ids: same=%d distinct=%d import record type ok=%d vmctx=%s\n",
         VA->type_ids[1] == VB->type_ids[0], VA->type_ids[0] != VB->type_ids[0],
         VB->funcs[0].type_id == VA->type_ids[1],
         VB->funcs[0].vmctx == VA ? "A" : "B");
  // CHECK-NEXT: call through import: 5
  printf("call through import: %d\n",
         ((int32_t(*)(wasmc_vmctx *, int32_t))VB->funcs[0].code)(
             VB->funcs[0].vmctx, 5));

  // Executables resolve WASI only.
  // CHECK-NEXT: wasi only: 3 unknown import: function "a" "id"
  IB = wasmc_instantiate(&B, NULL, &Out);
  printf("wasi only: %d %s\n", Out.kind, Out.message);

  // CHECK-NEXT: version: 3 module descriptor has ABI version 99
  B.abi_version = 99;
  IB = wasmc_instantiate(&B, &Config, &Out);
  printf("version: %d %.36s\n", Out.kind, Out.message);

  // A start function that calls proc_exit: instantiation reports EXITED.
  static const wasmc_type_desc TypesC[] = {{"i:"}, {":"}};
  static const wasmc_import_desc ImportsC[] = {
      {"wasi_snapshot_preview1", "proc_exit", WASMC_EXTERN_FUNC, 0}};
  static const wasmc_func_desc FuncsC[] = {
      {NULL, NULL, 0}, {"exiting_start", (const void *)exiting_start, 1}};
  wasmc_module_desc C = {
      WASMC_ABI_VERSION, 2, TypesC, 1, ImportsC, 2, FuncsC, 0, NULL, 0, NULL,
      0, NULL, 0, NULL, 0, NULL, 0, NULL, 1,
      __start_wasmc_text, __stop_wasmc_text, 0, exiting_start};
  // CHECK-NEXT: exit in start: null=1 kind=2 code=9
  wasmc_instance *IC = wasmc_instantiate(&C, NULL, &Out);
  printf("exit in start: null=%d kind=%d code=%d\n", IC == NULL, Out.kind,
         Out.exit_code);
  return 0;
}
