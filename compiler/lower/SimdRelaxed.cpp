//===- SimdRelaxed.cpp - The relaxed SIMD instructions --------------------===//
//
// Each relaxed instruction may give any of a small set of results that the
// spec lists; --relaxed-simd picks how (LowerOptions::Relaxed).
//
// Deterministic: one fixed choice, the same on every target and CPU. Where
// a non-relaxed instruction gives one of the permitted results, it is
// lowered exactly as that instruction: swizzle, trunc_sat_*, min/max,
// bitselect for laneselect, q15mulr_sat_s. madd/nmadd are an unfused
// multiply and add; the dot products treat the second operand as signed
// and wrap the 16-bit pair sums.
//
// Fast: the target's cheapest permitted sequence. On x86 that is one
// instruction per operation where the CPU has it (CpuFeatures: pshufb,
// pmulhrsw and pmaddubsw need SSSE3, the blends SSE4.1); the truncations
// and min/max are baseline SSE2. madd is fused (llvm.fma) exactly when the
// TargetMachine's CPU has FMA (x86 with FMA from --cpu, every AArch64 CPU).
// On AArch64 (NeonRelaxed) swizzle is a bare tbl and min/max a bare
// fmin/fmax; elsewhere the deterministic choice already is the fastest
// sequence (fcvtz[su], bsl, sqrdmulh, fmla on AArch64) and is used as it is.
//
//===----------------------------------------------------------------------===//
#include "lower/Simd.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/IntrinsicsAArch64.h"
#include "llvm/IR/IntrinsicsX86.h"

using namespace llvm;

namespace wasmc::simd {

/// Lowers I as the non-relaxed instruction Op, whose result is one that I
/// permits.
static bool lowerAs(FunctionLowering &FL, const Instr &I, Opcode Op) {
  Instr Counterpart = I;
  Counterpart.Op = Op;
  return FL.lowerFamily(Counterpart);
}

/// Pops the operands of a target intrinsic (the first pushed is Args[0]),
/// applies it, and pushes its result.
static void lowerTarget(FunctionLowering &FL, Intrinsic::ID ID, Type *ArgTy,
                        unsigned NumArgs, ArrayRef<Type *> Overload = {}) {
  SmallVector<Value *, 3> Args(NumArgs);
  for (unsigned K = NumArgs; K-- > 0;)
    Args[K] = popAs(FL, ArgTy);
  pushV128(FL, FL.B.CreateIntrinsic(ID, Overload, Args));
}

/// fmin/fmax: the spec's min/max on every non-NaN input, a NaN (quieted
/// input or default NaN) for a NaN operand, without the fix-ups that make
/// f32x4.min's NaN surely quiet and canonical-looking.
static void lowerNeonMinMax(FunctionLowering &FL, Intrinsic::ID ID,
                            FixedVectorType *Ty) {
  Value *R = popAs(FL, Ty);
  Value *L = popAs(FL, Ty);
  pushV128(FL, FL.B.CreateIntrinsic(ID, {Ty}, {L, R}));
}

/// madd: a * b + c; nmadd: -(a * b) + c. Either may be fused.
static void lowerMadd(FunctionLowering &FL, FixedVectorType *Ty, bool Negate,
                      bool Fast) {
  IRBuilder<> &B = FL.B;
  Value *C = popAs(FL, Ty);
  Value *Y = popAs(FL, Ty);
  Value *X = popAs(FL, Ty);
  if (Negate)
    X = B.CreateFNeg(X); // exact, so the fused and unfused forms stay equal
  // Fused or not is decided here, not left to llvm.fmuladd: constant
  // folding would fuse where the generated code does not, and the spec
  // requires one choice throughout the program.
  Value *V = Fast && FL.MC.Target.cpu().FMA
                 ? B.CreateIntrinsic(Intrinsic::fma, {Ty}, {X, Y, C})
                 : B.CreateFAdd(B.CreateFMul(X, Y), C);
  // x * 1.0 + -0.0 may fold to x, a signalling NaN included (the same
  // compromise as mayFoldToIdentity: only constants seen here).
  if (isa<Constant>(X) || isa<Constant>(Y) || isa<Constant>(C))
    V = quietNaN(B, V);
  pushV128(FL, V);
}

/// laneselect(a, b, m) by the top bit of each mask lane (x86 blendv; bytes
/// for i16x8, which the spec permits too). Lanes of m that are all ones or
/// all zeros select exactly as bitselect does.
static void lowerBlend(FunctionLowering &FL, Intrinsic::ID ID, Type *Ty) {
  IRBuilder<> &B = FL.B;
  Value *M = popAs(FL, Ty);
  Value *Bv = popAs(FL, Ty);
  Value *A = popAs(FL, Ty);
  // blendv(x, y, m) takes y where m's top bit is set.
  pushV128(FL, B.CreateIntrinsic(ID, {}, {Bv, A, M}));
}

/// The i8 x i7 products of a and b summed in pairs: i16 lanes. Deterministic:
/// b signed, sums wrapped (only -128 * -128 twice overflows, to -32768, the
/// same as the signed-by-unsigned saturated sum). x86 with SSSE3:
/// pmaddubsw, which reads b unsigned and saturates, also permitted.
static Value *dotPairs(FunctionLowering &FL, const Shapes &S, Value *A,
                       Value *Bv, bool Fast) {
  IRBuilder<> &B = FL.B;
  if (Fast && FL.MC.Target.cpu().X86SSSE3)
    return B.CreateIntrinsic(Intrinsic::x86_ssse3_pmadd_ub_sw_128, {}, {Bv, A});
  Type *WideTy = FixedVectorType::get(FL.MC.I16Ty, 16);
  Value *Prod = B.CreateMul(B.CreateSExt(A, WideTy), B.CreateSExt(Bv, WideTy));
  SmallVector<int, 8> Even, Odd;
  for (int K = 0; K < 8; ++K) {
    Even.push_back(2 * K);
    Odd.push_back(2 * K + 1);
  }
  return B.CreateAdd(B.CreateShuffleVector(Prod, Even),
                     B.CreateShuffleVector(Prod, Odd));
}

static void lowerDot(FunctionLowering &FL, const Shapes &S, bool Fast) {
  Value *Bv = popAs(FL, S.I8x16);
  Value *A = popAs(FL, S.I8x16);
  pushV128(FL, dotPairs(FL, S, A, Bv, Fast));
}

/// dot_add: the i16 pair sums, summed in pairs again as i32, plus c.
static void lowerDotAdd(FunctionLowering &FL, const Shapes &S, bool Fast) {
  IRBuilder<> &B = FL.B;
  Value *C = popAs(FL, S.I32x4);
  Value *Bv = popAs(FL, S.I8x16);
  Value *A = popAs(FL, S.I8x16);
  Value *Pairs = dotPairs(FL, S, A, Bv, Fast);
  Value *Quads;
  if (Fast && FL.MC.Target.row().X86SimdLowering) {
    // pmaddwd by ones: the sign-extended pair sums in one instruction.
    Quads = B.CreateIntrinsic(Intrinsic::x86_sse2_pmadd_wd, {},
                              {Pairs, ConstantInt::get(S.I16x8, 1)});
  } else if (Fast && FL.MC.Target.row().NeonRelaxed) {
    // saddlp: pairwise add, widening.
    Quads = B.CreateIntrinsic(Intrinsic::aarch64_neon_saddlp,
                              {S.I32x4, S.I16x8}, {Pairs});
  } else {
    Value *Wide = B.CreateSExt(Pairs, FixedVectorType::get(FL.MC.I32Ty, 8));
    Quads = B.CreateAdd(B.CreateShuffleVector(Wide, {0, 2, 4, 6}),
                        B.CreateShuffleVector(Wide, {1, 3, 5, 7}));
  }
  pushV128(FL, B.CreateAdd(Quads, C));
}

bool lowerSimdRelaxed(FunctionLowering &FL, const Instr &I) {
  Shapes S(FL.MC);
  bool Fast = FL.MC.Opts.Relaxed == RelaxedSimd::Fast;
  const CpuFeatures &Cpu = FL.MC.Target.cpu();
  // Fast on x86 (cvtt*, minps/maxps are SSE2, so any x86-64 CPU).
  bool X86 = Fast && FL.MC.Target.row().X86SimdLowering;
  bool SSSE3 = Fast && Cpu.X86SSSE3;
  bool SSE41 = Fast && Cpu.X86SSE41;
  bool Neon = Fast && FL.MC.Target.row().NeonRelaxed;

  switch (I.Op) {
  case Opcode::I8x16RelaxedSwizzle:
    // pshufb: 0 for an index with the top bit set, else a[s & 15].
    if (SSSE3) {
      lowerTarget(FL, Intrinsic::x86_ssse3_pshuf_b_128, S.I8x16, 2);
      return true;
    }
    // tbl: 0 for any index above 15, which is exactly i8x16.swizzle, but
    // the generic lowering masks and compares around it.
    if (Neon) {
      lowerTarget(FL, Intrinsic::aarch64_neon_tbl1, S.I8x16, 2, {S.I8x16});
      return true;
    }
    return lowerAs(FL, I, Opcode::I8x16Swizzle);

  // cvttps2dq/cvttpd2dq: 0x80000000 for NaN and out-of-range lanes.
  case Opcode::I32x4RelaxedTruncF32x4S:
    if (X86) {
      lowerTarget(FL, Intrinsic::x86_sse2_cvttps2dq, S.F32x4, 1);
      return true;
    }
    return lowerAs(FL, I, Opcode::I32x4TruncSatF32x4S);
  case Opcode::I32x4RelaxedTruncF64x2SZero:
    if (X86) {
      lowerTarget(FL, Intrinsic::x86_sse2_cvttpd2dq, S.F64x2, 1);
      return true;
    }
    return lowerAs(FL, I, Opcode::I32x4TruncSatF64x2SZero);
  case Opcode::I32x4RelaxedTruncF32x4U:
    return lowerAs(FL, I, Opcode::I32x4TruncSatF32x4U);
  case Opcode::I32x4RelaxedTruncF64x2UZero:
    return lowerAs(FL, I, Opcode::I32x4TruncSatF64x2UZero);

  case Opcode::F32x4RelaxedMadd:
    lowerMadd(FL, S.F32x4, /*Negate=*/false, Fast);
    return true;
  case Opcode::F32x4RelaxedNmadd:
    lowerMadd(FL, S.F32x4, /*Negate=*/true, Fast);
    return true;
  case Opcode::F64x2RelaxedMadd:
    lowerMadd(FL, S.F64x2, /*Negate=*/false, Fast);
    return true;
  case Opcode::F64x2RelaxedNmadd:
    lowerMadd(FL, S.F64x2, /*Negate=*/true, Fast);
    return true;

  case Opcode::I8x16RelaxedLaneselect:
  case Opcode::I16x8RelaxedLaneselect:
    if (SSE41) {
      lowerBlend(FL, Intrinsic::x86_sse41_pblendvb, S.I8x16);
      return true;
    }
    return lowerAs(FL, I, Opcode::V128Bitselect);
  case Opcode::I32x4RelaxedLaneselect:
    if (SSE41) {
      lowerBlend(FL, Intrinsic::x86_sse41_blendvps, S.F32x4);
      return true;
    }
    return lowerAs(FL, I, Opcode::V128Bitselect);
  case Opcode::I64x2RelaxedLaneselect:
    if (SSE41) {
      lowerBlend(FL, Intrinsic::x86_sse41_blendvpd, S.F64x2);
      return true;
    }
    return lowerAs(FL, I, Opcode::V128Bitselect);

  // minps/maxps(a, b): a < b (a > b) ? a : b, so b for a NaN operand and for
  // zeros of either sign.
  case Opcode::F32x4RelaxedMin:
    if (X86) {
      lowerTarget(FL, Intrinsic::x86_sse_min_ps, S.F32x4, 2);
      return true;
    }
    if (Neon) {
      lowerNeonMinMax(FL, Intrinsic::aarch64_neon_fmin, S.F32x4);
      return true;
    }
    return lowerAs(FL, I, Opcode::F32x4Min);
  case Opcode::F32x4RelaxedMax:
    if (X86) {
      lowerTarget(FL, Intrinsic::x86_sse_max_ps, S.F32x4, 2);
      return true;
    }
    if (Neon) {
      lowerNeonMinMax(FL, Intrinsic::aarch64_neon_fmax, S.F32x4);
      return true;
    }
    return lowerAs(FL, I, Opcode::F32x4Max);
  case Opcode::F64x2RelaxedMin:
    if (X86) {
      lowerTarget(FL, Intrinsic::x86_sse2_min_pd, S.F64x2, 2);
      return true;
    }
    if (Neon) {
      lowerNeonMinMax(FL, Intrinsic::aarch64_neon_fmin, S.F64x2);
      return true;
    }
    return lowerAs(FL, I, Opcode::F64x2Min);
  case Opcode::F64x2RelaxedMax:
    if (X86) {
      lowerTarget(FL, Intrinsic::x86_sse2_max_pd, S.F64x2, 2);
      return true;
    }
    if (Neon) {
      lowerNeonMinMax(FL, Intrinsic::aarch64_neon_fmax, S.F64x2);
      return true;
    }
    return lowerAs(FL, I, Opcode::F64x2Max);

  case Opcode::I16x8RelaxedQ15mulrS:
    // pmulhrsw wraps -32768 * -32768 to -32768 instead of saturating.
    if (SSSE3) {
      lowerTarget(FL, Intrinsic::x86_ssse3_pmul_hr_sw_128, S.I16x8, 2);
      return true;
    }
    return lowerAs(FL, I, Opcode::I16x8Q15mulrSatS);

  case Opcode::I16x8RelaxedDotI8x16I7x16S:
    lowerDot(FL, S, Fast);
    return true;
  case Opcode::I32x4RelaxedDotI8x16I7x16AddS:
    lowerDotAdd(FL, S, Fast);
    return true;

  default:
    return false;
  }
}

} // namespace wasmc::simd
