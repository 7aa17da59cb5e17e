//===- RecursionInlining.cpp - Self-recursion inlined two levels deep -----===//
#include "codegen/RecursionInlining.h"
#include "lower/StackCheck.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Transforms/Utils/Cloning.h"

using namespace llvm;

/// For measuring what the pass buys (WASMC_LLVM_OPTIONS=
/// -wasmc-recursion-inlining=false); not part of the interface.
static cl::opt<bool> EnableRecursionInlining(
    "wasmc-recursion-inlining", cl::Hidden, cl::init(true),
    cl::desc("Inline small self-recursive functions into themselves"));

namespace wasmc {

namespace {

/// A body larger than this (IR instructions, before optimisation) is left
/// alone: each round copies it once per self-call site.
constexpr unsigned MaxInstructions = 120;
constexpr unsigned MaxSelfCalls = 2;
/// Rounds of inlining: each halves the calls the recursion makes again.
constexpr unsigned Rounds = 2;

/// F's direct self-calls, if F is small enough and they are plain calls.
/// Not in a function with a guaranteed tail call: inlined at a call that is
/// not one, its return_call would become an ordinary call, and a chain of
/// them could no longer run in constant stack.
SmallVector<CallInst *, 2> selfCalls(Function &F) {
  if (F.isDeclaration() || F.hasFnAttribute(Attribute::OptimizeNone) ||
      F.hasFnAttribute(Attribute::NoInline))
    return {};
  SmallVector<CallInst *, 2> Calls;
  unsigned Size = 0;
  for (Instruction &I : instructions(F)) {
    if (++Size > MaxInstructions)
      return {};
    auto *Call = dyn_cast<CallInst>(&I);
    if (!Call)
      continue;
    if (Call->isMustTailCall())
      return {};
    if (Call->getCalledFunction() != &F)
      continue;
    if (Calls.size() == MaxSelfCalls)
      return {};
    Calls.push_back(Call);
  }
  return Calls;
}

/// Inlines a copy of F at each of Calls; the copy's own self-calls still
/// name F, so F then recurses from one level further down.
bool inlineSelfCalls(Function &F, ArrayRef<CallInst *> Calls) {
  ValueToValueMapTy VMap;
  Function *Copy = CloneFunction(&F, VMap);
  // The copies run in F's frame, whose own check compared it already.
  removeEntryStackCheck(*Copy);
  bool Changed = false;
  for (CallInst *Call : Calls) {
    Call->setCalledFunction(Copy);
    InlineFunctionInfo IFI;
    if (InlineFunction(*Call, IFI).isSuccess())
      Changed = true;
    else
      Call->setCalledFunction(&F);
  }
  Copy->eraseFromParent();
  return Changed;
}

} // namespace

PreservedAnalyses RecursionInliningPass::run(Module &M,
                                             ModuleAnalysisManager &) {
  if (!EnableRecursionInlining)
    return PreservedAnalyses::all();
  bool Changed = false;
  for (Function &F : M)
    for (unsigned Round = 0; Round < Rounds; ++Round) {
      SmallVector<CallInst *, 2> Calls = selfCalls(F);
      if (Calls.empty() || !inlineSelfCalls(F, Calls))
        break;
      Changed = true;
    }
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace wasmc
