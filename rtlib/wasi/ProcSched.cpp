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

/// WASI signal numbers 1..30 (witx `signal`) whose default action is to
/// ignore the signal; every other one terminates.
static bool ignoredByDefault(int32_t Sig) {
  switch (Sig) {
  case 16: // chld
  case 17: // cont
  case 22: // urg
  case 27: // winch
    return true;
  }
  return false;
}

/// The guest cannot install handlers, so a raised signal takes its default
/// action: ignored ones do nothing, stop signals (stop, tstp, ttin, ttou)
/// do nothing either (stopping the host process is not the guest's to
/// decide), and the rest end the guest the way a process killed by that
/// signal ends: exit status 128 + the WASI signal number. No host signal is
/// raised, so the runtime's handlers and the embedder are unaffected.
extern "C" int32_t wasmc_wasi_proc_raise(wasmc_vmctx *V, int32_t Sig) {
  if (Sig < 0 || Sig > 30)
    return WasiInval;
  if (Sig == 0 || ignoredByDefault(Sig) || Sig == 18 || Sig == 19 ||
      Sig == 20 || Sig == 21)
    return WasiSuccess;
  exitFromHost(128 + Sig);
}

extern "C" int32_t wasmc_wasi_sched_yield(wasmc_vmctx *V) {
  sched_yield();
  return WasiSuccess;
}
