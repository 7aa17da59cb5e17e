// A fault is a Wasm trap only when the faulting PC is in compiled Wasm code
// AND the address is in a linear-memory reservation. Wasm code cannot fault
// in host code by itself, so this test plays the compiler: a C function
// placed in the wasmc_text section stands in for compiled code, and a
// hand-written module descriptor describes it.
//
// REQUIRES: x86_64, linux
// RUN: clang-19 -O1 -fno-omit-frame-pointer -I%src_root/rtlib/include %s %rtlib_dir/x86_64-linux-gnu/librtlib.a -o %t
//
// Control: the same reservation address accessed from "Wasm" code traps.
// RUN: %t wasm-in-reservation > %t.1 2>&1 || echo "exit code: $?" >> %t.1
// RUN: FileCheck %s --check-prefix=TRAP < %t.1
// TRAP:      wasm trap: out of bounds memory access
// TRAP-NEXT:   #0 {{(0x[0-9a-f]+: )?}}touch_reservation
// TRAP-NEXT:   #1 {{(0x[0-9a-f]+: )?}}_start
// TRAP-NEXT: exit code: 134
//
// Host code (a runtime-imported function, here plain C outside wasmc_text)
// faulting inside the reservation is a host crash: SIGSEGV, no trap report.
// RUN: not --crash %t host-in-reservation > %t.2 2>&1
// RUN: FileCheck %s --check-prefix=CRASH --allow-empty < %t.2
// CRASH-NOT: wasm trap
//
// Wasm code faulting outside any reservation is not a trap either.
// RUN: not --crash %t wasm-outside > %t.3 2>&1
// RUN: FileCheck %s --check-prefix=CRASH --allow-empty < %t.3
//
// A handler the host installed before the runtime still gets host faults.
// RUN: %t host-handler > %t.4 2>&1 || echo "exit code: $?" >> %t.4
// RUN: FileCheck %s --check-prefix=FORWARD < %t.4
// FORWARD:      host handler saw SIGSEGV
// FORWARD-NEXT: exit code: 42

#include "wasmc/rtlib.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

#define WASM_CODE __attribute__((section("wasmc_text"), noinline))
extern char __start_wasmc_text[], __stop_wasmc_text[];

static const char *Mode;
volatile int Sink;

// Host code: writes 4 GiB past the base, inside the PROT_NONE reservation.
__attribute__((noinline)) void host_touch(wasmc_vmctx *vm) {
  *(volatile int *)(vm->mem0_base + (4ull << 30)) = 1;
}

WASM_CODE void touch_reservation(wasmc_vmctx *vm) {
  *(volatile int *)(vm->mem0_base + (4ull << 30)) = 1;
  Sink++;
}

WASM_CODE void start(wasmc_vmctx *vm) {
  if (!strcmp(Mode, "wasm-in-reservation"))
    touch_reservation(vm);
  else if (!strcmp(Mode, "wasm-outside"))
    *(volatile int *)(uintptr_t)64 = 1;
  else
    host_touch(vm);
  Sink++;
}

WASM_CODE void start_trampoline(wasmc_vmctx *vm, wasmc_value *args) {
  start(vm);
  Sink++;
}

static const wasmc_type_desc Types[] = {{":"}};
static const wasmc_func_desc Funcs[] = {
    {"touch_reservation", (const void *)touch_reservation, 0},
    {"_start", (const void *)start, 0}};
static const wasmc_export_desc Exports[] = {
    {"_start", WASMC_EXTERN_FUNC, 1, start_trampoline}};
static const wasmc_memory_desc Memories[] = {{{1, 1, 1}}};
static const wasmc_module_desc Desc = {
    WASMC_ABI_VERSION, 1, Types, 0, NULL, 2, Funcs, 0, NULL, 1, Memories,
    0, NULL, 1, Exports, 0, NULL, 0, NULL, -1,
    __start_wasmc_text, __stop_wasmc_text, 0};

static void hostHandler(int Sig, siginfo_t *Info, void *Ctx) {
  static const char Msg[] = "host handler saw SIGSEGV\n";
  write(2, Msg, sizeof(Msg) - 1);
  _exit(42);
}

int main(int argc, char **argv) {
  Mode = argc > 1 ? argv[1] : "";
  if (!strcmp(Mode, "host-handler")) {
    struct sigaction SA;
    memset(&SA, 0, sizeof(SA));
    SA.sa_sigaction = hostHandler;
    SA.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &SA, NULL);
  }
  if (wasmc_runtime_init() != 0)
    return 2;
  wasmc_outcome Out;
  wasmc_instance *I = wasmc_instantiate(&Desc, NULL, &Out);
  if (!I)
    return 3;
  wasmc_value Args[1];
  wasmc_instance_invoke(I, wasmc_instance_find_export(I, "_start"), Args, &Out);
  if (Out.kind == WASMC_OUTCOME_TRAPPED) {
    wasmc_print_trap(2, &Out);
    return 134;
  }
  return 0;
}
