//===- traps/ContextX86_64.cpp - x86-64 Linux ucontext access -------------===//
#if defined(__x86_64__) && defined(__linux__)
#include "traps/Context.h"

#include <ucontext.h>

namespace wasmc {
namespace rt {

InterruptedRegs readInterruptedRegs(void *UContext) {
  const ucontext_t *UC = static_cast<const ucontext_t *>(UContext);
  InterruptedRegs R;
  R.PC = static_cast<uintptr_t>(UC->uc_mcontext.gregs[REG_RIP]);
  R.FP = static_cast<uintptr_t>(UC->uc_mcontext.gregs[REG_RBP]);
  return R;
}

} // namespace rt
} // namespace wasmc
#endif
