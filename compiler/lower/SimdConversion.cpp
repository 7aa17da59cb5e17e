//===- SimdConversion.cpp - v128 operations that change the lane shape ----===//
//
// Integer narrowing (saturating), widening (extend, extmul, extadd_pairwise,
// dot), and the float/integer and float/float conversions. Each is written
// as generic vector IR (shuffles to pick the half of the lanes, casts,
// clamps via llvm.smin/smax, compares and selects) that the backends match
// to pack/unpack/convert instructions.
//
//===----------------------------------------------------------------------===//
#include "lower/Simd.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

namespace wasmc::simd {

/// Mask selecting N lanes First, First + Step, ...
static SmallVector<int, 16> laneMask(unsigned N, unsigned First,
                                     unsigned Step = 1) {
  SmallVector<int, 16> Mask;
  for (unsigned K = 0; K < N; ++K)
    Mask.push_back(First + K * Step);
  return Mask;
}

/// The low (lanes 0..N/2-1) or high half of V.
static Value *half(IRBuilder<> &B, Value *V, bool High) {
  unsigned N = cast<FixedVectorType>(V->getType())->getNumElements();
  return B.CreateShuffleVector(V, laneMask(N / 2, High ? N / 2 : 0));
}

static Value *extend(IRBuilder<> &B, Value *V, Type *To, bool Signed) {
  return Signed ? B.CreateSExt(V, To) : B.CreateZExt(V, To);
}

/// narrow: the lanes of a then b, each clamped to the range of the half-width
/// lane (signed or unsigned; the inputs are always read as signed) and
/// truncated.
static void lowerNarrow(FunctionLowering &FL, FixedVectorType *From,
                        bool Signed) {
  IRBuilder<> &B = FL.B;
  Value *R = popAs(FL, From);
  Value *L = popAs(FL, From);
  unsigned N = From->getNumElements();
  Value *Both = B.CreateShuffleVector(L, R, laneMask(2 * N, 0));
  auto *WideTy = cast<FixedVectorType>(Both->getType());
  unsigned NarrowBits = From->getScalarSizeInBits() / 2;
  APInt Lo = Signed ? APInt::getSignedMinValue(NarrowBits).sext(2 * NarrowBits)
                    : APInt::getZero(2 * NarrowBits);
  APInt Hi = Signed ? APInt::getSignedMaxValue(NarrowBits).sext(2 * NarrowBits)
                    : APInt::getMaxValue(NarrowBits).zext(2 * NarrowBits);
  Value *Clamped = B.CreateBinaryIntrinsic(Intrinsic::smax, Both,
                                           ConstantInt::get(WideTy, Lo));
  Clamped = B.CreateBinaryIntrinsic(Intrinsic::smin, Clamped,
                                    ConstantInt::get(WideTy, Hi));
  auto *NarrowTy = FixedVectorType::get(B.getIntNTy(NarrowBits), 2 * N);
  pushV128(FL, B.CreateTrunc(Clamped, NarrowTy));
}

/// extend_low/high: half of the lanes, each widened to twice its width.
static void lowerExtend(FunctionLowering &FL, FixedVectorType *From, bool High,
                        bool Signed) {
  Value *V = half(FL.B, popAs(FL, From), High);
  Type *WideTy =
      VectorType::getExtendedElementVectorType(cast<VectorType>(V->getType()));
  pushV128(FL, extend(FL.B, V, WideTy, Signed));
}

/// extmul_low/high: the widened product of the matching halves (exact: the
/// product of two N-bit values fits 2N bits).
static void lowerExtMul(FunctionLowering &FL, FixedVectorType *From, bool High,
                        bool Signed) {
  IRBuilder<> &B = FL.B;
  Value *R = half(B, popAs(FL, From), High);
  Value *L = half(B, popAs(FL, From), High);
  Type *WideTy =
      VectorType::getExtendedElementVectorType(cast<VectorType>(R->getType()));
  pushV128(FL, B.CreateMul(extend(B, L, WideTy, Signed),
                           extend(B, R, WideTy, Signed)));
}

/// Sum of the even and odd lanes of V (pairwise add, halving the lanes).
static Value *addPairs(IRBuilder<> &B, Value *V) {
  unsigned N = cast<FixedVectorType>(V->getType())->getNumElements();
  Value *Even = B.CreateShuffleVector(V, laneMask(N / 2, 0, 2));
  Value *Odd = B.CreateShuffleVector(V, laneMask(N / 2, 1, 2));
  return B.CreateAdd(Even, Odd);
}

static void lowerExtAddPairwise(FunctionLowering &FL, FixedVectorType *From,
                                bool Signed) {
  Value *V = popAs(FL, From);
  Type *WideTy = VectorType::getExtendedElementVectorType(From);
  pushV128(FL, addPairs(FL.B, extend(FL.B, V, WideTy, Signed)));
}

/// i32x4.dot_i16x8_s: pairwise sums of the signed 32-bit products. Only
/// -32768 * -32768 twice overflows i32; the spec sum wraps, as add does.
static void lowerDot(FunctionLowering &FL, const Shapes &S) {
  IRBuilder<> &B = FL.B;
  Type *WideTy = VectorType::getExtendedElementVectorType(S.I16x8);
  Value *R = B.CreateSExt(popAs(FL, S.I16x8), WideTy);
  Value *L = B.CreateSExt(popAs(FL, S.I16x8), WideTy);
  pushV128(FL, addPairs(B, B.CreateMul(L, R)));
}

/// Widens a 2-lane result to 4 lanes with zeros in lanes 2 and 3.
static Value *zeroHigh(IRBuilder<> &B, Value *V) {
  return B.CreateShuffleVector(V, Constant::getNullValue(V->getType()),
                               laneMask(4, 0));
}

/// trunc_sat to i32 lanes: NaN gives 0 and out-of-range values the nearest
/// bound. The semantics are those of llvm.fpto[su]i.sat, but the x86
/// backend scalarises that intrinsic on vectors, so there it is spelled
/// out: convert
/// (poison in the lanes out of range), then replace exactly those lanes by
/// selects on compares with bounds that are exact in either float type.
/// This becomes cvttps2dq/cvttpd2dq with compares and blends.
static Value *truncSat(FunctionLowering &FL, Value *X, Type *ToTy,
                       bool Signed) {
  IRBuilder<> &B = FL.B;
  // AArch64's fcvtz[su] saturate exactly like this: one instruction.
  if (!FL.MC.Target.row().X86SimdLowering)
    return B.CreateIntrinsic(Signed ? Intrinsic::fptosi_sat
                                    : Intrinsic::fptoui_sat,
                             {ToTy, X->getType()}, {X});
  Type *FTy = X->getType();
  auto Bound = [&](double D) { return ConstantFP::get(FTy, D); };
  auto Int = [&](const APInt &V) { return ConstantInt::get(ToTy, V); };
  if (!Signed) {
    Value *R = B.CreateFPToUI(X, ToTy);
    R = B.CreateSelect(B.CreateFCmpOGE(X, Bound(4294967296.0)),
                       Int(APInt::getMaxValue(32)), R);
    // Negative lanes (all of them round to 0 or saturate to 0) and NaN.
    return B.CreateSelect(B.CreateFCmpULT(X, Bound(0.0)),
                          Constant::getNullValue(ToTy), R, "trunc.sat");
  }
  Value *R = B.CreateFPToSI(X, ToTy);
  R = B.CreateSelect(B.CreateFCmpOGE(X, Bound(2147483648.0)),
                     Int(APInt::getSignedMaxValue(32)), R);
  // Below -2^31 saturates; in f64, (-2^31 - 1, -2^31) would truncate to
  // -2^31 anyway.
  R = B.CreateSelect(B.CreateFCmpOLT(X, Bound(-2147483648.0)),
                     Int(APInt::getSignedMinValue(32)), R);
  return B.CreateSelect(B.CreateFCmpUNO(X, X), Constant::getNullValue(ToTy), R,
                        "trunc.sat");
}

bool lowerSimdConversion(FunctionLowering &FL, const Instr &I) {
  IRBuilder<> &B = FL.B;
  Shapes S(FL.MC);
  switch (I.Op) {
  case Opcode::I8x16NarrowI16x8S:
    lowerNarrow(FL, S.I16x8, true);
    return true;
  case Opcode::I8x16NarrowI16x8U:
    lowerNarrow(FL, S.I16x8, false);
    return true;
  case Opcode::I16x8NarrowI32x4S:
    lowerNarrow(FL, S.I32x4, true);
    return true;
  case Opcode::I16x8NarrowI32x4U:
    lowerNarrow(FL, S.I32x4, false);
    return true;

#define SIMD_WIDEN(To, From, FromTy)                                           \
  case Opcode::To##ExtendLow##From##S:                                         \
    lowerExtend(FL, S.FromTy, false, true);                                    \
    return true;                                                               \
  case Opcode::To##ExtendHigh##From##S:                                        \
    lowerExtend(FL, S.FromTy, true, true);                                     \
    return true;                                                               \
  case Opcode::To##ExtendLow##From##U:                                         \
    lowerExtend(FL, S.FromTy, false, false);                                   \
    return true;                                                               \
  case Opcode::To##ExtendHigh##From##U:                                        \
    lowerExtend(FL, S.FromTy, true, false);                                    \
    return true;                                                               \
  case Opcode::To##ExtmulLow##From##S:                                         \
    lowerExtMul(FL, S.FromTy, false, true);                                    \
    return true;                                                               \
  case Opcode::To##ExtmulHigh##From##S:                                        \
    lowerExtMul(FL, S.FromTy, true, true);                                     \
    return true;                                                               \
  case Opcode::To##ExtmulLow##From##U:                                         \
    lowerExtMul(FL, S.FromTy, false, false);                                   \
    return true;                                                               \
  case Opcode::To##ExtmulHigh##From##U:                                        \
    lowerExtMul(FL, S.FromTy, true, false);                                    \
    return true;
    SIMD_WIDEN(I16x8, I8x16, I8x16)
    SIMD_WIDEN(I32x4, I16x8, I16x8)
    SIMD_WIDEN(I64x2, I32x4, I32x4)
#undef SIMD_WIDEN

  case Opcode::I16x8ExtaddPairwiseI8x16S:
    lowerExtAddPairwise(FL, S.I8x16, true);
    return true;
  case Opcode::I16x8ExtaddPairwiseI8x16U:
    lowerExtAddPairwise(FL, S.I8x16, false);
    return true;
  case Opcode::I32x4ExtaddPairwiseI16x8S:
    lowerExtAddPairwise(FL, S.I16x8, true);
    return true;
  case Opcode::I32x4ExtaddPairwiseI16x8U:
    lowerExtAddPairwise(FL, S.I16x8, false);
    return true;
  case Opcode::I32x4DotI16x8S:
    lowerDot(FL, S);
    return true;

  // Float -> int saturates (NaN -> 0).
  case Opcode::I32x4TruncSatF32x4S:
    pushV128(FL, truncSat(FL, popAs(FL, S.F32x4), S.I32x4, true));
    return true;
  case Opcode::I32x4TruncSatF32x4U:
    pushV128(FL, truncSat(FL, popAs(FL, S.F32x4), S.I32x4, false));
    return true;
  case Opcode::I32x4TruncSatF64x2SZero:
  case Opcode::I32x4TruncSatF64x2UZero: {
    bool Signed = I.Op == Opcode::I32x4TruncSatF64x2SZero;
    Type *I32x2 = FixedVectorType::get(FL.MC.I32Ty, 2);
    Value *V = truncSat(FL, popAs(FL, S.F64x2), I32x2, Signed);
    pushV128(FL, zeroHigh(B, V));
    return true;
  }

  // int -> float rounds to nearest-even like the scalar conversions; the
  // i32 -> f64 ones are exact.
  case Opcode::F32x4ConvertI32x4S:
    pushV128(FL, B.CreateSIToFP(popAs(FL, S.I32x4), S.F32x4));
    return true;
  case Opcode::F32x4ConvertI32x4U:
    pushV128(FL, B.CreateUIToFP(popAs(FL, S.I32x4), S.F32x4));
    return true;
  case Opcode::F64x2ConvertLowI32x4S:
    pushV128(FL, B.CreateSIToFP(half(B, popAs(FL, S.I32x4), false), S.F64x2));
    return true;
  case Opcode::F64x2ConvertLowI32x4U:
    pushV128(FL, B.CreateUIToFP(half(B, popAs(FL, S.I32x4), false), S.F64x2));
    return true;

  case Opcode::F32x4DemoteF64x2Zero: {
    // As for f32.demote_f64 (Conversion.cpp): LLVM folds demote(promote x)
    // to x, which would let a signalling NaN through unquieted.
    Value *In = FL.pop();
    auto *BC = dyn_cast<BitCastInst>(In);
    bool FromPromote = BC && isa<FPExtInst>(BC->getOperand(0));
    Type *F32x2 = FixedVectorType::get(FL.MC.F32Ty, 2);
    Value *V = B.CreateFPTrunc(B.CreateBitCast(In, S.F64x2), F32x2);
    if (FromPromote)
      V = quietNaN(B, V);
    pushV128(FL, zeroHigh(B, V));
    return true;
  }
  case Opcode::F64x2PromoteLowF32x4:
    pushV128(FL, B.CreateFPExt(half(B, popAs(FL, S.F32x4), false), S.F64x2));
    return true;

  default:
    return false;
  }
}

} // namespace wasmc::simd
