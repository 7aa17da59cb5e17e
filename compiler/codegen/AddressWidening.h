//===- AddressWidening.h - 32-bit addresses as 64-bit sums ------*- C++ -*-===//
//
// A 32-bit memory's address is zext(base + offset) computed in i32, where
// the add wraps: clang's wasm32 code relies on that, e.g. a loop that counts
// i from -1024 up to 0 and reads a[i + 1024] as `i + (&a + 1024)`. Widened
// to i64 by IndVarSimplify, such a counter keeps its 32-bit wrap as masks
// (`iv & 0xfffffff8`), the loop's exit test becomes one SCEV cannot count,
// and the loop vectoriser gives up on a loop native code vectorises
// (bench/README.md, "32-bit address arithmetic").
//
// Where ScalarEvolution proves that the i32 add neither overflows as a
// signed sum nor is negative, zext(a + b) equals sext(a) + sext(b), an i64
// add with no wrap at all; this pass rewrites it so. It runs at each
// peephole point of the pipeline, so before IndVarSimplify first sees the
// loop, and what it gives is an exact identity: it needs no guard pages and
// holds for every bounds-check mode.
//
// Where the sum adds a loop counter to a pointer SCEV knows nothing of (a
// function's array parameter: jacobi2d's `Src[i][j]`), nothing is proven
// before the loop runs, but everything can be checked there: an innermost
// loop that counts up from a negative constant (the loops of clang's wasm32
// code; loops that count from zero vectorise without help), whose extended
// sums are affine in its iterations, with constant steps, and whose
// iteration count is bounded before it starts, is versioned
// (LoopVersioning.h). The copy that runs when no sum crosses
// 2^32 in any iteration computes them as i64 sums of a counter; the other
// copy keeps the Wasm arithmetic for the rare program whose addresses do
// wrap, unvectorised.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_CODEGEN_ADDRESSWIDENING_H
#define WASMC_CODEGEN_ADDRESSWIDENING_H

#include "llvm/IR/PassManager.h"

namespace wasmc {

struct AddressWideningPass : llvm::PassInfoMixin<AddressWideningPass> {
  /// Version: also version loops (the optimisation levels that vectorise).
  explicit AddressWideningPass(bool Version) : Version(Version) {}
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &AM);

private:
  bool Version;
};

} // namespace wasmc

#endif // WASMC_CODEGEN_ADDRESSWIDENING_H
