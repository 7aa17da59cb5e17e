//===- SimdFloat.cpp - f32x4 and f64x2 arithmetic and comparisons ---------===//
//
// The lane-wise counterparts of the scalar float operations (Numeric.cpp),
// with the same NaN conventions: no fast-math flags, abs/neg only touch the
// sign bit, and the results that LLVM might not quiet (an arithmetic
// operation folded to one of its operands, min/max) are quieted
// explicitly (FloatSemantics.h).
//
//===----------------------------------------------------------------------===//
#include "lower/Simd.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/IntrinsicsX86.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

namespace wasmc::simd {

static void lowerArith(FunctionLowering &FL, FixedVectorType *Ty,
                       Instruction::BinaryOps Op) {
  Value *R = popAs(FL, Ty);
  Value *L = popAs(FL, Ty);
  Value *V = FL.B.CreateBinOp(Op, L, R);
  if (mayFoldToIdentity(Op, L, R))
    V = quietNaN(FL.B, V);
  pushV128(FL, V);
}

/// min/max. llvm.minimum/maximum order -0 below +0 and propagate NaN as
/// Wasm does, but x86 has no instruction for them, and the backend expands
/// them into some 30 SSE2 instructions. minps/maxps (a op b ? a : b) return
/// the second operand for a NaN and for equal operands, so on x86 they are
/// applied both ways round (as intrinsics: LLVM rewrites the equivalent
/// selects beyond recognition). The two results agree except on zeros of
/// different sign, where or (min) and and (max) pick the right zero; a NaN
/// operand gives the canonical NaN, which the spec allows for any NaN
/// input. Elsewhere llvm.minimum/maximum (fmin/fmax on NEON), with NaN
/// lanes from L + R so that they are surely quiet.
static void lowerMinMax(FunctionLowering &FL, FixedVectorType *Ty, bool IsMax) {
  IRBuilder<> &B = FL.B;
  Value *R = popAs(FL, Ty);
  Value *L = popAs(FL, Ty);
  Value *Unordered = B.CreateFCmpUNO(L, R);
  if (!FL.MC.Target.row().X86SimdLowering) {
    Value *V = B.CreateBinaryIntrinsic(
        IsMax ? Intrinsic::maximum : Intrinsic::minimum, L, R);
    pushV128(FL, B.CreateSelect(Unordered, B.CreateFAdd(L, R), V));
    return;
  }
  bool F32 = Ty->getElementType()->isFloatTy();
  Intrinsic::ID ID =
      IsMax ? (F32 ? Intrinsic::x86_sse_max_ps : Intrinsic::x86_sse2_max_pd)
            : (F32 ? Intrinsic::x86_sse_min_ps : Intrinsic::x86_sse2_min_pd);
  Type *IntTy = VectorType::getInteger(Ty);
  Value *LR = B.CreateBitCast(B.CreateIntrinsic(ID, {}, {L, R}), IntTy);
  Value *RL = B.CreateBitCast(B.CreateIntrinsic(ID, {}, {R, L}), IntTy);
  Value *V = IsMax ? B.CreateAnd(LR, RL) : B.CreateOr(LR, RL);
  pushV128(FL, B.CreateSelect(Unordered, ConstantFP::getNaN(Ty),
                              B.CreateBitCast(V, Ty)));
}

/// pmin(a, b) = b < a ? b : a and pmax(a, b) = a < b ? b : a, exactly: the
/// "pseudo" min/max return an operand unchanged, NaNs and zeros included.
static void lowerPseudoMinMax(FunctionLowering &FL, FixedVectorType *Ty,
                              bool IsMax) {
  IRBuilder<> &B = FL.B;
  Value *R = popAs(FL, Ty);
  Value *L = popAs(FL, Ty);
  Value *PickR = IsMax ? B.CreateFCmpOLT(L, R) : B.CreateFCmpOLT(R, L);
  pushV128(FL, B.CreateSelect(PickR, R, L));
}

static void lowerUnaryIntrinsic(FunctionLowering &FL, FixedVectorType *Ty,
                                Intrinsic::ID ID) {
  pushV128(FL, FL.B.CreateUnaryIntrinsic(ID, popAs(FL, Ty)));
}

/// Float compares: all-ones lanes for true. `ne` is unordered (true on
/// NaN), the others ordered.
static void lowerCompare(FunctionLowering &FL, FixedVectorType *Ty,
                         CmpInst::Predicate P) {
  Value *R = popAs(FL, Ty);
  Value *L = popAs(FL, Ty);
  Type *IntTy = VectorType::getInteger(Ty);
  pushV128(FL, FL.B.CreateSExt(FL.B.CreateFCmp(P, L, R), IntTy));
}

bool lowerSimdFloat(FunctionLowering &FL, const Instr &I) {
  Shapes S(FL.MC);
  switch (I.Op) {
#define SIMD_FLOAT(Shape)                                                      \
  case Opcode::Shape##Eq:                                                      \
    lowerCompare(FL, S.Shape, CmpInst::FCMP_OEQ);                              \
    return true;                                                               \
  case Opcode::Shape##Ne:                                                      \
    lowerCompare(FL, S.Shape, CmpInst::FCMP_UNE);                              \
    return true;                                                               \
  case Opcode::Shape##Lt:                                                      \
    lowerCompare(FL, S.Shape, CmpInst::FCMP_OLT);                              \
    return true;                                                               \
  case Opcode::Shape##Gt:                                                      \
    lowerCompare(FL, S.Shape, CmpInst::FCMP_OGT);                              \
    return true;                                                               \
  case Opcode::Shape##Le:                                                      \
    lowerCompare(FL, S.Shape, CmpInst::FCMP_OLE);                              \
    return true;                                                               \
  case Opcode::Shape##Ge:                                                      \
    lowerCompare(FL, S.Shape, CmpInst::FCMP_OGE);                              \
    return true;                                                               \
  case Opcode::Shape##Abs:                                                     \
    lowerUnaryIntrinsic(FL, S.Shape, Intrinsic::fabs);                         \
    return true;                                                               \
  case Opcode::Shape##Neg:                                                     \
    pushV128(FL, FL.B.CreateFNeg(popAs(FL, S.Shape)));                         \
    return true;                                                               \
  case Opcode::Shape##Sqrt:                                                    \
    lowerUnaryIntrinsic(FL, S.Shape, Intrinsic::sqrt);                         \
    return true;                                                               \
  case Opcode::Shape##Ceil:                                                    \
    lowerUnaryIntrinsic(FL, S.Shape, Intrinsic::ceil);                         \
    return true;                                                               \
  case Opcode::Shape##Floor:                                                   \
    lowerUnaryIntrinsic(FL, S.Shape, Intrinsic::floor);                        \
    return true;                                                               \
  case Opcode::Shape##Trunc:                                                   \
    lowerUnaryIntrinsic(FL, S.Shape, Intrinsic::trunc);                        \
    return true;                                                               \
  case Opcode::Shape##Nearest:                                                 \
    /* Round half to even, not llvm.round's half away from zero. */            \
    lowerUnaryIntrinsic(FL, S.Shape, Intrinsic::roundeven);                    \
    return true;                                                               \
  case Opcode::Shape##Add:                                                     \
    lowerArith(FL, S.Shape, Instruction::FAdd);                                \
    return true;                                                               \
  case Opcode::Shape##Sub:                                                     \
    lowerArith(FL, S.Shape, Instruction::FSub);                                \
    return true;                                                               \
  case Opcode::Shape##Mul:                                                     \
    lowerArith(FL, S.Shape, Instruction::FMul);                                \
    return true;                                                               \
  case Opcode::Shape##Div:                                                     \
    lowerArith(FL, S.Shape, Instruction::FDiv);                                \
    return true;                                                               \
  case Opcode::Shape##Min:                                                     \
    lowerMinMax(FL, S.Shape, /*IsMax=*/false);                                 \
    return true;                                                               \
  case Opcode::Shape##Max:                                                     \
    lowerMinMax(FL, S.Shape, /*IsMax=*/true);                                  \
    return true;                                                               \
  case Opcode::Shape##Pmin:                                                    \
    lowerPseudoMinMax(FL, S.Shape, /*IsMax=*/false);                           \
    return true;                                                               \
  case Opcode::Shape##Pmax:                                                    \
    lowerPseudoMinMax(FL, S.Shape, /*IsMax=*/true);                            \
    return true;
    SIMD_FLOAT(F32x4)
    SIMD_FLOAT(F64x2)
#undef SIMD_FLOAT
  default:
    return false;
  }
}

} // namespace wasmc::simd
