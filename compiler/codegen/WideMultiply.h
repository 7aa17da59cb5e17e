//===- WideMultiply.h - 64x64->128-bit products by parts, whole -*- C++ -*-===//
//
// Wasm has no 64x64->128-bit multiply, so a C `unsigned __int128` product
// or a Rust `u128` one is a call of the module's own __multi3, which builds
// it from four 32x32->64-bit products of the operands' halves. Inlined, that
// is about twenty instructions where native code has one (x86-64 `mul`,
// AArch64 `mul` + `umulh`), and 128-bit arithmetic is what elliptic-curve
// and big-number code is made of: shootout-ed25519 ran 3.3x slower than its
// native build for it.
//
// This pass finds the two by-parts forms compilers' runtime libraries use
// (compiler-rt's `__mulddi3` carries through a ladder of partial sums;
// Rust's compiler-builtins adds the two cross products and recovers their
// carry with a compare) and rewrites the low and high halves as the halves
// of one `mul i128` of the zero-extended operands. Each form is matched
// completely, operand for operand, so what is replaced is an exact identity
// for every input, never a guess from a function's name.
//
// LLVM 19's InstCombine does not do this; later LLVM matches some of these
// forms in AggressiveInstCombine.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_CODEGEN_WIDEMULTIPLY_H
#define WASMC_CODEGEN_WIDEMULTIPLY_H

#include "llvm/IR/PassManager.h"

namespace wasmc {

struct WideMultiplyPass : llvm::PassInfoMixin<WideMultiplyPass> {
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &AM);
};

} // namespace wasmc

#endif // WASMC_CODEGEN_WIDEMULTIPLY_H
