//===- FloatSemantics.cpp - Where Wasm and LLVM floats differ -------------===//
#include "lower/FloatSemantics.h"
#include "llvm/IR/Constants.h"

using namespace llvm;

namespace wasmc {

Value *quietNaN(IRBuilder<> &B, Value *V) {
  Type *FTy = V->getType();
  Type *ScalarTy = FTy->getScalarType();
  unsigned Bits = ScalarTy->getPrimitiveSizeInBits();
  Type *ITy = FTy->getWithNewType(B.getIntNTy(Bits));
  APInt QuietBit = APInt::getOneBitSet(Bits, ScalarTy->isDoubleTy() ? 51 : 22);
  Value *Quieted = B.CreateBitCast(
      B.CreateOr(B.CreateBitCast(V, ITy), ConstantInt::get(ITy, QuietBit)),
      FTy);
  return B.CreateSelect(B.CreateFCmpUNO(V, V), Quieted, V);
}

/// True when V is the float constant D, or a vector constant whose lanes
/// all are (LLVM folds `fmul x, splat(1.0)` as it folds the scalar form).
static bool isConstantOf(Value *V, double D) {
  auto *C = dyn_cast<Constant>(V);
  if (!C)
    return false;
  if (C->getType()->isVectorTy())
    C = C->getSplatValue();
  auto *FP = dyn_cast_or_null<ConstantFP>(C);
  return FP && FP->isExactlyValue(D);
}

bool mayFoldToIdentity(Instruction::BinaryOps Op, Value *L, Value *R) {
  switch (Op) {
  case Instruction::FAdd:
    return isConstantOf(L, -0.0) || isConstantOf(R, -0.0);
  case Instruction::FSub:
    return isConstantOf(R, 0.0) || isConstantOf(L, -0.0);
  case Instruction::FMul:
    return isConstantOf(L, 1.0) || isConstantOf(R, 1.0) ||
           isConstantOf(L, -1.0) || isConstantOf(R, -1.0);
  case Instruction::FDiv:
    return isConstantOf(R, 1.0) || isConstantOf(R, -1.0);
  default:
    return false;
  }
}

} // namespace wasmc
