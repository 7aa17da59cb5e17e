//===- LoopVersioning.h - Two copies of a loop, chosen on entry -*- C++ -*-===//
//
// The passes that make a fast copy of a loop under a condition computed
// before it (CheckVersioning.h: its bounds checks provably pass;
// AddressWidening.h: its 32-bit addresses provably do not wrap) share the
// cloning: the loop and a new preheader are cloned, the old preheader
// branches to the original when the condition holds and to the clone
// otherwise, and the exit blocks' phis take the clone's values too.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_CODEGEN_LOOPVERSIONING_H
#define WASMC_CODEGEN_LOOPVERSIONING_H

#include "llvm/ADT/StringRef.h"

namespace llvm {
class DominatorTree;
class Function;
class Loop;
class LoopInfo;
class SCEV;
class SCEVAddRecExpr;
class ScalarEvolution;
class Value;
} // namespace llvm

namespace wasmc {

/// S if it is an affine add recurrence of L with a constant step: what both
/// passes can bound over the iterations L runs.
const llvm::SCEVAddRecExpr *affineRec(const llvm::SCEV *S, const llvm::Loop &L,
                                      llvm::ScalarEvolution &SE);

/// Clones L, which must be in loop-simplify and LCSSA form, so that its
/// preheader, where Cond is computed, enters L when Cond holds (the likely
/// case) and the clone otherwise. Returns the clone, whose blocks carry
/// Suffix. LI is kept up to date and DT recomputed; ScalarEvolution must
/// forget what it knew of the function's loops.
llvm::Loop *versionLoop(llvm::Loop &L, llvm::Value *Cond,
                        llvm::StringRef Suffix, llvm::DominatorTree &DT,
                        llvm::LoopInfo &LI, llvm::Function &F);

/// Keeps the copy L as it is: neither unrolled nor vectorised, for a copy
/// that runs only in cases too rare for the code to pay off. Tag, if not
/// empty, is added to its loop metadata, for a pass to recognise it.
void markColdLoop(llvm::Loop &L, llvm::StringRef Tag = "");

/// Whether L's loop metadata holds Tag (markColdLoop).
bool hasLoopTag(const llvm::Loop &L, llvm::StringRef Tag);

} // namespace wasmc

#endif // WASMC_CODEGEN_LOOPVERSIONING_H
