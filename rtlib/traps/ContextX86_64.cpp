//===- traps/ContextX86_64.cpp - x86-64 ucontext access -------------------===//
//
// Linux: the default target, tested everywhere. macOS: written against the
// SDK's <mach/i386/_structs.h> layout but never compiled or run here (no
// SDK); see docs/cli.md.
//
//===----------------------------------------------------------------------===//
#if defined(__x86_64__) && (defined(__linux__) || defined(__APPLE__))
#include "traps/Context.h"

#include <signal.h>
#if defined(__APPLE__)
// <ucontext.h> refuses to compile without _XOPEN_SOURCE on Darwin; the types
// alone come from here.
#include <sys/ucontext.h>
#else
#include <ucontext.h>
#endif

namespace wasmc {
namespace rt {

InterruptedRegs readInterruptedRegs(void *UContext) {
  const ucontext_t *UC = static_cast<const ucontext_t *>(UContext);
  InterruptedRegs R;
#if defined(__APPLE__)
  // uc_mcontext is a pointer on Darwin.
  R.PC = static_cast<uintptr_t>(UC->uc_mcontext->__ss.__rip);
  R.FP = static_cast<uintptr_t>(UC->uc_mcontext->__ss.__rbp);
  R.FaultAddr = static_cast<uintptr_t>(UC->uc_mcontext->__es.__faultvaddr);
#else
  R.PC = static_cast<uintptr_t>(UC->uc_mcontext.gregs[REG_RIP]);
  R.FP = static_cast<uintptr_t>(UC->uc_mcontext.gregs[REG_RBP]);
  R.FaultAddr = 0; // si_addr has it
#endif
  return R;
}

} // namespace rt
} // namespace wasmc
#endif
