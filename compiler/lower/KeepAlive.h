//===- KeepAlive.h - Keeping guard-mode loads alive through optimisation --===//
//
// In guard mode an out-of-bounds load traps by faulting, so the load must
// happen even when its value is unused. LLVM deletes unused loads (to LLVM an
// invalid load is undefined behaviour, not a trap), so lowering passes every
// loaded value to a keep-alive call, and after optimisation the keep-alive
// calls become empty inline asm statements that take the value in a register
// and emit nothing.
//
// The keep-alive is a call rather than the asm itself so that loops stay
// vectorisable: the call touches no memory (the loop vectoriser rejects
// anything else that is not a plain load or store) and is not `willreturn`
// (so no pass may delete it), and it names vector variants of itself through
// the "vector-function-abi-variant" attribute, so the loop and SLP
// vectorisers widen it like any vectorisable library call. Inline asm has
// none of these properties: a loop with one is never vectorised.
//
//===----------------------------------------------------------------------===//

#ifndef WASMC_LOWER_KEEPALIVE_H
#define WASMC_LOWER_KEEPALIVE_H

#include "support/TargetInfo.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

namespace wasmc {

/// Emits a keep-alive use of V (a loaded value of any first-class type).
void emitKeepAlive(llvm::IRBuilderBase &B, llvm::Value *V);

/// True if CB is a keep-alive call (which calls nothing once lowered).
bool isKeepAlive(const llvm::CallBase &CB);

/// Replaces every keep-alive call in M by empty inline asm and removes the
/// keep-alive functions. Runs after the optimisation pipeline and before
/// code generation (which cannot lower the calls); a module without
/// keep-alive calls is left unchanged.
/// TM gives the widest vector register, the size of each asm operand, and
/// Target the register constraint naming one.
void lowerKeepAlives(llvm::Module &M, llvm::TargetMachine &TM,
                     const TargetInfo &Target);

} // namespace wasmc

#endif
