//===- CheckVersioning.cpp - Loops without their checks -------------------===//
//
// See CheckVersioning.h for what and why. The preheader condition, for a
// check that traps when X >u Hi (Hi = Lim - 1 for X >=u Lim, which needs
// Lim != 0) with X = Inv + zext({S,+,Step}) over the loop and M the latch's
// maximum backedge-taken count, is, with R = min(Hi - Inv, the largest
// value of the recurrence's type),
//
//   Inv <=u Hi  and  S <=u R  and
//   Step > 0:  M <=u (R - S) /u Step
//   Step < 0:  M <=u S /u -Step
//   (X invariant in the loop: X <=u Hi)
//
// in the width of X. Together they say that S + i * Step, for every
// iteration 0 <= i <= M, lies in [0, R] as a mathematical integer: the
// recurrence, whose value in iteration i is S + i * Step modulo 2^width of
// its type, is that exact value, and X = Inv + it <= Hi without wrapping,
// so every check passes. The header runs at most M + 1 times because every
// backedge passes through the latch, whose exit count M bounds them
// whatever other exits (the traps included) do.
//
//===----------------------------------------------------------------------===//
#include "codegen/CheckVersioning.h"
#include "codegen/LoopVersioning.h"
#include "lower/KeepAlive.h"
#include "lower/RuntimeFn.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/ScalarEvolutionExpressions.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/LCSSA.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/LoopSimplify.h"
#include "llvm/Transforms/Utils/LoopUtils.h"
#include "llvm/Transforms/Utils/ScalarEvolutionExpander.h"

using namespace llvm;

/// For measuring what the pass buys (WASMC_LLVM_OPTIONS=
/// -wasmc-check-versioning=false); not part of the interface.
static cl::opt<bool> EnableCheckVersioning(
    "wasmc-check-versioning", cl::Hidden, cl::init(true),
    cl::desc("Version loops whose explicit bounds checks provably pass"));

namespace wasmc {

namespace {

/// Loops larger than this are left alone: versioning doubles their code.
constexpr unsigned MaxLoopInstructions = 1500;
/// At most this many loops per function are versioned.
constexpr unsigned MaxVersionedLoops = 32;
/// IR instructions a loop without its epoch check may run (CheckVersioning.h):
/// the bound on its iterations is this divided by its size, and at least
/// MinEpochFreeIterations.
constexpr uint64_t EpochFreeWork = 1u << 20;
constexpr uint64_t MinEpochFreeIterations = 256;

/// One check: the branch BI goes to a trap when X >u Lim (Strict: X >=u
/// Lim), where X = Inv + zext(Rec): Inv is loop-invariant, and Rec is an
/// affine add recurrence of the loop with a constant step, in X's type or
/// (a 32-bit index under --bounds-checks=explicit) a narrower one. Rec is
/// null when X is loop-invariant. Or, with Epoch, an epoch check: BI goes
/// to the block that calls wasmc_rt_epoch_reached (and then rejoins the
/// loop) when the epoch has reached the deadline; Inv, Rec and Lim are null.
struct Check {
  BranchInst *BI;
  unsigned TrapSucc; // the successor taken when the check fails
  const SCEV *Inv;
  const SCEVAddRecExpr *Rec;
  const SCEV *Lim;
  bool Strict;
  bool Epoch = false;
};

/// Splits X into Inv + zext(Rec) (see Check); false if it has another form.
bool splitIndex(const SCEV *X, const Loop &L, ScalarEvolution &SE,
                const SCEV *&Inv, const SCEVAddRecExpr *&Rec) {
  Type *Ty = X->getType();
  Inv = SE.getZero(Ty);
  Rec = nullptr;
  if (SE.isLoopInvariant(X, &L)) {
    Inv = X;
    return true;
  }
  SmallVector<const SCEV *, 4> Terms;
  if (const auto *Add = dyn_cast<SCEVAddExpr>(X))
    Terms.append(Add->operands().begin(), Add->operands().end());
  else
    Terms.push_back(X);
  SmallVector<const SCEV *, 4> Invariant;
  for (const SCEV *T : Terms) {
    if (SE.isLoopInvariant(T, &L)) {
      Invariant.push_back(T);
      continue;
    }
    if (const auto *Ext = dyn_cast<SCEVZeroExtendExpr>(T))
      T = Ext->getOperand();
    const SCEVAddRecExpr *AR = affineRec(T, L, SE);
    if (!AR || Rec)
      return false;
    Rec = AR;
  }
  if (!Invariant.empty())
    Inv = SE.getAddExpr(Invariant);
  return Rec != nullptr;
}

bool callsRuntime(const Instruction &I, RuntimeFn Fn) {
  const auto *CI = dyn_cast<CallInst>(&I);
  const Function *Callee = CI ? CI->getCalledFunction() : nullptr;
  return Callee && Callee->getName() == runtimeSymbol(Fn);
}

/// True if BB only traps: a call to wasmc_rt_trap and unreachable, maybe
/// behind blocks that only branch there (the dedicated exits LoopSimplify
/// splits off a trap block shared by several loops).
bool isTrapBlock(const BasicBlock *BB) {
  for (unsigned Hops = 0; BB && Hops < 4; ++Hops) {
    const Instruction *I = BB->getFirstNonPHIOrDbg();
    if (const auto *Br = dyn_cast<BranchInst>(I)) {
      if (!Br->isUnconditional())
        return false;
      BB = Br->getSuccessor(0);
      continue;
    }
    return callsRuntime(*I, RuntimeFn::Trap) &&
           isa<UnreachableInst>(I->getNextNode());
  }
  return false;
}

/// True if BB is the slow path of an epoch check (EpochChecks.cpp).
bool isEpochBlock(const BasicBlock *BB) {
  return callsRuntime(*BB->getFirstNonPHIOrDbg(), RuntimeFn::EpochReached);
}

/// The check of BI, when it is one this pass can prove in the preheader.
std::optional<Check> parseCheck(BranchInst *BI, Loop &L, ScalarEvolution &SE) {
  if (!BI->isConditional())
    return std::nullopt;
  for (unsigned Succ = 0; Succ < 2; ++Succ)
    if (isEpochBlock(BI->getSuccessor(Succ)))
      return Check{BI, Succ, nullptr, nullptr, nullptr, false, true};
  unsigned TrapSucc;
  if (isTrapBlock(BI->getSuccessor(0)) && !L.contains(BI->getSuccessor(0)))
    TrapSucc = 0;
  else if (isTrapBlock(BI->getSuccessor(1)) &&
           !L.contains(BI->getSuccessor(1)))
    TrapSucc = 1;
  else
    return std::nullopt;
  auto *Cmp = dyn_cast<ICmpInst>(BI->getCondition());
  if (!Cmp || !Cmp->getOperand(0)->getType()->isIntegerTy())
    return std::nullopt;
  // Normalise to "traps iff A Pred B".
  CmpInst::Predicate Pred = Cmp->getPredicate();
  if (TrapSucc == 1)
    Pred = CmpInst::getInversePredicate(Pred);
  Value *A = Cmp->getOperand(0), *B = Cmp->getOperand(1);
  if (Pred == CmpInst::ICMP_ULT || Pred == CmpInst::ICMP_ULE) {
    std::swap(A, B);
    Pred = CmpInst::getSwappedPredicate(Pred);
  }
  if (Pred != CmpInst::ICMP_UGT && Pred != CmpInst::ICMP_UGE)
    return std::nullopt;
  const SCEV *Lim = SE.getSCEV(B);
  if (!SE.isLoopInvariant(Lim, &L))
    return std::nullopt;
  const SCEV *Inv;
  const SCEVAddRecExpr *Rec;
  if (!splitIndex(SE.getSCEV(A), L, SE, Inv, Rec))
    return std::nullopt;
  return Check{BI, TrapSucc, Inv, Rec, Lim, Pred == CmpInst::ICMP_UGE};
}

unsigned countInstructions(const Loop &L) {
  unsigned N = 0;
  for (const BasicBlock *BB : L.blocks())
    N += BB->size();
  return N;
}

/// Whether L calls anything but the runtime's trap and epoch entry points
/// and the keep-alive markers of guard-page loads (KeepAlive.h), which are
/// no calls once lowered. A loop that calls keeps its epoch check: it
/// would not be vectorised anyway.
bool makesCalls(const Loop &L) {
  for (const BasicBlock *BB : L.blocks())
    for (const Instruction &I : *BB) {
      const auto *CB = dyn_cast<CallBase>(&I);
      if (!CB || isa<IntrinsicInst>(CB) || isKeepAlive(*CB) ||
          callsRuntime(I, RuntimeFn::Trap) ||
          callsRuntime(I, RuntimeFn::EpochReached))
        continue;
      return true;
    }
  return false;
}

/// The checks of L this pass can hoist, and the latch's maximum backedge-
/// taken count; empty when L is not a candidate.
SmallVector<Check, 8> findChecks(Loop &L, ScalarEvolution &SE,
                                 const SCEV *&MaxBTC) {
  SmallVector<Check, 8> Checks;
  BasicBlock *Latch = L.getLoopLatch();
  if (!Latch || !L.isLoopExiting(Latch) ||
      countInstructions(L) > MaxLoopInstructions)
    return Checks;
  for (BasicBlock *BB : L.blocks()) {
    auto *BI = dyn_cast<BranchInst>(BB->getTerminator());
    if (!BI || BB == Latch)
      continue;
    if (std::optional<Check> C = parseCheck(BI, L, SE))
      Checks.push_back(*C);
  }
  if (llvm::any_of(Checks, [](const Check &C) { return C.Epoch; }) &&
      makesCalls(L))
    llvm::erase_if(Checks, [](const Check &C) { return C.Epoch; });
  if (Checks.empty())
    return Checks;
  MaxBTC = SE.getExitCount(&L, Latch, ScalarEvolution::SymbolicMaximum);
  if (isa<SCEVCouldNotCompute>(MaxBTC))
    Checks.clear();
  return Checks;
}

/// The preheader condition under which every check in Checks passes in
/// every iteration (see the file comment); null if it cannot be expanded.
Value *passCondition(ArrayRef<Check> Checks, const SCEV *MaxBTC, Loop &L,
                     ScalarEvolution &SE, const DataLayout &DL) {
  Instruction *At = L.getLoopPreheader()->getTerminator();
  // Expand nothing unless everything can be expanded.
  SmallVector<const SCEV *, 16> ToExpand{MaxBTC};
  for (const Check &C : Checks) {
    if (C.Epoch)
      continue;
    if (SE.getTypeSizeInBits(MaxBTC->getType()) >
        SE.getTypeSizeInBits(C.Lim->getType()))
      return nullptr;
    ToExpand.push_back(C.Lim);
    ToExpand.push_back(C.Inv);
    if (C.Rec)
      ToExpand.push_back(C.Rec->getStart());
  }
  SCEVExpander Exp(SE, DL, "check.ver");
  for (const SCEV *S : ToExpand)
    if (!Exp.isSafeToExpandAt(S, At))
      return nullptr;

  IRBuilder<> B(At);
  Value *Pass = B.getTrue();
  auto Require = [&](Value *Cond) { Pass = B.CreateAnd(Pass, Cond); };
  for (const Check &C : Checks) {
    if (C.Epoch) {
      // Few enough iterations that the loop ends soon on its own.
      uint64_t Bound = std::max(EpochFreeWork / countInstructions(L),
                                MinEpochFreeIterations);
      Type *Ty = MaxBTC->getType();
      Require(B.CreateICmpULE(Exp.expandCodeFor(MaxBTC, Ty, At),
                              ConstantInt::get(Ty, Bound), "check.ver.epoch"));
      continue;
    }
    Type *Ty = C.Lim->getType();
    unsigned Bits = Ty->getIntegerBitWidth();
    Value *Lim = Exp.expandCodeFor(C.Lim, Ty, At);
    Value *Hi = Lim;
    if (C.Strict) {
      Require(B.CreateICmpNE(Lim, ConstantInt::get(Ty, 0)));
      Hi = B.CreateSub(Lim, ConstantInt::get(Ty, 1));
    }
    Value *Inv = nullptr;
    if (!C.Inv->isZero()) {
      Inv = Exp.expandCodeFor(C.Inv, Ty, At);
      Require(B.CreateICmpULE(Inv, Hi, "check.ver.inv"));
    }
    if (!C.Rec)
      continue;
    // zext(Rec) must stay within [0, Hi - Inv], and within Rec's own type
    // so that it does not wrap there.
    Type *RecTy = C.Rec->getType();
    unsigned RecBits = RecTy->getIntegerBitWidth();
    Value *RecHi = Inv ? B.CreateSub(Hi, Inv) : Hi;
    if (RecBits < Bits)
      RecHi = B.CreateBinaryIntrinsic(
          Intrinsic::umin, RecHi,
          ConstantInt::get(Ty, APInt::getLowBitsSet(Bits, RecBits)));
    Value *Start =
        B.CreateZExt(Exp.expandCodeFor(C.Rec->getStart(), RecTy, At), Ty);
    Value *M = Exp.expandCodeFor(SE.getNoopOrZeroExtend(MaxBTC, Ty), Ty, At);
    Require(B.CreateICmpULE(Start, RecHi, "check.ver.start"));
    // The step as a signed number: Rec's value in iteration i is
    // Start + i * Step modulo 2^RecBits whichever way it is read, and equal
    // to it when that stays within [0, RecHi].
    APInt Step = cast<SCEVConstant>(C.Rec->getStepRecurrence(SE))
                     ->getAPInt()
                     .sext(Bits);
    if (Step.isZero())
      continue;
    // How many steps fit between Start and RecHi (upwards) or 0 (downwards).
    // abs() of the minimum signed value is that value, which read unsigned
    // is the right magnitude.
    Value *Room = Step.isStrictlyPositive() ? B.CreateSub(RecHi, Start) : Start;
    Room = B.CreateUDiv(Room, ConstantInt::get(Ty, Step.abs()));
    Require(B.CreateICmpULE(M, Room, "check.ver.end"));
  }
  Pass->setName("check.ver.pass");
  return Pass;
}

/// Versions L on Checks (see the file comment). DT is recomputed; LI is
/// kept up to date; SE must be told to forget afterwards.
bool versionOnChecks(Loop &L, ArrayRef<Check> Checks, const SCEV *MaxBTC,
                     DominatorTree &DT, LoopInfo &LI, ScalarEvolution &SE,
                     Function &F) {
  Value *Pass = passCondition(Checks, MaxBTC, L, SE, F.getDataLayout());
  if (!Pass)
    return false;
  // The clone keeps the checks; it takes over when Pass is false.
  Loop *Checked = wasmc::versionLoop(L, Pass, ".checked", DT, LI, F);
  // The copy with a bounds check runs only when an iteration may trap; the
  // one with an epoch check runs whenever the loop is long.
  if (llvm::none_of(Checks, [](const Check &C) { return C.Epoch; }))
    markColdLoop(*Checked);

  // In L the checks are now known to pass: drop their branches, and the
  // exit blocks to the trap (or the epoch slow paths, inside L) that only
  // they reached.
  SmallSetVector<BasicBlock *, 4> Traps;
  for (const Check &C : Checks) {
    BasicBlock *BB = C.BI->getParent();
    BasicBlock *Trap = C.BI->getSuccessor(C.TrapSucc);
    BasicBlock *Cont = C.BI->getSuccessor(1 - C.TrapSucc);
    Value *Cond = C.BI->getCondition();
    // An epoch check reads the epoch with an atomic load, which is never
    // trivially dead: it goes by hand.
    SmallVector<Instruction *, 2> EpochLoads;
    if (auto *Cmp = dyn_cast<ICmpInst>(Cond); Cmp && C.Epoch)
      for (Value *Op : Cmp->operands())
        if (auto *Load = dyn_cast<LoadInst>(Op); Load && Load->isAtomic())
          EpochLoads.push_back(Load);
    Trap->removePredecessor(BB);
    BranchInst::Create(Cont, C.BI);
    C.BI->eraseFromParent();
    RecursivelyDeleteTriviallyDeadInstructions(Cond);
    for (Instruction *Load : EpochLoads)
      if (Load->use_empty())
        Load->eraseFromParent();
    Traps.insert(Trap);
  }
  for (BasicBlock *Trap : Traps)
    if (pred_empty(Trap)) {
      LI.removeBlock(Trap);
      DeleteDeadBlock(Trap);
    }
  // What is left of a check is an unconditional branch: join the blocks it
  // separated. No SimplifyCFG runs before the vectoriser, and a loop split
  // over blocks for nothing can stop it (a recurrence whose value comes
  // from the block after the header is not recognised).
  SmallVector<BasicBlock *, 16> Blocks(L.blocks());
  for (BasicBlock *BB : Blocks)
    if (BB != L.getHeader())
      MergeBlockIntoPredecessor(BB, nullptr, &LI);
  DT.recalculate(F);
  return true;
}

} // namespace

PreservedAnalyses CheckVersioningPass::run(Function &F,
                                           FunctionAnalysisManager &AM) {
  if (!EnableCheckVersioning)
    return PreservedAnalyses::all();
  auto &LI = AM.getResult<LoopAnalysis>(F);
  if (LI.empty())
    return PreservedAnalyses::all();
  auto &DT = AM.getResult<DominatorTreeAnalysis>(F);
  auto &SE = AM.getResult<ScalarEvolutionAnalysis>(F);

  SmallVector<Loop *, 16> Innermost;
  for (Loop *L : LI.getLoopsInPreorder())
    if (L->isInnermost())
      Innermost.push_back(L);

  unsigned Versioned = 0;
  bool Changed = false;
  for (Loop *L : Innermost) {
    if (Versioned == MaxVersionedLoops)
      break;
    // A cheap look first, so that loops without checks stay untouched.
    const SCEV *MaxBTC = nullptr;
    if (findChecks(*L, SE, MaxBTC).empty())
      continue;
    // Cloning needs a preheader, dedicated exits and LCSSA; the function
    // passes since the last loop pass may have undone them.
    Changed |= simplifyLoop(L, &DT, &LI, &SE, nullptr, nullptr, false);
    Changed |= formLCSSA(*L, DT, &LI, &SE);
    SmallVector<Check, 8> Checks = findChecks(*L, SE, MaxBTC);
    if (Checks.empty() || !L->isLoopSimplifyForm())
      continue;
    if (versionOnChecks(*L, Checks, MaxBTC, DT, LI, SE, F)) {
      ++Versioned;
      // Exit phis now merge two loops and the CFG has changed: nothing SCEV
      // knows about the function's values or loops still holds.
      SE.forgetAllLoops();
    }
  }
  if (!Changed && !Versioned)
    return PreservedAnalyses::all();
  return PreservedAnalyses::none();
}

} // namespace wasmc
