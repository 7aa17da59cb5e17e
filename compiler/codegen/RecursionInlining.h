//===- RecursionInlining.h - Self-recursion inlined -------------*- C++ -*-===//
//
// LLVM's inliner never inlines a function into itself, so a small
// recursive function (fib, a tree walk) pays a whole call, with its frame,
// its stack-limit check and its vmctx argument, at every level. V8 inlines
// such functions into themselves and ran sightglass's fib2 twice as fast
// as wasmc. This pass does the same, before LLVM's inliner, for small,
// directly recursive functions: each self-call site receives a copy of the
// body, whose own self-calls call the function again, and a second round
// does it again, so the recursion makes a quarter of the calls. The copies
// keep their stack-limit checks (each compares the one frame they share),
// so deep recursion still traps cleanly, a few Wasm levels later than
// before; epoch and fuel checks and trap backtraces (with -g, the inlined
// frames) are those of the calls they replace.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_CODEGEN_RECURSIONINLINING_H
#define WASMC_CODEGEN_RECURSIONINLINING_H

#include "llvm/IR/PassManager.h"

namespace wasmc {

struct RecursionInliningPass : llvm::PassInfoMixin<RecursionInliningPass> {
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &AM);
};

} // namespace wasmc

#endif // WASMC_CODEGEN_RECURSIONINLINING_H
