//===- LoopVersioning.cpp - Two copies of a loop, chosen on entry ---------===//
#include "codegen/LoopVersioning.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolutionExpressions.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Cloning.h"

using namespace llvm;

namespace wasmc {

const SCEVAddRecExpr *affineRec(const SCEV *S, const Loop &L,
                                ScalarEvolution &SE) {
  const auto *AR = dyn_cast<SCEVAddRecExpr>(S);
  if (!AR || AR->getLoop() != &L || !AR->isAffine() ||
      !isa<SCEVConstant>(AR->getStepRecurrence(SE)))
    return nullptr;
  return AR;
}

Loop *versionLoop(Loop &L, Value *Cond, StringRef Suffix, DominatorTree &DT,
                  LoopInfo &LI, Function &F) {
  BasicBlock *CondBB = L.getLoopPreheader();
  BasicBlock *Header = L.getHeader();
  BasicBlock *PH = SplitBlock(CondBB, CondBB->getTerminator(), &DT, &LI,
                              nullptr, Header->getName() + ".ph");
  ValueToValueMapTy VMap;
  SmallVector<BasicBlock *, 16> CloneBlocks;
  Loop *Clone = cloneLoopWithPreheader(PH, CondBB, &L, VMap, Suffix, &LI, &DT,
                                       CloneBlocks);
  remapInstructionsInBlocks(CloneBlocks, VMap);
  // L is in LCSSA form, so every value leaving it does so through a phi in
  // an exit block: give those phis the clone's values too.
  SmallVector<BasicBlock *, 8> Exits;
  L.getUniqueExitBlocks(Exits);
  for (BasicBlock *Exit : Exits)
    for (PHINode &Phi : Exit->phis())
      for (unsigned I = 0, E = Phi.getNumIncomingValues(); I != E; ++I) {
        BasicBlock *From = Phi.getIncomingBlock(I);
        if (!L.contains(From))
          continue;
        Value *V = Phi.getIncomingValue(I);
        Value *Mapped = V;
        if (auto It = VMap.find(V); It != VMap.end())
          Mapped = It->second;
        Phi.addIncoming(Mapped, cast<BasicBlock>(VMap[From]));
      }
  Instruction *OldTerm = CondBB->getTerminator();
  BranchInst *Dispatch =
      BranchInst::Create(PH, Clone->getLoopPreheader(), Cond, OldTerm);
  Dispatch->setMetadata(LLVMContext::MD_prof,
                        MDBuilder(F.getContext()).createLikelyBranchWeights());
  OldTerm->eraseFromParent();
  DT.recalculate(F);
  return Clone;
}

void markColdLoop(Loop &L, StringRef Tag) {
  LLVMContext &Ctx = L.getHeader()->getContext();
  SmallVector<Metadata *, 4> Ops{nullptr};
  Ops.push_back(
      MDNode::get(Ctx, MDString::get(Ctx, "llvm.loop.unroll.disable")));
  Ops.push_back(
      MDNode::get(Ctx, {MDString::get(Ctx, "llvm.loop.vectorize.enable"),
                        ConstantAsMetadata::get(ConstantInt::getFalse(Ctx))}));
  if (!Tag.empty())
    Ops.push_back(MDNode::get(Ctx, MDString::get(Ctx, Tag)));
  MDNode *ID = MDNode::getDistinct(Ctx, Ops);
  ID->replaceOperandWith(0, ID);
  L.setLoopID(ID);
}

bool hasLoopTag(const Loop &L, StringRef Tag) {
  MDNode *ID = L.getLoopID();
  if (!ID)
    return false;
  for (const MDOperand &Op : drop_begin(ID->operands()))
    if (auto *N = dyn_cast<MDNode>(Op.get()); N && N->getNumOperands() == 1)
      if (auto *S = dyn_cast<MDString>(N->getOperand(0));
          S && S->getString() == Tag)
        return true;
  return false;
}

} // namespace wasmc
