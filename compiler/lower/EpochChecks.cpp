//===- EpochChecks.cpp - Deadline checks for interruption -----------------===//
//
// With --epoch-interruption every function entry and loop header compares
// the process-wide epoch counter (vmctx->epoch, which hosts advance from any
// thread) with the instance's deadline, so every loop and every recursion
// passes a check. The deadline is read once per call into a local, as
// Wasmtime's epoch checks do: a check is then one relaxed atomic load and a
// compare, and only the cold path, taken once the epoch has reached the
// deadline, calls the runtime (which traps, or returns the deadline the
// host moved meanwhile).
//
//===----------------------------------------------------------------------===//
#include "lower/FunctionLowering.h"
#include "llvm/IR/CFG.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

namespace wasmc {

BranchInst *FunctionLowering::epochCheck() {
  if (!MC.Opts.EpochChecks)
    return nullptr;
  if (!EpochPtr) {
    // In the entry block, so that they dominate every check.
    IRBuilder<> EB(Entry->getTerminator());
    EpochPtr = MC.loadField(EB, VMCtx, WASMC_VMCTX_EPOCH, MC.PtrTy,
                            /*Invariant=*/true, "epoch.ptr");
    EpochDeadline = EB.CreateAlloca(MC.I64Ty, nullptr, "epoch.deadline");
    EB.CreateStore(MC.loadField(EB, VMCtx, WASMC_VMCTX_EPOCH_DEADLINE,
                                MC.I64Ty, /*Invariant=*/false, "deadline"),
                   EpochDeadline);
  }
  // Atomic, so that LLVM neither hoists the load out of a loop nor assumes
  // the value cannot change behind its back.
  LoadInst *Now = B.CreateAlignedLoad(MC.I64Ty, EpochPtr, Align(8), "epoch");
  Now->setAtomic(AtomicOrdering::Monotonic);
  Value *Deadline = B.CreateLoad(MC.I64Ty, EpochDeadline, "deadline");
  BasicBlock *Reached = BasicBlock::Create(MC.Ctx, "epoch.reached", F);
  BasicBlock *Cont = BasicBlock::Create(MC.Ctx, "epoch.ok", F);
  BranchInst *Br =
      B.CreateCondBr(B.CreateICmpUGE(Now, Deadline, "epoch.passed"), Reached,
                     Cont, MC.unlikely());
  IRBuilder<> RB(Reached);
  RB.SetCurrentDebugLocation(B.getCurrentDebugLocation());
  CallInst *Moved =
      RB.CreateCall(MC.runtime(RuntimeFn::EpochReached), {VMCtx});
  markTrapSite(Moved);
  RB.CreateStore(Moved, EpochDeadline);
  RB.CreateBr(Cont);
  EpochBlocks.push_back(Reached);
  B.SetInsertPoint(Cont);
  return Br;
}

void FunctionLowering::elideLeafEpochCheck(BranchInst *Br) {
  BasicBlock *Reached = Br->getSuccessor(0);
  BranchInst::Create(Br->getSuccessor(1), Br);
  // The compare and its loads, by hand: an atomic load never counts as
  // trivially dead.
  auto *Cmp = cast<Instruction>(Br->getCondition());
  Br->eraseFromParent();
  auto *Now = cast<Instruction>(Cmp->getOperand(0));
  auto *Deadline = cast<Instruction>(Cmp->getOperand(1));
  Cmp->eraseFromParent();
  Now->eraseFromParent();
  Deadline->eraseFromParent();
  if (pred_empty(Reached)) {
    llvm::erase(EpochBlocks, Reached);
    DeleteDeadBlock(Reached);
  }
  if (!EpochBlocks.empty())
    return;
  // No check is left: neither is the set-up in the entry block (-O0 would
  // keep it).
  for (User *U : make_early_inc_range(EpochDeadline->users())) {
    auto *Init = cast<StoreInst>(U);
    Value *Read = Init->getValueOperand();
    Init->eraseFromParent();
    RecursivelyDeleteTriviallyDeadInstructions(Read);
  }
  EpochDeadline->eraseFromParent();
  RecursivelyDeleteTriviallyDeadInstructions(EpochPtr);
  EpochPtr = nullptr;
  EpochDeadline = nullptr;
}

} // namespace wasmc
