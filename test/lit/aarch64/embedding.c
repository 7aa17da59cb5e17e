// Embedding on AArch64 Linux: modules built with `wasmc --target
// aarch64-linux-gnu --shared`, loaded by a host cross-compiled against the
// AArch64 shared runtime (librtlib.so, target rtlib_shared_aarch64) and run
// under qemu-aarch64. Traps -- a guard-page fault caught by the shared
// runtime's signal handler, a division, stack exhaustion -- come back as
// values, and WASI calls resolve to the runtime's. (test/lit/embedding/
// api.c covers the API itself on x86-64; its 2000-instance loop maps 8 GiB
// per instance, which qemu-user makes far too slow for CI.)
//
// REQUIRES: aarch64-qemu
// RUN: rm -rf %t && mkdir -p %t
// RUN: for m in counter wasi; do \
// RUN:   wat2wasm --debug-names %S/../embedding/Inputs/$m.wat -o %t/$m.wasm && \
// RUN:   wasmc --target aarch64-linux-gnu --shared -O1 %t/$m.wasm -o %t/$m.so || exit 1; done
//
// The module: an AArch64 shared object that exports only the descriptor
// and takes the runtime's entry points from the process.
// RUN: llvm-readobj --file-headers %t/counter.so | FileCheck %s --check-prefix=ELF
// ELF: Format: elf64-littleaarch64
// ELF: Type: SharedObject
// ELF: Machine: EM_AARCH64
// RUN: llvm-nm -D --defined-only %t/counter.so | FileCheck %s --check-prefix=DEFINED
// DEFINED-NOT: wasm_func
// DEFINED: D wasmc_module_descriptor
// DEFINED-NOT: wasm
// RUN: llvm-nm -D --undefined-only %t/counter.so | FileCheck %s --check-prefix=UNDEF
// UNDEF: U wasmc_rt_trap
// RUN: llvm-readelf --dynamic %t/counter.so | FileCheck %s --check-prefix=DYN
// DYN-NOT: NEEDED{{.*}}rtlib
// DYN: SYMBOLIC
//
// The runtime: an AArch64 shared object exporting the embedding API and
// the entry points, depending on libc only.
// RUN: llvm-readobj --file-headers %rtlib_dir/aarch64-linux-gnu/librtlib.so | FileCheck %s --check-prefix=ELF
// RUN: llvm-nm -D --defined-only %rtlib_dir/aarch64-linux-gnu/librtlib.so | FileCheck %s --check-prefix=RT
// RT-DAG: T wasmc_instantiate
// RT-DAG: T wasmc_module_load
// RT-DAG: T wasmc_rt_trap
// RT-DAG: T wasmc_runtime_init
// RUN: llvm-readelf --dynamic %rtlib_dir/aarch64-linux-gnu/librtlib.so | FileCheck %s --check-prefix=RTDYN
// RTDYN-NOT: NEEDED{{.*}}libstdc++
// RTDYN: NEEDED{{.*}}libc.so.6
// RTDYN-NOT: NEEDED{{.*}}libstdc++
//
// RUN: clang-19 --target=aarch64-linux-gnu -fuse-ld=lld -O1 -Wall -Werror -I%src_root/rtlib/include %s -L%rtlib_dir/aarch64-linux-gnu -lrtlib -Wl,-rpath,%rtlib_dir/aarch64-linux-gnu -o %t/host
// RUN: llvm-readobj --file-headers %t/host | FileCheck %s --check-prefix=HOST
// HOST: Machine: EM_AARCH64
// RUN: %qemu-aarch64 %t/host %t > %t/out 2>&1
// RUN: FileCheck %s < %t/out

#include "wasmc/rtlib.h"

#include <stdint.h>
#include <stdio.h>

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
    char Frame[64] = "?";
    if (Out.num_frames)
      wasmc_symbolize(Out.frames[0], Frame, sizeof(Frame));
    printf("%s: %s: %s (code %d) in %s\n", Name, kind(&Out), Out.message,
           Out.trap_code, Frame);
    return -1;
  }
  return Res[0].i32;
}

int main(int Argc, char **Argv) {
  Dir = Argv[1];
  if (wasmc_runtime_init() != 0)
    return 1;
  wasmc_outcome Out;
  wasmc_module *Counter = load("counter");
  if (!Counter)
    return 1;

  // Two instances of one module share nothing.
  wasmc_instance *A1 =
      wasmc_instantiate(wasmc_module_desc_of(Counter), NULL, &Out);
  wasmc_instance *A2 =
      wasmc_instantiate(wasmc_module_desc_of(Counter), NULL, &Out);
  if (!A1 || !A2) {
    printf("instantiate: %s\n", Out.message);
    return 1;
  }
  call_i32(A1, "bump", 0, 0, 0);
  call_i32(A1, "bump", 0, 0, 0);
  call_i32(A2, "bump", 0, 0, 0);
  wasmc_extern M1;
  wasmc_instance_get_export(A1, "mem", &M1);
  int32_t C1 = call_i32(A1, "bump", 0, 0, 0);
  int32_t C2 = call_i32(A2, "bump", 0, 0, 0);
  // CHECK: isolation: 3 2, mem[0] 3
  printf("isolation: %d %d, mem[0] %d\n", C1, C2,
         *(int32_t *)M1.memory->base);
  // CHECK-NEXT: add: 42
  printf("add: %d\n", call_i32(A1, "add", 40, 2, 2));

  // Traps are values; the instance stays usable after each.
  // CHECK-NEXT: div: trapped: integer divide by zero (code 6) in div
  call_i32(A1, "div", 7, 0, 2);
  // CHECK-NEXT: load: trapped: out of bounds memory access (code {{[0-9]+}}) in load
  call_i32(A1, "load", 65534, 0, 1);
  // CHECK-NEXT: load: trapped: out of bounds memory access (code {{[0-9]+}}) in load
  call_i32(A1, "load", -4, 0, 1);
  // CHECK-NEXT: recurse: trapped: call stack exhausted (code {{[0-9]+}}) in recurse
  call_i32(A1, "recurse", 0, 0, 1);
  int32_t Div = call_i32(A1, "div", 7, 2, 2);
  // CHECK-NEXT: after traps: div 3, load 3
  printf("after traps: div %d, load %d\n", Div,
         call_i32(A1, "load", 0, 0, 1));

  // WASI functions resolve to the runtime's; proc_exit is an outcome.
  wasmc_module *Wasi = load("wasi");
  wasmc_instance *W =
      Wasi ? wasmc_instantiate(wasmc_module_desc_of(Wasi), NULL, &Out) : NULL;
  if (!W) {
    printf("instantiate wasi: %s\n", Out.message);
    return 1;
  }
  fflush(stdout);
  // CHECK-NEXT: hello from wasi
  // CHECK-NEXT: fd_write: 0
  printf("fd_write: %d\n", call_i32(W, "hello", 0, 0, 0));
  wasmc_value Args[1] = {{.i32 = 3}};
  wasmc_instance_call(W, "exit", Args, 1, NULL, 0, &Out);
  // CHECK-NEXT: proc_exit: exited 3
  printf("proc_exit: %s %d\n", kind(&Out), Out.exit_code);

  // A few instances come and go (each reserves its guarded memory).
  int Made = 0;
  for (int K = 0; K < 8; ++K) {
    wasmc_instance *I =
        wasmc_instantiate(wasmc_module_desc_of(Counter), NULL, &Out);
    if (!I)
      break;
    Made += call_i32(I, "bump", 0, 0, 0);
    wasmc_instance_destroy(I);
  }
  // CHECK-NEXT: short-lived instances: 8
  printf("short-lived instances: %d\n", Made);
  wasmc_instance_destroy(W);
  wasmc_instance_destroy(A2);
  wasmc_instance_destroy(A1);
  wasmc_module_unload(Wasi);
  wasmc_module_unload(Counter);
  // CHECK-NEXT: done
  printf("done\n");
  return 0;
}
