//===- Simd.cpp - Shared helpers of the SIMD lowering ---------------------===//
#include "lower/Simd.h"
#include "llvm/IR/Constants.h"

using namespace llvm;

namespace wasmc {
namespace simd {

Shapes::Shapes(const ModuleContext &MC)
    : I8x16(FixedVectorType::get(MC.I8Ty, 16)),
      I16x8(FixedVectorType::get(MC.I16Ty, 8)),
      I32x4(FixedVectorType::get(MC.I32Ty, 4)), I64x2(MC.V128Ty),
      F32x4(FixedVectorType::get(MC.F32Ty, 4)),
      F64x2(FixedVectorType::get(MC.F64Ty, 2)) {}

Value *popAs(FunctionLowering &FL, Type *VecTy) {
  return FL.B.CreateBitCast(FL.pop(), VecTy);
}

void pushV128(FunctionLowering &FL, Value *V) {
  FL.push(FL.B.CreateBitCast(V, FL.MC.V128Ty));
}

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

} // namespace simd
} // namespace wasmc
