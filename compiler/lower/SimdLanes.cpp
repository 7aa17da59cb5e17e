//===- SimdLanes.cpp - v128.const, shuffles, splats and lane access -------===//
#include "lower/Simd.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/Constants.h"

using namespace llvm;

namespace wasmc::simd {

/// v128.const: the 16 immediate bytes are the value in memory order, so
/// lane 0 of the i64x2 view is the little-endian reading of bytes 0-7.
static Constant *v128Constant(const ModuleContext &MC,
                              const std::array<uint8_t, 16> &Bytes) {
  uint64_t Halves[2] = {0, 0};
  for (unsigned K = 0; K < 16; ++K)
    Halves[K / 8] |= uint64_t(Bytes[K]) << (8 * (K % 8));
  return ConstantDataVector::get(MC.Ctx, ArrayRef<uint64_t>(Halves));
}

/// i8x16.swizzle: lane i of the result is a[s[i]], or 0 when s[i] >= 16.
/// A shufflevector needs constant indices, so each lane is a dynamic
/// extractelement of index s[i] mod 16 (always in range, so never poison),
/// and one vector select zeroes the lanes whose index is out of range. The
/// backends recognise the gather as a variable byte permute (pshufb with
/// SSSE3, tbl on NEON); plain SSE2 goes through the stack.
static void lowerSwizzle(FunctionLowering &FL, const Shapes &S) {
  IRBuilder<> &B = FL.B;
  Value *Idx = popAs(FL, S.I8x16);
  Value *A = popAs(FL, S.I8x16);
  Value *Masked = B.CreateAnd(Idx, ConstantInt::get(S.I8x16, 15));
  Value *Gathered = PoisonValue::get(S.I8x16);
  for (unsigned K = 0; K < 16; ++K) {
    Value *Lane = B.CreateExtractElement(A, B.CreateExtractElement(Masked, K));
    Gathered = B.CreateInsertElement(Gathered, Lane, K);
  }
  Value *InRange = B.CreateICmpULT(Idx, ConstantInt::get(S.I8x16, 16));
  pushV128(FL, B.CreateSelect(InRange, Gathered,
                              Constant::getNullValue(S.I8x16), "swizzle"));
}

static void lowerShuffle(FunctionLowering &FL, const Instr &I,
                         const Shapes &S) {
  Value *R = popAs(FL, S.I8x16);
  Value *L = popAs(FL, S.I8x16);
  // Indices 0-15 pick from the first operand, 16-31 from the second:
  // shufflevector's numbering exactly. The validator rejected larger ones.
  SmallVector<int, 16> Mask(I.Bytes.begin(), I.Bytes.end());
  pushV128(FL, FL.B.CreateShuffleVector(L, R, Mask, "shuffle"));
}

static void lowerSplat(FunctionLowering &FL, Type *LaneTy, unsigned Lanes) {
  Value *V = FL.pop();
  if (V->getType() != LaneTy) // i8/i16 lanes come from an i32
    V = FL.B.CreateTrunc(V, LaneTy);
  pushV128(FL, FL.B.CreateVectorSplat(Lanes, V));
}

/// extract_lane. The i8 and i16 lanes widen to i32 (Signed: sign-extend).
static void lowerExtract(FunctionLowering &FL, const Instr &I,
                         FixedVectorType *VecTy, bool Signed = false) {
  Value *V = FL.B.CreateExtractElement(popAs(FL, VecTy), uint64_t(I.Lane));
  if (VecTy->getScalarSizeInBits() < 32)
    V = Signed ? FL.B.CreateSExt(V, FL.MC.I32Ty)
               : FL.B.CreateZExt(V, FL.MC.I32Ty);
  FL.push(V);
}

static void lowerReplace(FunctionLowering &FL, const Instr &I,
                         FixedVectorType *VecTy) {
  Value *V = FL.pop();
  Value *Vec = popAs(FL, VecTy);
  if (V->getType() != VecTy->getElementType())
    V = FL.B.CreateTrunc(V, VecTy->getElementType());
  pushV128(FL, FL.B.CreateInsertElement(Vec, V, uint64_t(I.Lane)));
}

bool lowerSimdLanes(FunctionLowering &FL, const Instr &I) {
  ModuleContext &MC = FL.MC;
  Shapes S(MC);
  switch (I.Op) {
  case Opcode::V128Const:
    FL.push(v128Constant(MC, I.Bytes));
    return true;
  case Opcode::I8x16Shuffle:
    lowerShuffle(FL, I, S);
    return true;
  case Opcode::I8x16Swizzle:
    lowerSwizzle(FL, S);
    return true;

  case Opcode::I8x16Splat:
    lowerSplat(FL, MC.I8Ty, 16);
    return true;
  case Opcode::I16x8Splat:
    lowerSplat(FL, MC.I16Ty, 8);
    return true;
  case Opcode::I32x4Splat:
    lowerSplat(FL, MC.I32Ty, 4);
    return true;
  case Opcode::I64x2Splat:
    lowerSplat(FL, MC.I64Ty, 2);
    return true;
  case Opcode::F32x4Splat:
    lowerSplat(FL, MC.F32Ty, 4);
    return true;
  case Opcode::F64x2Splat:
    lowerSplat(FL, MC.F64Ty, 2);
    return true;

  case Opcode::I8x16ExtractLaneS:
    lowerExtract(FL, I, S.I8x16, /*Signed=*/true);
    return true;
  case Opcode::I8x16ExtractLaneU:
    lowerExtract(FL, I, S.I8x16);
    return true;
  case Opcode::I16x8ExtractLaneS:
    lowerExtract(FL, I, S.I16x8, /*Signed=*/true);
    return true;
  case Opcode::I16x8ExtractLaneU:
    lowerExtract(FL, I, S.I16x8);
    return true;
  case Opcode::I32x4ExtractLane:
    lowerExtract(FL, I, S.I32x4);
    return true;
  case Opcode::I64x2ExtractLane:
    lowerExtract(FL, I, S.I64x2);
    return true;
  case Opcode::F32x4ExtractLane:
    lowerExtract(FL, I, S.F32x4);
    return true;
  case Opcode::F64x2ExtractLane:
    lowerExtract(FL, I, S.F64x2);
    return true;

  case Opcode::I8x16ReplaceLane:
    lowerReplace(FL, I, S.I8x16);
    return true;
  case Opcode::I16x8ReplaceLane:
    lowerReplace(FL, I, S.I16x8);
    return true;
  case Opcode::I32x4ReplaceLane:
    lowerReplace(FL, I, S.I32x4);
    return true;
  case Opcode::I64x2ReplaceLane:
    lowerReplace(FL, I, S.I64x2);
    return true;
  case Opcode::F32x4ReplaceLane:
    lowerReplace(FL, I, S.F32x4);
    return true;
  case Opcode::F64x2ReplaceLane:
    lowerReplace(FL, I, S.F64x2);
    return true;

  default:
    return false;
  }
}

} // namespace wasmc::simd
