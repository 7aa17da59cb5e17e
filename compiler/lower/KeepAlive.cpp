//===- KeepAlive.cpp - Keeping guard-mode loads alive through optimisation -===//
//
// See KeepAlive.h for why. The keep-alive functions are declared per loaded
// type, on demand, with one vector variant per vectorisation factor a vector
// register file could use (and a masked form of each, for loads in
// conditional code). Variants are kept in llvm.compiler.used because nothing
// else refers to them until a vectoriser does.
//
//===----------------------------------------------------------------------===//

#include "lower/KeepAlive.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Analysis/TargetTransformInfo.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

using namespace llvm;

namespace wasmc {

static constexpr StringLiteral KeepPrefix = "wasmc.keep.";

static std::string typeSuffix(Type *Ty) {
  if (auto *VT = dyn_cast<FixedVectorType>(Ty))
    return "v" + utostr(VT->getNumElements()) +
           typeSuffix(VT->getElementType());
  if (Ty->isFloatTy())
    return "f32";
  if (Ty->isDoubleTy())
    return "f64";
  assert(Ty->isIntegerTy() && "loads produce integers, floats or vectors");
  return "i" + utostr(Ty->getIntegerBitWidth());
}

static Function *declareKeep(Module &M, Type *ArgTy, StringRef Name,
                             Type *MaskTy = nullptr) {
  LLVMContext &Ctx = M.getContext();
  SmallVector<Type *, 2> Params{ArgTy};
  if (MaskTy)
    Params.push_back(MaskTy);
  FunctionCallee Callee = M.getOrInsertFunction(
      Name, FunctionType::get(Type::getVoidTy(Ctx), Params, false));
  auto *F = cast<Function>(Callee.getCallee());
  // No memory effects keeps the vectorisers' memory analysis happy; the
  // missing `willreturn` is the side effect that keeps the call alive.
  F->setDoesNotAccessMemory();
  F->setDoesNotThrow();
  F->setNoSync();
  F->setDoesNotFreeMemory();
  return F;
}

/// The scalar keep-alive for ScalarTy, declaring it and its vector variants
/// on first use.
static Function *keepFunction(Module &M, Type *ScalarTy) {
  std::string Name = (KeepPrefix + typeSuffix(ScalarTy)).str();
  if (Function *F = M.getFunction(Name))
    return F;
  Function *F = declareKeep(M, ScalarTy, Name);
  if (ScalarTy->isVectorTy())
    return F; // the vectorisers do not widen vector operations

  // Vectorisation factors up to 512 bits of lanes (AVX-512), at least 2.
  unsigned Bits = ScalarTy->getPrimitiveSizeInBits();
  SmallVector<std::string, 12> Mappings;
  SmallVector<GlobalValue *, 12> Variants;
  LLVMContext &Ctx = M.getContext();
  for (unsigned VF = 2; VF * Bits <= 512 || VF == 2; VF *= 2) {
    auto *VecTy = FixedVectorType::get(ScalarTy, VF);
    std::string VecName = (KeepPrefix + typeSuffix(VecTy)).str();
    std::string MaskedName = VecName + ".masked";
    Variants.push_back(declareKeep(M, VecTy, VecName));
    Variants.push_back(declareKeep(M, VecTy, MaskedName,
                                   FixedVectorType::get(Type::getInt1Ty(Ctx),
                                                        VF)));
    Mappings.push_back("_ZGV_LLVM_N" + utostr(VF) + "v_" + Name + "(" +
                       VecName + ")");
    Mappings.push_back("_ZGV_LLVM_M" + utostr(VF) + "v_" + Name + "(" +
                       MaskedName + ")");
  }
  F->addFnAttr("vector-function-abi-variant", join(Mappings, ","));
  appendToCompilerUsed(M, Variants);
  return F;
}

void emitKeepAlive(IRBuilderBase &B, Value *V) {
  Module &M = *B.GetInsertBlock()->getModule();
  Function *F = keepFunction(M, V->getType());
  CallInst *Call = B.CreateCall(F, {V});
  Call->setAttributes(F->getAttributes());
}

bool isKeepAlive(const CallBase &CB) {
  const Function *F = CB.getCalledFunction();
  return F && F->getName().starts_with(KeepPrefix);
}

/// Empty asm statements that take V's bits in registers, vectors in pieces
/// of at most RegBits (the widest vector register the target has).
static void emitAsmUses(IRBuilderBase &B, Value *V, StringRef VecConstraint,
                        unsigned RegBits) {
  Type *Ty = V->getType();
  auto Use = [&](Value *Piece, StringRef Constraint) {
    auto *Asm = InlineAsm::get(
        FunctionType::get(B.getVoidTy(), {Piece->getType()}, false), "",
        Constraint, /*hasSideEffects=*/true);
    CallInst *Call = B.CreateCall(Asm, {Piece});
    Call->addFnAttr(Attribute::NoUnwind);
    Call->setMemoryEffects(MemoryEffects::inaccessibleMemOnly());
  };
  if (Ty->isFloatingPointTy())
    return Use(V, VecConstraint);
  unsigned Bits = Ty->getPrimitiveSizeInBits();
  if (Bits <= 64)
    return Use(Ty->isIntegerTy() ? V : B.CreateBitCast(V, B.getIntNTy(Bits)),
               "r");
  if (Bits % 128 == 0) {
    // Whole registers: a wider vector is taken piece by piece, each piece
    // one register (extracting it is free or nearly so).
    unsigned Piece = std::min(Bits, std::max(RegBits, 128u));
    while (Bits % Piece)
      Piece /= 2;
    unsigned PieceLanes = Piece / 64;
    auto *I64s = FixedVectorType::get(B.getInt64Ty(), Bits / 64);
    Value *Whole = B.CreateBitCast(V, I64s);
    if (Piece == Bits)
      return Use(Whole, VecConstraint);
    for (unsigned I = 0; I < Bits / 64; I += PieceLanes) {
      SmallVector<int, 8> Mask;
      for (unsigned L = 0; L < PieceLanes; ++L)
        Mask.push_back(int(I + L));
      Use(B.CreateShuffleVector(Whole, Mask), VecConstraint);
    }
    return;
  }
  // Odd sizes (no vectoriser produces them today): 64-bit integer pieces.
  Value *Whole = B.CreateBitCast(V, B.getIntNTy(Bits));
  for (unsigned Shift = 0; Shift < Bits; Shift += 64)
    Use(B.CreateTrunc(B.CreateLShr(Whole, Shift), B.getInt64Ty()), "r");
}

/// The value a keep-alive argument was taken from by lane selection alone.
/// The vectorisers split a wide load into the lanes each original load read
/// (an interleaved access group becomes one load and a shuffle per member);
/// keeping the wide load itself alive needs no shuffles, and one use
/// suffices for all its members.
static Value *keptRoot(Value *V) {
  while (true) {
    if (auto *BC = dyn_cast<BitCastInst>(V))
      V = BC->getOperand(0);
    else if (auto *EE = dyn_cast<ExtractElementInst>(V))
      V = EE->getVectorOperand();
    else if (auto *SV = dyn_cast<ShuffleVectorInst>(V);
             SV && (isa<PoisonValue, UndefValue>(SV->getOperand(1)) ||
                    SV->getOperand(0) == SV->getOperand(1)))
      V = SV->getOperand(0);
    else
      return V;
  }
}

void lowerKeepAlives(Module &M, TargetMachine &TM, const TargetInfo &Target) {
  StringRef VecConstraint = Target.row().VectorRegConstraint;
  SmallVector<Function *, 16> KeepFunctions;
  for (Function &F : M)
    if (F.isDeclaration() && F.getName().starts_with(KeepPrefix))
      KeepFunctions.push_back(&F);
  if (KeepFunctions.empty())
    return;

  bool SelectsFast = TM.getOptLevel() == CodeGenOptLevel::None ||
                     TM.Options.EnableFastISel;
  SmallPtrSet<Value *, 32> Kept;
  DenseMap<Function *, unsigned> RegBitsOf; // widest vector register, bits
  for (Function *F : KeepFunctions) {
    for (User *U : make_early_inc_range(F->users())) {
      auto *Call = dyn_cast<CallInst>(U);
      if (!Call)
        continue; // llvm.compiler.used
      Value *Root = keptRoot(Call->getArgOperand(0));
      // A constant means the optimiser proved what the load reads without
      // reading it (a value just stored there, whose store faults instead).
      if (isa<Constant>(Root) || !Kept.insert(Root).second) {
        Call->eraseFromParent();
        continue;
      }
      // FastISel (-O0, -O1) cannot select inline asm, and every instruction it
      // cannot select sends its block to the SelectionDAG: on a 30 MB module
      // that made instruction selection three quarters of -O0. A volatile
      // load is never deleted either, and FastISel selects it.
      auto *Load = dyn_cast<LoadInst>(Root);
      if (SelectsFast && Load && Load->isSimple()) {
        Load->setVolatile(true);
      } else {
        // Right after the root's definition (an argument's is the entry):
        // it runs whenever the load did, whichever keep-alive came first.
        Function &Caller = *Call->getFunction();
        IRBuilder<> B(&*Caller.getEntryBlock().getFirstInsertionPt());
        auto [It, New] = RegBitsOf.try_emplace(&Caller, 0);
        if (New)
          It->second =
              TM.getTargetTransformInfo(Caller)
                  .getRegisterBitWidth(TargetTransformInfo::RGK_FixedWidthVector)
                  .getFixedValue();
        unsigned RegBits = It->second;
        if (auto *II = dyn_cast<InvokeInst>(Root)) {
          // The optimiser forwarded a call's result, stored and reloaded,
          // to the load: an invoke's value exists on its normal edge only.
          BasicBlock *Dest = II->getNormalDest();
          if (!Dest->getSinglePredecessor())
            Dest = SplitEdge(II->getParent(), Dest);
          B.SetInsertPoint(Dest, Dest->getFirstInsertionPt());
        } else if (auto *I = dyn_cast<Instruction>(Root)) {
          B.SetInsertPoint(I->getParent(),
                           isa<PHINode>(I)
                               ? I->getParent()->getFirstInsertionPt()
                               : std::next(I->getIterator()));
        }
        emitAsmUses(B, Root, VecConstraint, RegBits);
      }
      Call->eraseFromParent();
    }
  }
  removeFromUsedLists(M, [](Constant *C) {
    return C->getName().starts_with(KeepPrefix);
  });
  for (Function *F : KeepFunctions)
    F->eraseFromParent();
}

} // namespace wasmc
