//===- Simd.h - Shared helpers of the SIMD (v128) lowering ------*- C++ -*-===//
//
// Internal to compiler/lower/Simd*.cpp. On the operand stack every v128 is a
// <2 x i64> (ModuleContext::V128Ty); each instruction bitcasts its operands
// to its lane shape, computes with plain LLVM vector operations (so that the
// backend selects SSE/AVX or NEON instructions) and bitcasts the result back.
// Bitcasts between vector types of one size are free; the lanes are in
// memory order (lane 0 at the lowest address), which on the little-endian
// targets wasmc supports is exactly LLVM's element order.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LOWER_SIMD_H
#define WASMC_LOWER_SIMD_H

#include "lower/FloatSemantics.h"
#include "lower/FunctionLowering.h"
#include "llvm/IR/DerivedTypes.h"

namespace wasmc::simd {

/// Lane shapes of a v128.
struct Shapes {
  llvm::FixedVectorType *I8x16, *I16x8, *I32x4, *I64x2, *F32x4, *F64x2;
  explicit Shapes(const ModuleContext &MC);
};

/// Pops a v128 and reinterprets it as VecTy (a 128-bit vector type).
llvm::Value *popAs(FunctionLowering &FL, llvm::Type *VecTy);
/// Pushes a 128-bit vector of any shape as a v128.
void pushV128(FunctionLowering &FL, llvm::Value *V);

/// The families, one file each (SimdMemory.cpp, SimdLanes.cpp, SimdInt.cpp,
/// SimdFloat.cpp, SimdConversion.cpp, SimdRelaxed.cpp), called by
/// FunctionLowering::lowerFamily for the opcodes of their OpFamily; each
/// returns false for an opcode that is not its own.
bool lowerSimdMemory(FunctionLowering &FL, const Instr &I);
bool lowerSimdLanes(FunctionLowering &FL, const Instr &I);
bool lowerSimdInt(FunctionLowering &FL, const Instr &I);
bool lowerSimdFloat(FunctionLowering &FL, const Instr &I);
bool lowerSimdConversion(FunctionLowering &FL, const Instr &I);
bool lowerSimdRelaxed(FunctionLowering &FL, const Instr &I);

} // namespace wasmc::simd

#endif // WASMC_LOWER_SIMD_H
