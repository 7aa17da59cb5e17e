//===- SimdInt.cpp - Integer and bitwise v128 operations ------------------===//
//
// Lane-wise integer arithmetic, comparisons, shifts and the reductions to
// i32 (any_true, all_true, bitmask), and the v128 bitwise operations. All of
// it is plain vector IR or a generic intrinsic whose LLVM semantics are the
// Wasm ones lane for lane (wrapping arithmetic, llvm.[su]{add,sub}.sat,
// llvm.[su]{min,max}, llvm.abs without the poison flag, llvm.ctpop).
//
//===----------------------------------------------------------------------===//
#include "lower/Simd.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/IntrinsicsAArch64.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

namespace wasmc::simd {

static void lowerBinary(FunctionLowering &FL, FixedVectorType *Ty,
                        Instruction::BinaryOps Op) {
  Value *R = popAs(FL, Ty);
  Value *L = popAs(FL, Ty);
  pushV128(FL, FL.B.CreateBinOp(Op, L, R));
}

static void lowerBinaryIntrinsic(FunctionLowering &FL, FixedVectorType *Ty,
                                 Intrinsic::ID ID) {
  Value *R = popAs(FL, Ty);
  Value *L = popAs(FL, Ty);
  pushV128(FL, FL.B.CreateBinaryIntrinsic(ID, L, R));
}

/// Comparisons yield all-ones lanes for true and zero lanes for false.
static void lowerCompare(FunctionLowering &FL, FixedVectorType *Ty,
                         CmpInst::Predicate P) {
  Value *R = popAs(FL, Ty);
  Value *L = popAs(FL, Ty);
  pushV128(FL, FL.B.CreateSExt(FL.B.CreateICmp(P, L, R), Ty));
}

/// The scalar i32 count is taken modulo the lane width, then applied to
/// every lane (LLVM shifts by >= the width would be poison).
static void lowerShift(FunctionLowering &FL, FixedVectorType *Ty,
                       Instruction::BinaryOps Op) {
  IRBuilder<> &B = FL.B;
  Value *Count = FL.pop();
  Value *V = popAs(FL, Ty);
  Type *LaneTy = Ty->getElementType();
  unsigned Bits = LaneTy->getIntegerBitWidth();
  Count = B.CreateAnd(Count, FL.i32(Bits - 1));
  Count = B.CreateZExtOrTrunc(Count, LaneTy);
  Value *Splat = B.CreateVectorSplat(Ty->getNumElements(), Count);
  pushV128(FL, B.CreateBinOp(Op, V, Splat));
}

/// avgr_u: (a + b + 1) >> 1 computed without overflow in lanes twice as
/// wide.
static void lowerAvgr(FunctionLowering &FL, FixedVectorType *Ty) {
  IRBuilder<> &B = FL.B;
  Type *WideTy = VectorType::getExtendedElementVectorType(Ty);
  Value *R = B.CreateZExt(popAs(FL, Ty), WideTy);
  Value *L = B.CreateZExt(popAs(FL, Ty), WideTy);
  Value *Sum = B.CreateAdd(B.CreateAdd(L, R), ConstantInt::get(WideTy, 1));
  pushV128(FL,
           B.CreateTrunc(B.CreateLShr(Sum, ConstantInt::get(WideTy, 1)), Ty));
}

/// i16x8.q15mulr_sat_s: (a * b + 2^14) >> 15, saturated. Only
/// -32768 * -32768 overflows (to 32768, which saturates to 32767).
static void lowerQ15MulrSat(FunctionLowering &FL, const Shapes &S) {
  IRBuilder<> &B = FL.B;
  // AArch64's sqrdmulh is exactly this operation, saturation included.
  if (FL.MC.Target.row().NeonSqrdmulh) {
    Value *R = popAs(FL, S.I16x8);
    Value *L = popAs(FL, S.I16x8);
    pushV128(FL, B.CreateIntrinsic(Intrinsic::aarch64_neon_sqrdmulh, {S.I16x8},
                                   {L, R}));
    return;
  }
  Type *WideTy = VectorType::getExtendedElementVectorType(S.I16x8);
  Value *R = B.CreateSExt(popAs(FL, S.I16x8), WideTy);
  Value *L = B.CreateSExt(popAs(FL, S.I16x8), WideTy);
  Value *Prod = B.CreateMul(L, R, "", /*HasNUW=*/false, /*HasNSW=*/true);
  Value *Rounded =
      B.CreateAShr(B.CreateAdd(Prod, ConstantInt::get(WideTy, 0x4000)), 15);
  Value *Clamped = B.CreateBinaryIntrinsic(Intrinsic::smin, Rounded,
                                           ConstantInt::get(WideTy, 0x7fff));
  pushV128(FL, B.CreateTrunc(Clamped, S.I16x8));
}

/// all_true: every lane is non-zero.
static void lowerAllTrue(FunctionLowering &FL, FixedVectorType *Ty) {
  IRBuilder<> &B = FL.B;
  Value *V = popAs(FL, Ty);
  Value *NonZero = B.CreateICmpNE(V, Constant::getNullValue(Ty));
  FL.push(B.CreateZExt(B.CreateAndReduce(NonZero), FL.MC.I32Ty));
}

/// bitmask: bit i of the result is the sign bit of lane i.
static void lowerBitmask(FunctionLowering &FL, FixedVectorType *Ty) {
  IRBuilder<> &B = FL.B;
  Value *V = popAs(FL, Ty);
  Value *Neg = B.CreateICmpSLT(V, Constant::getNullValue(Ty));
  Value *Bits = B.CreateBitCast(Neg, B.getIntNTy(Ty->getNumElements()));
  FL.push(B.CreateZExt(Bits, FL.MC.I32Ty));
}

static void lowerNeg(FunctionLowering &FL, FixedVectorType *Ty) {
  Value *V = popAs(FL, Ty);
  pushV128(FL, FL.B.CreateSub(Constant::getNullValue(Ty), V));
}

static void lowerAbs(FunctionLowering &FL, FixedVectorType *Ty) {
  Value *V = popAs(FL, Ty);
  // The minimum value stays itself (wraps), so INT_MIN must not be poison.
  pushV128(FL, FL.B.CreateBinaryIntrinsic(Intrinsic::abs, V, FL.B.getFalse()));
}

static bool lowerBitwise(FunctionLowering &FL, const Instr &I) {
  IRBuilder<> &B = FL.B;
  switch (I.Op) {
  case Opcode::V128Not:
    FL.push(B.CreateNot(FL.pop()));
    return true;
  case Opcode::V128And:
    lowerBinary(FL, FL.MC.V128Ty, Instruction::And);
    return true;
  case Opcode::V128Or:
    lowerBinary(FL, FL.MC.V128Ty, Instruction::Or);
    return true;
  case Opcode::V128Xor:
    lowerBinary(FL, FL.MC.V128Ty, Instruction::Xor);
    return true;
  case Opcode::V128Andnot: {
    Value *R = FL.pop();
    Value *L = FL.pop();
    FL.push(B.CreateAnd(L, B.CreateNot(R)));
    return true;
  }
  case Opcode::V128Bitselect: {
    // Bits of the first operand where the mask is 1, of the second where
    // it is 0.
    Value *Mask = FL.pop();
    Value *V2 = FL.pop();
    Value *V1 = FL.pop();
    FL.push(
        B.CreateOr(B.CreateAnd(V1, Mask), B.CreateAnd(V2, B.CreateNot(Mask))));
    return true;
  }
  case Opcode::V128AnyTrue: {
    Value *Any = B.CreateOrReduce(FL.pop());
    Value *NonZero =
        B.CreateICmpNE(Any, Constant::getNullValue(Any->getType()));
    FL.push(B.CreateZExt(NonZero, FL.MC.I32Ty));
    return true;
  }
  default:
    return false;
  }
}

bool lowerSimdInt(FunctionLowering &FL, const Instr &I) {
  if (lowerBitwise(FL, I))
    return true;
  Shapes S(FL.MC);
  switch (I.Op) {
#define SIMD_INT_COMPARES(Shape)                                               \
  case Opcode::Shape##Eq:                                                      \
    lowerCompare(FL, S.Shape, CmpInst::ICMP_EQ);                               \
    return true;                                                               \
  case Opcode::Shape##Ne:                                                      \
    lowerCompare(FL, S.Shape, CmpInst::ICMP_NE);                               \
    return true;                                                               \
  case Opcode::Shape##LtS:                                                     \
    lowerCompare(FL, S.Shape, CmpInst::ICMP_SLT);                              \
    return true;                                                               \
  case Opcode::Shape##LtU:                                                     \
    lowerCompare(FL, S.Shape, CmpInst::ICMP_ULT);                              \
    return true;                                                               \
  case Opcode::Shape##GtS:                                                     \
    lowerCompare(FL, S.Shape, CmpInst::ICMP_SGT);                              \
    return true;                                                               \
  case Opcode::Shape##GtU:                                                     \
    lowerCompare(FL, S.Shape, CmpInst::ICMP_UGT);                              \
    return true;                                                               \
  case Opcode::Shape##LeS:                                                     \
    lowerCompare(FL, S.Shape, CmpInst::ICMP_SLE);                              \
    return true;                                                               \
  case Opcode::Shape##LeU:                                                     \
    lowerCompare(FL, S.Shape, CmpInst::ICMP_ULE);                              \
    return true;                                                               \
  case Opcode::Shape##GeS:                                                     \
    lowerCompare(FL, S.Shape, CmpInst::ICMP_SGE);                              \
    return true;                                                               \
  case Opcode::Shape##GeU:                                                     \
    lowerCompare(FL, S.Shape, CmpInst::ICMP_UGE);                              \
    return true;
    SIMD_INT_COMPARES(I8x16)
    SIMD_INT_COMPARES(I16x8)
    SIMD_INT_COMPARES(I32x4)
#undef SIMD_INT_COMPARES

  // i64x2 has only the signed compares.
  case Opcode::I64x2Eq:
    lowerCompare(FL, S.I64x2, CmpInst::ICMP_EQ);
    return true;
  case Opcode::I64x2Ne:
    lowerCompare(FL, S.I64x2, CmpInst::ICMP_NE);
    return true;
  case Opcode::I64x2LtS:
    lowerCompare(FL, S.I64x2, CmpInst::ICMP_SLT);
    return true;
  case Opcode::I64x2GtS:
    lowerCompare(FL, S.I64x2, CmpInst::ICMP_SGT);
    return true;
  case Opcode::I64x2LeS:
    lowerCompare(FL, S.I64x2, CmpInst::ICMP_SLE);
    return true;
  case Opcode::I64x2GeS:
    lowerCompare(FL, S.I64x2, CmpInst::ICMP_SGE);
    return true;

#define SIMD_INT_COMMON(Shape, Ty)                                             \
  case Opcode::Shape##Abs:                                                     \
    lowerAbs(FL, S.Ty);                                                        \
    return true;                                                               \
  case Opcode::Shape##Neg:                                                     \
    lowerNeg(FL, S.Ty);                                                        \
    return true;                                                               \
  case Opcode::Shape##AllTrue:                                                 \
    lowerAllTrue(FL, S.Ty);                                                    \
    return true;                                                               \
  case Opcode::Shape##Bitmask:                                                 \
    lowerBitmask(FL, S.Ty);                                                    \
    return true;                                                               \
  case Opcode::Shape##Shl:                                                     \
    lowerShift(FL, S.Ty, Instruction::Shl);                                    \
    return true;                                                               \
  case Opcode::Shape##ShrS:                                                    \
    lowerShift(FL, S.Ty, Instruction::AShr);                                   \
    return true;                                                               \
  case Opcode::Shape##ShrU:                                                    \
    lowerShift(FL, S.Ty, Instruction::LShr);                                   \
    return true;                                                               \
  case Opcode::Shape##Add:                                                     \
    lowerBinary(FL, S.Ty, Instruction::Add);                                   \
    return true;                                                               \
  case Opcode::Shape##Sub:                                                     \
    lowerBinary(FL, S.Ty, Instruction::Sub);                                   \
    return true;
    SIMD_INT_COMMON(I8x16, I8x16)
    SIMD_INT_COMMON(I16x8, I16x8)
    SIMD_INT_COMMON(I32x4, I32x4)
    SIMD_INT_COMMON(I64x2, I64x2)
#undef SIMD_INT_COMMON

  // Multiplication (no i8x16.mul in Wasm).
  case Opcode::I16x8Mul:
    lowerBinary(FL, S.I16x8, Instruction::Mul);
    return true;
  case Opcode::I32x4Mul:
    lowerBinary(FL, S.I32x4, Instruction::Mul);
    return true;
  case Opcode::I64x2Mul:
    lowerBinary(FL, S.I64x2, Instruction::Mul);
    return true;

#define SIMD_INT_MINMAX(Shape)                                                 \
  case Opcode::Shape##MinS:                                                    \
    lowerBinaryIntrinsic(FL, S.Shape, Intrinsic::smin);                        \
    return true;                                                               \
  case Opcode::Shape##MinU:                                                    \
    lowerBinaryIntrinsic(FL, S.Shape, Intrinsic::umin);                        \
    return true;                                                               \
  case Opcode::Shape##MaxS:                                                    \
    lowerBinaryIntrinsic(FL, S.Shape, Intrinsic::smax);                        \
    return true;                                                               \
  case Opcode::Shape##MaxU:                                                    \
    lowerBinaryIntrinsic(FL, S.Shape, Intrinsic::umax);                        \
    return true;
    SIMD_INT_MINMAX(I8x16)
    SIMD_INT_MINMAX(I16x8)
    SIMD_INT_MINMAX(I32x4)
#undef SIMD_INT_MINMAX

#define SIMD_INT_SAT(Shape)                                                    \
  case Opcode::Shape##AddSatS:                                                 \
    lowerBinaryIntrinsic(FL, S.Shape, Intrinsic::sadd_sat);                    \
    return true;                                                               \
  case Opcode::Shape##AddSatU:                                                 \
    lowerBinaryIntrinsic(FL, S.Shape, Intrinsic::uadd_sat);                    \
    return true;                                                               \
  case Opcode::Shape##SubSatS:                                                 \
    lowerBinaryIntrinsic(FL, S.Shape, Intrinsic::ssub_sat);                    \
    return true;                                                               \
  case Opcode::Shape##SubSatU:                                                 \
    lowerBinaryIntrinsic(FL, S.Shape, Intrinsic::usub_sat);                    \
    return true;                                                               \
  case Opcode::Shape##AvgrU:                                                   \
    lowerAvgr(FL, S.Shape);                                                    \
    return true;
    SIMD_INT_SAT(I8x16)
    SIMD_INT_SAT(I16x8)
#undef SIMD_INT_SAT

  case Opcode::I8x16Popcnt:
    pushV128(FL,
             FL.B.CreateUnaryIntrinsic(Intrinsic::ctpop, popAs(FL, S.I8x16)));
    return true;
  case Opcode::I16x8Q15mulrSatS:
    lowerQ15MulrSat(FL, S);
    return true;

  default:
    return false;
  }
}

} // namespace wasmc::simd
