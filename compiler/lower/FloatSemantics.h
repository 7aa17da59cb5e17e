//===- FloatSemantics.h - Where Wasm and LLVM floats differ -----*- C++ -*-===//
//
// Wasm requires every NaN that arithmetic produces to be quiet (the
// canonical NaN or an arithmetic NaN: the quiet bit set, any payload).
// LLVM keeps IEEE semantics without fast-math flags, with one gap: it does
// not promise that an operation quiets a signalling NaN, so it folds
// x * 1.0 to x and demote(promote x) to x, letting a signalling NaN
// through unchanged. The lowering of the scalar and SIMD float
// instructions (Numeric.cpp, Conversion.cpp, SimdFloat.cpp,
// SimdConversion.cpp) closes that gap with these two helpers, so the rule
// is stated here once.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LOWER_FLOATSEMANTICS_H
#define WASMC_LOWER_FLOATSEMANTICS_H

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instruction.h"

namespace wasmc {

/// Sets the quiet bit of V if it is a NaN (of every NaN lane, for a float
/// vector), without touching the payload (IEEE 754 quieting). Done on the
/// integer bits: LLVM may drop a float operation whose only effect is
/// quieting, never an integer `or`.
llvm::Value *quietNaN(llvm::IRBuilder<> &B, llvm::Value *V);

/// True when LLVM may fold the float operation `L Op R` to L or to fneg L:
/// x - 0.0, x + -0.0, x * 1.0, x / 1.0 and their -1.0 / -0.0 - x forms,
/// with scalar constants or vector splats. Such a result must be quieted
/// explicitly. Identity constants that only appear after optimisation
/// (e.g. through a local) are not caught.
bool mayFoldToIdentity(llvm::Instruction::BinaryOps Op, llvm::Value *L,
                       llvm::Value *R);

} // namespace wasmc

#endif // WASMC_LOWER_FLOATSEMANTICS_H
