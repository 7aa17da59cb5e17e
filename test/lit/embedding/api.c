// The embedding API end to end: a C host loads modules built with
// `wasmc --shared`, instantiates one module twice (isolated state), gets
// traps back as values and keeps calling, links a second module against the
// first one's function, memory and global and against generic host
// functions, and has import type mismatches rejected at link time.
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: for m in counter user wasi bad-func bad-memory bad-global bad-kind; do \
// RUN:   wat2wasm --debug-names %S/Inputs/$m.wat -o %t/$m.wasm && \
// RUN:   wasmc --shared -O1 %t/$m.wasm -o %t/$m.so || exit 1; done
// RUN: clang-19 -O1 -Wall -Werror %rtlib_cflags %s %rtlib_ldflags -o %t/host
// RUN: %t/host %t | FileCheck %s

#include "wasmc/rtlib.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const char *Dir;

static wasmc_module *load(const char *Name) {
  char Path[4096];
  snprintf(Path, sizeof(Path), "%s/%s.so", Dir, Name);
  wasmc_outcome Out;
  wasmc_module *M = wasmc_module_load(Path, &Out);
  if (!M)
    printf("load %s: %s\n", Name, Out.message);
  return M;
}

static const char *kind(const wasmc_outcome *Out) {
  static const char *const Names[] = {"returned", "trapped", "exited",
                                      "error"};
  return Out->kind >= 0 && Out->kind <= 3 ? Names[Out->kind] : "?";
}

static int32_t call_i32(wasmc_instance *I, const char *Name, int32_t A,
                        int32_t B, uint32_t NumArgs) {
  wasmc_value Args[2] = {{.i32 = A}, {.i32 = B}}, Res[1];
  wasmc_outcome Out;
  wasmc_instance_call(I, Name, Args, NumArgs, Res, 1, &Out);
  if (Out.kind != WASMC_OUTCOME_RETURNED) {
    printf("%s: %s: %s\n", Name, kind(&Out), Out.message);
    return -1;
  }
  return Res[0].i32;
}

// Generic host functions: (i32, i64, f32, f64) -> (f64, i32) and (i32) -> ().
static int MulCalls;
static int32_t host_mul(void *Env, const wasmc_value *Args,
                        wasmc_value *Results) {
  ++MulCalls;
  Results[0].f64 = Args[0].i32 * (double)Args[1].i64 * Args[2].f32 * Args[3].f64;
  Results[1].i32 = *(const int32_t *)Env;
  return 0;
}
// A native host function: called directly with the caller's vmctx.
static wasmc_vmctx *NativeCaller;
static int32_t host_native(wasmc_vmctx *Vmctx, int32_t A, int32_t B) {
  NativeCaller = Vmctx;
  return A * 100 + B;
}
static int32_t host_fail(void *Env, const wasmc_value *Args,
                         wasmc_value *Results) {
  return Args[0].i32 ? WASMC_TRAP_HOST : 0;
}

int main(int Argc, char **Argv) {
  Dir = Argv[1];
  if (wasmc_runtime_init() != 0)
    return 1;
  wasmc_outcome Out;

  // CHECK: load no-such-module: cannot load module: {{.*}}no-such-module.so: cannot open shared object file
  load("no-such-module");
  wasmc_module *Counter = load("counter");
  wasmc_module *User = load("user");
  if (!Counter || !User)
    return 1;

  // --- One module, two instances: nothing is shared. ---
  wasmc_instance *A1 = wasmc_instantiate(wasmc_module_desc_of(Counter), NULL, &Out);
  wasmc_instance *A2 = wasmc_instantiate(wasmc_module_desc_of(Counter), NULL, &Out);
  if (!A1 || !A2) {
    printf("instantiate: %s\n", Out.message);
    return 1;
  }
  call_i32(A1, "bump", 0, 0, 0);
  call_i32(A1, "bump", 0, 0, 0);
  call_i32(A1, "bump", 0, 0, 0);
  call_i32(A2, "bump", 0, 0, 0);
  wasmc_extern G1, G2, M1, M2;
  wasmc_instance_get_export(A1, "count", &G1);
  wasmc_instance_get_export(A2, "count", &G2);
  wasmc_instance_get_export(A1, "mem", &M1);
  wasmc_instance_get_export(A2, "mem", &M2);
  // CHECK-NEXT: isolation: count 3 1, mem[0] 3 1, same memory 0
  printf("isolation: count %d %d, mem[0] %d %d, same memory %d\n",
         G1.global->i32, G2.global->i32, *(int32_t *)M1.memory->base,
         *(int32_t *)M2.memory->base, M1.memory == M2.memory);
  // The host writes a mutable global and memory; only A1 sees it.
  G1.global->i32 = 100;
  M1.memory->base[8] = 7;
  // CHECK-NEXT: host writes: bump 101 1-only 2, load 7 0
  printf("host writes: bump %d 1-only %d, load %d %d\n",
         call_i32(A1, "bump", 0, 0, 0), call_i32(A2, "bump", 0, 0, 0),
         call_i32(A1, "load", 8, 0, 1), call_i32(A2, "load", 8, 0, 1));
  wasmc_extern Answer;
  wasmc_instance_get_export(A1, "answer", &Answer);
  // CHECK-NEXT: answer: 42 type 0x7e mutable 0, memory pages 1
  printf("answer: %lld type 0x%x mutable %d, memory pages %llu\n",
         (long long)Answer.global->i64, Answer.global_type,
         Answer.global_mutable,
         (unsigned long long)(M1.memory->size / WASMC_PAGE_SIZE));

  // --- Traps are values; the instance stays usable. ---
  wasmc_value Args[2] = {{.i32 = 7}, {.i32 = 0}}, Res[2];
  wasmc_instance_call(A1, "div", Args, 2, Res, 1, &Out);
  char Name[64];
  // CHECK-NEXT: div by zero: trapped code 6 (integer divide by zero) in div
  printf("div by zero: %s code %d (%s) in %s\n", kind(&Out), Out.trap_code,
         Out.message,
         Out.num_frames ? wasmc_symbolize(Out.frames[0], Name, sizeof(Name))
                        : "?");
  // The frame as wasmc_describe_frame gives it: the i32.div_u is at 0x100
  // in counter.wasm (wasm-objdump -d).
  // CHECK-NEXT: div frame: function 2 div at 0x100, not inlined, no source
  // CHECK-NEXT: no depth 1: 0
  wasmc_frame F;
  if (Out.num_frames && wasmc_describe_frame(Out.frames[0], 0, &F))
    printf("div frame: function %u %s at 0x%x, %s, %s\n", F.func_index,
           F.func_name ? F.func_name : "?", F.wasm_offset,
           F.inlined ? "inlined" : "not inlined",
           F.file ? F.file : "no source");
  printf("no depth 1: %d\n", wasmc_describe_frame(Out.frames[0], 1, &F));
  // CHECK-NEXT: not wasm code: 0
  printf("not wasm code: %d\n", wasmc_describe_frame((uintptr_t)&main, 0, &F));
  // CHECK-NEXT: div again: 3
  printf("div again: %d\n", call_i32(A1, "div", 7, 2, 2));
  // CHECK-NEXT: load: trapped: out of bounds memory access
  call_i32(A1, "load", 65534, 0, 1);
  // CHECK-NEXT: recurse: trapped: call stack exhausted
  call_i32(A1, "recurse", 0, 0, 1);
  // CHECK-NEXT: after traps: bump 102
  printf("after traps: bump %d\n", call_i32(A1, "bump", 0, 0, 0));
  // CHECK-NEXT: div: error: function "div" (signature "ii:i") takes 2 arguments and returns 1 results; called with 1 and 1
  call_i32(A1, "div", 1, 1, 1);
  // CHECK-NEXT: nope: error: unknown export "nope"
  call_i32(A1, "nope", 0, 0, 0);
  // CHECK-NEXT: mem: error: export "mem" is not a function
  call_i32(A1, "mem", 0, 0, 0);

  // --- Typed values: multi-value, references. ---
  Args[0].i64 = -5;
  Args[1].f64 = 2.5;
  wasmc_instance_call(A1, "swap", Args, 2, Res, 2, &Out);
  // CHECK-NEXT: swap: returned 2.5 -5
  printf("swap: %s %g %lld\n", kind(&Out), Res[0].f64, (long long)Res[1].i64);
  wasmc_extern Add;
  wasmc_instance_get_export(A1, "add", &Add);
  Args[0].i32 = 0;
  wasmc_instance_call(A1, "get_ref", Args, 1, Res, 1, &Out);
  void *Ref0 = Res[0].ref;
  Args[0].i32 = 1;
  wasmc_instance_call(A1, "get_ref", Args, 1, Res, 1, &Out);
  // CHECK-NEXT: funcref: elem 0 is add 1, elem 1 null 1, add type "ii:i"
  printf("funcref: elem 0 is add %d, elem 1 null %d, add type \"%s\"\n",
         Ref0 == (void *)Add.funcref, Res[0].ref == NULL, Add.func_signature);
  Args[0].ref = (void *)(uintptr_t)(5 + 1); // the spec tests' ref.extern 5
  wasmc_instance_call(A1, "id_extern", Args, 1, Res, 1, &Out);
  // CHECK-NEXT: externref: 6
  printf("externref: %d\n", (int)(uintptr_t)Res[0].ref);
  Args[0].ref = NULL;
  wasmc_instance_call(A1, "is_null", Args, 1, Res, 1, &Out);
  // CHECK-NEXT: is_null(null): 1
  printf("is_null(null): %d\n", Res[0].i32);
  wasmc_instance_call_n(A1, "nul\0name", 8, NULL, 0, Res, 1, &Out);
  int32_t WithNul = Res[0].i32;
  wasmc_instance_call(A1, "nul\0name", NULL, 0, Res, 1, &Out);
  // CHECK-NEXT: names with NUL: 1 2
  printf("names with NUL: %d %d\n", WithNul, Res[0].i32);

  // --- Linking B against A1 and the host. ---
  wasmc_linker *L = wasmc_linker_new();
  wasmc_linker_define_instance(L, "a", A1);
  wasmc_extern Ext;
  int32_t Tag = 77;
  wasmc_extern_host_func("iIfF:Fi", host_mul, &Tag, &Ext);
  wasmc_linker_define(L, "host", "mul", &Ext);
  wasmc_extern_host_func("i:", host_fail, NULL, &Ext);
  wasmc_linker_define(L, "host", "fail", &Ext);
  memset(&Ext, 0, sizeof(Ext));
  Ext.kind = WASMC_EXTERN_FUNC;
  Ext.func_code = (const void *)host_native;
  Ext.func_signature = "ii:i";
  wasmc_linker_define(L, "host", "native", &Ext);
  wasmc_instance_config Config = {wasmc_linker_resolve, L, NULL};
  wasmc_instance *B = wasmc_instantiate(wasmc_module_desc_of(User), &Config, &Out);
  if (!B) {
    printf("instantiate user: %s\n", Out.message);
    return 1;
  }
  // CHECK-NEXT: B: add_via_a 5, reads A1 memory 102
  printf("B: add_via_a %d, reads A1 memory %d\n",
         call_i32(B, "add_via_a", 2, 3, 2), call_i32(B, "read_a_mem", 0, 0, 0));
  Args[0].i32 = 55;
  wasmc_instance_call(B, "set_count", Args, 1, Res, 0, &Out);
  // CHECK-NEXT: B set A1's global: 55, A1 bumps to 56, A2 still 2
  int32_t Set = G1.global->i32;
  printf("B set A1's global: %d, A1 bumps to %d, A2 still %d\n", Set,
         call_i32(A1, "bump", 0, 0, 0), G2.global->i32);
  wasmc_value MulArgs[4] = {{.i32 = 2}, {.i64 = 3}, {.f32 = 0.5f}, {.f64 = 10}};
  wasmc_instance_call(B, "mul", MulArgs, 4, Res, 2, &Out);
  // CHECK-NEXT: host mul: returned 30 77 calls 1
  printf("host mul: %s %g %d calls %d\n", kind(&Out), Res[0].f64, Res[1].i32,
         MulCalls);
  Args[0].i32 = 1;
  wasmc_instance_call(B, "fail", Args, 1, Res, 0, &Out);
  // CHECK-NEXT: host trap: trapped host function failed in calls_fail
  printf("host trap: %s %s in %s\n", kind(&Out), Out.message,
         Out.num_frames ? wasmc_symbolize(Out.frames[0], Name, sizeof(Name))
                        : "?");
  Args[0].i32 = 0;
  wasmc_instance_call(B, "fail", Args, 1, Res, 0, &Out);
  // CHECK-NEXT: host ok: returned
  printf("host ok: %s\n", kind(&Out));
  // CHECK-NEXT: import with NUL: 1
  printf("import with NUL: %d\n", call_i32(B, "call_nul", 0, 0, 0));
  int32_t Native = call_i32(B, "call_native", 4, 2, 2);
  // CHECK-NEXT: native host function: 402 called with B's vmctx 1
  printf("native host function: %d called with B's vmctx %d\n", Native,
         NativeCaller == wasmc_instance_vmctx(B));

  // --- Import type mismatches are link errors. ---
  const char *const Bad[] = {"bad-func", "bad-memory", "bad-global",
                             "bad-kind"};
  for (int K = 0; K < 4; ++K) {
    wasmc_module *M = load(Bad[K]);
    wasmc_instance *I = M ? wasmc_instantiate(wasmc_module_desc_of(M), &Config, &Out) : NULL;
    printf("%s: %s %s\n", Bad[K], I ? "linked" : kind(&Out), Out.message);
  }
  // CHECK-NEXT: bad-func: error incompatible import type for "a" "add": expected (f32) -> (), got (i32, i32) -> (i32)
  // CHECK-NEXT: bad-memory: error incompatible import type for "a" "mem": expected memory {min 2, max 3}, got memory {min 1, max 4}
  // CHECK-NEXT: bad-global: error incompatible import type for "a" "answer": expected global (mut i64), got global i64
  // CHECK-NEXT: bad-kind: error incompatible import type for "a" "count": expected a function, got a global
  wasmc_instance *Unlinked = wasmc_instantiate(wasmc_module_desc_of(User), NULL, &Out);
  // CHECK-NEXT: no linker: 1 unknown import: function "a" "add"
  printf("no linker: %d %s\n", Unlinked == NULL, Out.message);

  // --- WASI through the linker; proc_exit is an outcome, not an exit. ---
  wasmc_module *Wasi = load("wasi");
  wasmc_instance *W = Wasi ? wasmc_instantiate(wasmc_module_desc_of(Wasi), &Config, &Out) : NULL;
  if (!W) {
    printf("instantiate wasi: %s\n", Out.message);
    return 1;
  }
  fflush(stdout);
  // CHECK-NEXT: hello from wasi
  // CHECK-NEXT: fd_write: 0
  printf("fd_write: %d\n", call_i32(W, "hello", 0, 0, 0));
  Args[0].i32 = 3;
  wasmc_instance_call(W, "exit", Args, 1, Res, 0, &Out);
  // CHECK-NEXT: proc_exit: exited 3
  printf("proc_exit: %s %d\n", kind(&Out), Out.exit_code);

  // --- Instances come and go without exhausting the runtime. ---
  int Made = 0;
  for (int K = 0; K < 2000; ++K) {
    wasmc_instance *I = wasmc_instantiate(wasmc_module_desc_of(Counter), NULL, &Out);
    if (!I) {
      printf("instance %d: %s\n", K, Out.message);
      break;
    }
    Made += call_i32(I, "bump", 0, 0, 0);
    wasmc_instance_destroy(I);
  }
  // CHECK-NEXT: short-lived instances: 2000
  printf("short-lived instances: %d\n", Made);

  wasmc_linker_delete(L);
  wasmc_instance_destroy(B);
  wasmc_instance_destroy(A2);
  // CHECK-NEXT: done
  printf("done\n");
  return 0;
}
