//===- Simd.cpp - Shared helpers of the SIMD lowering ---------------------===//
#include "lower/Simd.h"

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

} // namespace simd
} // namespace wasmc
