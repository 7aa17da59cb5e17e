//===- CheckVersioning.h - Loops without their checks -----------*- C++ -*-===//
//
// Explicit bounds checks (every access to a 64-bit memory, and every access
// under --bounds-checks explicit) are a compare and a branch to a trap block
// per access. In a loop they cost more than the compare: a loop with an
// exit to a trap is never vectorised. LLVM's own passes cannot remove them,
// because a Wasm trap is precise: every store of the iterations before the
// faulting one must have happened, so no check may move ahead of them.
//
// This pass versions such loops instead. For an innermost loop whose checks
// compare an affine function of the loop's induction (index = S + i * Step,
// constant Step) with a loop-invariant limit, it computes in the preheader
// whether every iteration the loop can run (i <= the latch's maximum
// backedge-taken count) passes every check, and branches to one of two
// copies: the original loop with the checks deleted when they are proven to
// pass, a clone that keeps them otherwise. The clone traps exactly where the
// unversioned loop would; the copy without checks never runs an iteration
// whose check could fail. The limit is only loop-invariant when LLVM has
// proven it (the memory size is reloaded after any call that could grow
// the memory), so memory.grow inside the loop keeps its checks.
//
// Epoch checks (--epoch-interruption: an atomic load of the epoch and a
// branch to a call of wasmc_rt_epoch_reached in every loop header) stop
// vectorisation the same way. A loop that calls nothing and whose
// iterations are bounded before it starts cannot run forever; the copy
// without its epoch check runs when it has at most EpochFreeWork / (its
// instruction count) iterations (about a million instructions of work,
// well under a millisecond), so a deadline still stops the code within
// that much of passing. Longer runs take the copy that keeps the check.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_CODEGEN_CHECKVERSIONING_H
#define WASMC_CODEGEN_CHECKVERSIONING_H

#include "llvm/IR/PassManager.h"

namespace wasmc {

struct CheckVersioningPass : llvm::PassInfoMixin<CheckVersioningPass> {
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &AM);
};

} // namespace wasmc

#endif
