//===- StackCheck.cpp - The stack-limit check at a function's entry -------===//
#include "lower/StackCheck.h"
#include "lower/RuntimeFn.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

namespace wasmc {

BasicBlock *removeEntryStackCheck(Function &F) {
  auto *Br = dyn_cast<BranchInst>(F.getEntryBlock().getTerminator());
  if (!Br || !Br->isConditional())
    return nullptr;
  for (unsigned K = 0; K < 2; ++K) {
    BasicBlock *Check = Br->getSuccessor(K);
    auto *Call = dyn_cast<CallInst>(Check->getFirstNonPHI());
    Function *Callee = Call ? Call->getCalledFunction() : nullptr;
    if (!Callee || Callee->getName() != runtimeSymbol(RuntimeFn::StackCheck))
      continue;
    Value *Cond = Br->getCondition();
    Check->removePredecessor(Br->getParent());
    BranchInst::Create(Br->getSuccessor(1 - K), Br);
    Br->eraseFromParent();
    RecursivelyDeleteTriviallyDeadInstructions(Cond);
    return Check;
  }
  return nullptr;
}

} // namespace wasmc
