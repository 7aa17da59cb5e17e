//===- Conversion.cpp - Conversions between value types ---------------------===//
//
// wrap/extend, float<->int conversions (trapping and saturating),
// demote/promote, reinterpretations and the sign-extension operators.
//
//===----------------------------------------------------------------------===//

#include "lower/FloatSemantics.h"
#include "lower/FunctionLowering.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Intrinsics.h"

using namespace llvm;
using namespace wasmc;

namespace {
/// The range of floats whose truncation fits the target integer. Valid
/// inputs are Lo < x < Hi, or Lo <= x < Hi when LoInclusive. The bounds are
/// powers of two (or -1, or -2^31-1 for f64), all exactly representable in
/// their float type, so the compare is exact.
struct TruncRange {
  double Lo;
  bool LoInclusive;
  double Hi;
};
} // namespace

/// The eight trapping truncations. Signed: the lower bound is -2^(N-1)
/// inclusive unless the float type can represent -2^(N-1)-1, in which case
/// values in (-2^(N-1)-1, -2^(N-1)) also truncate to INT_MIN and the bound is
/// that value, exclusive (only f64 -> i32). Unsigned: anything in (-1, 0)
/// truncates to 0, so the bound is -1 exclusive. The upper bound is always
/// 2^N or 2^(N-1), exclusive.
static TruncRange truncRange(bool FromF64, unsigned ToBits, bool Signed) {
  if (!Signed)
    return {-1.0, false, ToBits == 32 ? 4294967296.0 : 18446744073709551616.0};
  if (ToBits == 32)
    return FromF64 ? TruncRange{-2147483649.0, false, 2147483648.0}
                   : TruncRange{-2147483648.0, true, 2147483648.0};
  return {-9223372036854775808.0, true, 9223372036854775808.0};
}

/// Skips the check when IRBuilder folded the condition to false (a constant
/// operand that converts fine).
static void trapIfNotFalse(FunctionLowering &FL, Value *Cond,
                           wasmc_trap_code Code) {
  if (auto *C = dyn_cast<ConstantInt>(Cond); C && C->isZero())
    return;
  FL.trapIf(Cond, Code);
}

/// Traps on NaN ("invalid conversion to integer") and on values outside the
/// target range ("integer overflow"), then converts; fptosi/fptoui are
/// exact on the remaining inputs.
static void lowerTruncTrapping(FunctionLowering &FL, IntegerType *To,
                               bool Signed) {
  IRBuilder<> &B = FL.B;
  Value *X = FL.pop();
  Type *FTy = X->getType();
  TruncRange R = truncRange(FTy->isDoubleTy(), To->getBitWidth(), Signed);

  trapIfNotFalse(FL, B.CreateFCmpUNO(X, X), WASMC_TRAP_INVALID_CONVERSION);
  // X is ordered here, so the ordered compares are exact range tests.
  Value *Lo = ConstantFP::get(FTy, R.Lo);
  Value *Hi = ConstantFP::get(FTy, R.Hi);
  Value *AboveLo = R.LoInclusive ? B.CreateFCmpOGE(X, Lo) : B.CreateFCmpOGT(X, Lo);
  Value *InRange = B.CreateAnd(AboveLo, B.CreateFCmpOLT(X, Hi));
  trapIfNotFalse(FL, B.CreateNot(InRange), WASMC_TRAP_INT_OVERFLOW);
  FL.push(Signed ? B.CreateFPToSI(X, To) : B.CreateFPToUI(X, To));
}

/// trunc_sat: NaN -> 0, out of range -> INT_MIN/INT_MAX (or 0/UINT_MAX),
/// which is exactly what llvm.fpto[su]i.sat define.
static void lowerTruncSat(FunctionLowering &FL, IntegerType *To, bool Signed) {
  Value *X = FL.pop();
  Intrinsic::ID ID = Signed ? Intrinsic::fptosi_sat : Intrinsic::fptoui_sat;
  FL.push(FL.B.CreateIntrinsic(ID, {To, X->getType()}, {X}));
}

/// extendN_s: sign-extend the low N bits in place.
static void lowerSignExtendInPlace(FunctionLowering &FL, unsigned FromBits) {
  Value *V = FL.pop();
  Type *Ty = V->getType();
  Value *Narrow = FL.B.CreateTrunc(V, FL.B.getIntNTy(FromBits));
  FL.push(FL.B.CreateSExt(Narrow, Ty));
}

bool FunctionLowering::lowerConversion(const Instr &I) {
  IntegerType *I32 = MC.I32Ty, *I64 = MC.I64Ty;
  Type *F32 = MC.F32Ty, *F64 = MC.F64Ty;
  switch (I.Op) {
  case Opcode::I32WrapI64:
    push(B.CreateTrunc(pop(), I32));
    return true;
  case Opcode::I64ExtendI32S:
    push(B.CreateSExt(pop(), I64));
    return true;
  case Opcode::I64ExtendI32U:
    push(B.CreateZExt(pop(), I64));
    return true;

  case Opcode::I32TruncF32S:
  case Opcode::I32TruncF64S:
    lowerTruncTrapping(*this, I32, /*Signed=*/true);
    return true;
  case Opcode::I32TruncF32U:
  case Opcode::I32TruncF64U:
    lowerTruncTrapping(*this, I32, /*Signed=*/false);
    return true;
  case Opcode::I64TruncF32S:
  case Opcode::I64TruncF64S:
    lowerTruncTrapping(*this, I64, /*Signed=*/true);
    return true;
  case Opcode::I64TruncF32U:
  case Opcode::I64TruncF64U:
    lowerTruncTrapping(*this, I64, /*Signed=*/false);
    return true;

  case Opcode::I32TruncSatF32S:
  case Opcode::I32TruncSatF64S:
    lowerTruncSat(*this, I32, /*Signed=*/true);
    return true;
  case Opcode::I32TruncSatF32U:
  case Opcode::I32TruncSatF64U:
    lowerTruncSat(*this, I32, /*Signed=*/false);
    return true;
  case Opcode::I64TruncSatF32S:
  case Opcode::I64TruncSatF64S:
    lowerTruncSat(*this, I64, /*Signed=*/true);
    return true;
  case Opcode::I64TruncSatF32U:
  case Opcode::I64TruncSatF64U:
    lowerTruncSat(*this, I64, /*Signed=*/false);
    return true;

  // int -> float rounds to nearest-even, as sitofp/uitofp do (LLVM's
  // expansion of u64 -> f32/f64 on x86 is correctly rounded too).
  case Opcode::F32ConvertI32S:
  case Opcode::F32ConvertI64S:
    push(B.CreateSIToFP(pop(), F32));
    return true;
  case Opcode::F32ConvertI32U:
  case Opcode::F32ConvertI64U:
    push(B.CreateUIToFP(pop(), F32));
    return true;
  case Opcode::F64ConvertI32S:
  case Opcode::F64ConvertI64S:
    push(B.CreateSIToFP(pop(), F64));
    return true;
  case Opcode::F64ConvertI32U:
  case Opcode::F64ConvertI64U:
    push(B.CreateUIToFP(pop(), F64));
    return true;
  case Opcode::F32DemoteF64: {
    // LLVM folds demote(promote(x)) to x, which would let a signalling NaN
    // through unquieted; Wasm requires a quiet NaN from either conversion.
    Value *X = pop();
    Value *V = B.CreateFPTrunc(X, F32);
    if (isa<FPExtInst>(X))
      V = quietNaN(B, V);
    push(V);
    return true;
  }
  case Opcode::F64PromoteF32:
    push(B.CreateFPExt(pop(), F64));
    return true;

  case Opcode::I32ReinterpretF32:
    push(B.CreateBitCast(pop(), I32));
    return true;
  case Opcode::I64ReinterpretF64:
    push(B.CreateBitCast(pop(), I64));
    return true;
  case Opcode::F32ReinterpretI32:
    push(B.CreateBitCast(pop(), F32));
    return true;
  case Opcode::F64ReinterpretI64:
    push(B.CreateBitCast(pop(), F64));
    return true;

  case Opcode::I32Extend8S:
  case Opcode::I64Extend8S:
    lowerSignExtendInPlace(*this, 8);
    return true;
  case Opcode::I32Extend16S:
  case Opcode::I64Extend16S:
    lowerSignExtendInPlace(*this, 16);
    return true;
  case Opcode::I64Extend32S:
    lowerSignExtendInPlace(*this, 32);
    return true;

  default:
    return false;
  }
}
