//===- AddressWidening.cpp - 32-bit addresses as 64-bit sums -------------===//
#include "codegen/AddressWidening.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"

using namespace llvm;

namespace wasmc {

/// zext(A + B) as sext(A) + sext(B), if that is what it is.
static bool widen(ZExtInst &Z, ScalarEvolution &SE) {
  auto *Add = dyn_cast<BinaryOperator>(Z.getOperand(0));
  if (!Add || Add->getOpcode() != Instruction::Add ||
      !Add->getType()->isIntegerTy(32) || !Z.getType()->isIntegerTy(64))
    return false;
  Value *A = Add->getOperand(0), *B = Add->getOperand(1);
  if (!SE.willNotOverflow(Instruction::Add, /*Signed=*/true, SE.getSCEV(A),
                          SE.getSCEV(B), Add) ||
      !SE.isKnownNonNegative(SE.getSCEV(Add)))
    return false;
  IRBuilder<> IRB(&Z);
  Value *Wide = IRB.CreateAdd(IRB.CreateSExt(A, Z.getType()),
                              IRB.CreateSExt(B, Z.getType()),
                              Z.getName() + ".wide", /*HasNUW=*/false,
                              /*HasNSW=*/true);
  Z.replaceAllUsesWith(Wide);
  return true;
}

PreservedAnalyses AddressWideningPass::run(Function &F,
                                           FunctionAnalysisManager &AM) {
  LoopInfo &LI = AM.getResult<LoopAnalysis>(F);
  if (LI.empty())
    return PreservedAnalyses::all();
  ScalarEvolution &SE = AM.getResult<ScalarEvolutionAnalysis>(F);
  SmallVector<ZExtInst *, 16> Done;
  // Only in loops: elsewhere the masks cost nothing that matters, and SCEV
  // knows little more than InstCombine.
  for (Loop *L : LI.getLoopsInPreorder())
    for (BasicBlock *BB : L->getBlocks()) {
      if (LI.getLoopFor(BB) != L)
        continue;
      for (Instruction &I : *BB)
        if (auto *Z = dyn_cast<ZExtInst>(&I); Z && widen(*Z, SE))
          Done.push_back(Z);
    }
  if (Done.empty())
    return PreservedAnalyses::all();
  for (ZExtInst *Z : Done) {
    SE.forgetValue(Z);
    Z->eraseFromParent();
  }
  PreservedAnalyses PA;
  PA.preserveSet<CFGAnalyses>();
  return PA;
}

} // namespace wasmc
