//===- StackCheck.h - The stack-limit check at a function's entry -*- C++
//-*-===//
//
// Every non-leaf Wasm function compares its frame with vmctx->stack_limit
// in its entry block and branches to a cold block that calls
// wasmc_rt_stack_check when the frame is below it (FunctionLowering.cpp).
// Lowering removes it from small leaves; codegen/RecursionInlining.cpp from
// copies of a function inlined into its own frame.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LOWER_STACKCHECK_H
#define WASMC_LOWER_STACKCHECK_H

namespace llvm {
class BasicBlock;
class Function;
} // namespace llvm

namespace wasmc {

/// Makes F's entry branch past its stack-limit check unconditionally.
/// Returns the block that called wasmc_rt_stack_check, which may now be
/// unreachable, or null if F's entry has no check.
llvm::BasicBlock *removeEntryStackCheck(llvm::Function &F);

} // namespace wasmc

#endif // WASMC_LOWER_STACKCHECK_H
