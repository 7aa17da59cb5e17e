//===- wasi/ProcSched.cpp - proc_exit, proc_raise, sched_yield ------------===//
#include "traps/TrapState.h"
#include "wasi/Wasi.h"

#include <sched.h>

using namespace wasmc::rt;

/// proc_exit unwinds to the entry guard like a trap does, so that the
/// embedder decides what an exit means (executables exit with the code; a
/// library embedding keeps running). It never calls exit() from inside Wasm
/// frames.
extern "C" void wasmc_wasi_proc_exit(wasmc_vmctx *V, int32_t Code) {
  exitFromHost(Code);
}

/// Raising host signals on behalf of the guest is not supported (WASI
/// itself deprecated proc_raise).
extern "C" int32_t wasmc_wasi_proc_raise(wasmc_vmctx *V, int32_t Sig) {
  return WasiNoSys;
}

extern "C" int32_t wasmc_wasi_sched_yield(wasmc_vmctx *V) {
  sched_yield();
  return WasiSuccess;
}
