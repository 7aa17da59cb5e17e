//===- FuelMetering.cpp - Deterministic instruction budgets ---------------===//
//
// With --fuel-metering the code counts the Wasm instructions it runs
// against vmctx->fuel, so that a host can bound a guest's work in a way
// that does not depend on the machine's speed or load: the same run stops
// at the same instruction everywhere, as with Wasmtime's fuel (whose costs
// this follows: structure, nop, drop, unreachable and return are free,
// every other instruction costs one unit).
//
// Counting happens at compile time: a straight-line run's units are
// subtracted from vmctx->fuel in one go, before the instruction that ends
// the run (a branch, call, throw or block boundary), so that a callee, a
// host function and a trap handler see the count of everything before the
// call. Checks are where epoch checks are, at function entries and loop
// headers, which every unbounded execution passes: a guest overruns its
// budget by at most one function's or one iteration's straight-line code.
// A trap in the middle of a run leaves that run's units uncharged.
//
//===----------------------------------------------------------------------===//
#include "lower/FunctionLowering.h"

using namespace llvm;

namespace wasmc {

/// Instructions that do no work at run time cost nothing.
static bool isFree(Opcode Op) {
  switch (Op) {
  case Opcode::Nop:
  case Opcode::Drop:
  case Opcode::Block:
  case Opcode::Loop:
  case Opcode::Unreachable:
  case Opcode::Return:
  case Opcode::Else:
  case Opcode::End:
    return true;
  default:
    return false;
  }
}

/// Whether Op may transfer control, so that the run before it is charged.
static bool endsRun(Opcode Op) {
  switch (opcodeFamily(Op)) {
  case OpFamily::Control:
  case OpFamily::Call:
  case OpFamily::Exception:
    return Op != Opcode::Nop;
  default:
    return false;
  }
}

void FunctionLowering::meterFuel(const Instr &I) {
  if (!MC.Opts.FuelMetering)
    return;
  // The `else` or `end` that revives dead code: nothing before it ran.
  if (Controls.back().Unreachable || B.GetInsertBlock()->getTerminator()) {
    PendingFuel = 0;
    return;
  }
  PendingFuel += isFree(I.Op) ? 0 : 1;
  if (!endsRun(I.Op) || PendingFuel == 0)
    return;
  Value *Ptr = B.CreateConstInBoundsGEP1_64(MC.I8Ty, VMCtx, WASMC_VMCTX_FUEL,
                                            "fuel.ptr");
  LoadInst *Left = B.CreateAlignedLoad(MC.I64Ty, Ptr, Align(8), "fuel");
  markVMCtx(Left);
  StoreInst *Charged = B.CreateAlignedStore(
      B.CreateSub(Left, i64(PendingFuel), "fuel.left"), Ptr, Align(8));
  markVMCtx(Charged);
  PendingFuel = 0;
}

void FunctionLowering::fuelCheck() {
  if (!MC.Opts.FuelMetering)
    return;
  LoadInst *Left = MC.loadField(B, VMCtx, WASMC_VMCTX_FUEL, MC.I64Ty,
                                /*Invariant=*/false, "fuel");
  trapIf(B.CreateICmpSLT(Left, i64(0), "fuel.spent"), WASMC_TRAP_OUT_OF_FUEL);
}

} // namespace wasmc
