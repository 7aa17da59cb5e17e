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
// subtracted in one go, before the instruction that ends the run (a branch,
// call, throw or block boundary), from a local copy of vmctx->fuel that
// LLVM keeps in a register. The copy is stored to vmctx->fuel before every
// call, throw and return, and before an out-of-fuel trap, so that a callee,
// a host function and the host after the call see the count of everything
// run before; it is reloaded after a call and in a landing pad, since the
// callee charged its own instructions. Checks are where epoch checks are, at
// function entries and loop headers, which every unbounded execution passes: a
// guest overruns its budget by at most one function's or one iteration's
// straight-line code. Any other trap leaves vmctx->fuel as the last call or
// return stored it.
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

/// Whether Op leaves the function's code for another's (which charges
/// vmctx->fuel itself) or for the runtime's unwinder.
static bool callsOut(Opcode Op) {
  switch (Op) {
  case Opcode::Throw:
  case Opcode::ThrowRef:
  case Opcode::Rethrow:
    return true;
  default:
    return opcodeFamily(Op) == OpFamily::Call;
  }
}

void FunctionLowering::saveFuel() {
  if (!FuelVar)
    return;
  Value *Left = B.CreateLoad(MC.I64Ty, FuelVar, "fuel");
  Value *Field = B.CreateConstInBoundsGEP1_64(MC.I8Ty, VMCtx, WASMC_VMCTX_FUEL,
                                              "fuel.ptr");
  markVMCtx(B.CreateAlignedStore(Left, Field, MC.stateAlign(MC.I64Ty)));
}

void FunctionLowering::loadFuel() {
  if (!FuelVar)
    return;
  B.CreateStore(MC.loadField(B, VMCtx, WASMC_VMCTX_FUEL, MC.I64Ty,
                             /*Invariant=*/false, "fuel"),
                FuelVar);
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
  if (!endsRun(I.Op))
    return;
  if (PendingFuel) {
    Value *Left = B.CreateLoad(MC.I64Ty, FuelVar, "fuel");
    B.CreateStore(B.CreateSub(Left, i64(PendingFuel), "fuel.left"), FuelVar);
    PendingFuel = 0;
  }
  if (callsOut(I.Op))
    saveFuel();
}

void FunctionLowering::fuelAfter(const Instr &I) {
  if (FuelVar && callsOut(I.Op) && !B.GetInsertBlock()->getTerminator())
    loadFuel();
}

void FunctionLowering::fuelCheck() {
  if (!MC.Opts.FuelMetering)
    return;
  if (!FuelVar) {
    // In the entry block, so that it dominates every use.
    IRBuilder<> EB(Entry->getTerminator());
    FuelVar = EB.CreateAlloca(MC.I64Ty, nullptr, "fuel.var");
    EB.CreateStore(MC.loadField(EB, VMCtx, WASMC_VMCTX_FUEL, MC.I64Ty,
                                /*Invariant=*/false, "fuel"),
                   FuelVar);
  }
  Value *Spent = B.CreateICmpSLT(B.CreateLoad(MC.I64Ty, FuelVar, "fuel"),
                                 i64(0), "fuel.spent");
  // The host reads what is left (0) after the trap.
  BasicBlock *Out = BasicBlock::Create(MC.Ctx, "trap.OUT_OF_FUEL", F);
  BasicBlock *Cont = BasicBlock::Create(MC.Ctx, "fuel.ok", F);
  B.CreateCondBr(Spent, Out, Cont, MC.unlikely());
  B.SetInsertPoint(Out);
  saveFuel();
  trap(WASMC_TRAP_OUT_OF_FUEL);
  SiteTrapBlocks.push_back(Out);
  B.SetInsertPoint(Cont);
}

} // namespace wasmc
