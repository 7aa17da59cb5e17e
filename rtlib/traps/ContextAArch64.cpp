//===- traps/ContextAArch64.cpp - AArch64 Linux ucontext access -----------===//
//
// Not yet exercised: wasmc targets x86-64 only so far. AArch64 frame records
// have the same shape as x86-64 frames ([FP] = caller's FP, [FP + 8] = return
// address), so the backtrace walk in Unwind.cpp needs nothing else.
//
//===----------------------------------------------------------------------===//
#if defined(__aarch64__) && defined(__linux__)
#include "traps/Context.h"

#include <ucontext.h>

namespace wasmc {
namespace rt {

InterruptedRegs readInterruptedRegs(void *UContext) {
  const ucontext_t *UC = static_cast<const ucontext_t *>(UContext);
  InterruptedRegs R;
  R.PC = static_cast<uintptr_t>(UC->uc_mcontext.pc);
  R.FP = static_cast<uintptr_t>(UC->uc_mcontext.regs[29]);
  return R;
}

} // namespace rt
} // namespace wasmc
#endif
