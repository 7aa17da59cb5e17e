//===- AddressWidening.cpp - 32-bit addresses as 64-bit sums -------------===//
//
// The runtime condition for a loop L whose latch's maximum backedge-taken
// count is M, for each sum X = {S,+,Step} (i32) that L's code extends with
// zext, is, in i64 with s = zext(S):
//
//   Step > 0:  s + M * Step <=u 2^32 - 1
//   Step < 0:  s >=u M * -Step
//
// Together they say that S + i * Step, for every iteration 0 <= i <= M,
// lies in [0, 2^32) as a mathematical integer, so that zext(X) in iteration
// i is s + i * Step exactly: that is the i64 sum the fast copy computes from
// a counter of its own. |Step| <= 2^20 and M < 2^32 keep every product
// below 2^63.
//
//===----------------------------------------------------------------------===//
#include "codegen/AddressWidening.h"
#include "codegen/LoopVersioning.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/ScalarEvolutionExpressions.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Transforms/Utils/LCSSA.h"
#include "llvm/Transforms/Utils/LoopSimplify.h"
#include "llvm/Transforms/Utils/LoopUtils.h"
#include "llvm/Transforms/Utils/ScalarEvolutionExpander.h"

using namespace llvm;

/// For measuring what versioning buys (WASMC_LLVM_OPTIONS=
/// -wasmc-address-versioning=false); not part of the interface.
static cl::opt<bool> EnableAddressVersioning(
    "wasmc-address-versioning", cl::Hidden, cl::init(true),
    cl::desc("Version loops on their 32-bit addresses not wrapping"));

namespace wasmc {

namespace {

/// The loop metadata of the copy that keeps the 32-bit sums, so that the
/// pass's later runs leave it alone.
constexpr char WrapsTag[] = "wasmc.address.wraps";
/// Loops larger than this are left alone: versioning doubles their code.
constexpr unsigned MaxLoopInstructions = 1000;
/// At most this many loops per function are versioned.
constexpr unsigned MaxVersionedLoops = 16;
constexpr int64_t MaxStep = int64_t(1) << 20;

/// zext(A + B) as sext(A) + sext(B), if that is what it is.
bool widen(ZExtInst &Z, ScalarEvolution &SE) {
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

/// A zext to i64 of an i32 sum that runs through L as {Start,+,Step}.
struct Sum {
  ZExtInst *Z;
  const SCEV *Start;
  int64_t Step;
};

/// Whether L counts an i32 up from a negative constant, as the loops of
/// clang's wasm32 code do (its loop-strength reduction counts to zero). That
/// is the counter IndVarSimplify widens with masks; loops counting up from
/// zero vectorise without help, with the vectoriser's own runtime checks.
bool countsUpFromNegative(Loop &L, ScalarEvolution &SE) {
  for (PHINode &Phi : L.getHeader()->phis()) {
    if (!Phi.getType()->isIntegerTy(32))
      continue;
    const SCEVAddRecExpr *Rec = affineRec(SE.getSCEV(&Phi), L, SE);
    if (!Rec)
      continue;
    auto *Start = dyn_cast<SCEVConstant>(Rec->getStart());
    auto *Step = cast<SCEVConstant>(Rec->getStepRecurrence(SE));
    if (Start && Start->getAPInt().isNegative() &&
        Step->getAPInt().isStrictlyPositive())
      return true;
  }
  return false;
}

SmallVector<Sum, 16> findSums(Loop &L, ScalarEvolution &SE) {
  if (!countsUpFromNegative(L, SE))
    return {};
  SmallVector<Sum, 16> Sums;
  unsigned Size = 0;
  bool Accesses = false;
  for (BasicBlock *BB : L.getBlocks())
    for (Instruction &I : *BB) {
      if (++Size > MaxLoopInstructions)
        return {};
      Accesses |= isa<LoadInst>(I) || isa<StoreInst>(I);
      auto *Z = dyn_cast<ZExtInst>(&I);
      if (!Z || !Z->getSrcTy()->isIntegerTy(32) ||
          !Z->getDestTy()->isIntegerTy(64))
        continue;
      const SCEVAddRecExpr *Rec =
          affineRec(SE.getSCEV(Z->getOperand(0)), L, SE);
      if (!Rec)
        continue;
      int64_t St = cast<SCEVConstant>(Rec->getStepRecurrence(SE))
                       ->getAPInt()
                       .getSExtValue();
      if (St == 0 || St > MaxStep || St < -MaxStep)
        continue;
      Sums.push_back({Z, Rec->getStart(), St});
    }
  if (!Accesses)
    return {};
  return Sums;
}

/// Versions L on its sums not wrapping (see the file comment) and gives
/// the fast copy the i64 sums.
bool versionOnSums(Loop &L, ArrayRef<Sum> Sums, ScalarEvolution &SE,
                   DominatorTree &DT, LoopInfo &LI, Function &F) {
  const SCEV *MaxBTC = SE.getSymbolicMaxBackedgeTakenCount(&L);
  if (isa<SCEVCouldNotCompute>(MaxBTC) ||
      SE.getTypeSizeInBits(MaxBTC->getType()) > 32 || !L.getLoopLatch())
    return false;
  Instruction *At = L.getLoopPreheader()->getTerminator();
  SCEVExpander Exp(SE, F.getDataLayout(), "addr.ver");
  if (!Exp.isSafeToExpandAt(MaxBTC, At) || !all_of(Sums, [&](const Sum &S) {
        return Exp.isSafeToExpandAt(S.Start, At);
      }))
    return false;

  IRBuilder<> B(At);
  Type *I64 = B.getInt64Ty();
  Value *M = B.CreateZExt(Exp.expandCodeFor(MaxBTC, MaxBTC->getType(), At), I64,
                          "addr.ver.max");
  Value *Fits = B.getTrue();
  SmallVector<Value *, 16> Starts;
  for (const Sum &S : Sums) {
    Value *Start =
        B.CreateZExt(Exp.expandCodeFor(S.Start, B.getInt32Ty(), At), I64);
    Starts.push_back(Start);
    Value *Span = B.CreateMul(M, B.getInt64(S.Step > 0 ? S.Step : -S.Step), "",
                              /*HasNUW=*/true, /*HasNSW=*/true);
    Fits =
        B.CreateAnd(Fits, S.Step > 0 ? B.CreateICmpULE(B.CreateAdd(Start, Span),
                                                       B.getInt64(UINT32_MAX))
                                     : B.CreateICmpUGE(Start, Span));
  }
  Fits->setName("addr.ver.fits");

  Loop *Wraps = versionLoop(L, Fits, ".wraps", DT, LI, F);
  markColdLoop(*Wraps, WrapsTag);

  // In L, the iteration count as an i64 and each sum from it.
  BasicBlock *Header = L.getHeader();
  BasicBlock *Latch = L.getLoopLatch();
  PHINode *IV = PHINode::Create(I64, 2, "addr.iv");
  IV->insertBefore(Header->getFirstNonPHIIt());
  IRBuilder<> LB(Latch->getTerminator());
  Value *Next = LB.CreateAdd(IV, LB.getInt64(1), "addr.iv.next",
                             /*HasNUW=*/true, /*HasNSW=*/true);
  IV->addIncoming(LB.getInt64(0), L.getLoopPreheader());
  IV->addIncoming(Next, Latch);
  for (size_t K = 0; K < Sums.size(); ++K) {
    const Sum &S = Sums[K];
    IRBuilder<> ZB(S.Z);
    Value *Off =
        ZB.CreateMul(IV, ZB.getInt64(S.Step), "", /*HasNUW=*/S.Step > 0,
                     /*HasNSW=*/true);
    Value *Wide = ZB.CreateAdd(Starts[K], Off, S.Z->getName() + ".wide",
                               /*HasNUW=*/S.Step > 0, /*HasNSW=*/true);
    S.Z->replaceAllUsesWith(Wide);
    S.Z->eraseFromParent();
  }
  return true;
}

} // namespace

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
  for (ZExtInst *Z : Done) {
    SE.forgetValue(Z);
    Z->eraseFromParent();
  }
  bool Changed = !Done.empty();

  unsigned Versioned = 0;
  if (Version && EnableAddressVersioning) {
    auto &DT = AM.getResult<DominatorTreeAnalysis>(F);
    SmallVector<Loop *, 16> Innermost;
    for (Loop *L : LI.getLoopsInPreorder())
      if (L->isInnermost() && !hasLoopTag(*L, WrapsTag))
        Innermost.push_back(L);
    for (Loop *L : Innermost) {
      if (Versioned == MaxVersionedLoops)
        break;
      if (findSums(*L, SE).empty())
        continue;
      // Cloning needs a preheader, dedicated exits and LCSSA.
      Changed |= simplifyLoop(L, &DT, &LI, &SE, nullptr, nullptr, false);
      Changed |= formLCSSA(*L, DT, &LI, &SE);
      SmallVector<Sum, 16> Sums = findSums(*L, SE);
      if (Sums.empty() || !L->isLoopSimplifyForm())
        continue;
      if (versionOnSums(*L, Sums, SE, DT, LI, F)) {
        ++Versioned;
        SE.forgetAllLoops();
      }
    }
  }
  if (!Changed && !Versioned)
    return PreservedAnalyses::all();
  if (!Versioned) {
    PreservedAnalyses PA;
    PA.preserveSet<CFGAnalyses>();
    return PA;
  }
  return PreservedAnalyses::none();
}

} // namespace wasmc
