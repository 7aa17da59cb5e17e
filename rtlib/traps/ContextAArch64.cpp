//===- traps/ContextAArch64.cpp - AArch64 ucontext access -----------------===//
//
// AArch64 frame records have the same shape as x86-64 frames ([FP] =
// caller's FP, [FP + 8] = return address, FP = x29), so the backtrace walk in
// Unwind.cpp needs nothing else.
//
// Linux: tested under qemu-aarch64 (test/lit/aarch64), which builds the
// signal frame exactly as the kernel does. macOS: written against the SDK's
// <mach/arm/_structs.h> layout but never compiled or run here (no SDK);
// see docs/cli.md.
//
//===----------------------------------------------------------------------===//
#if defined(__aarch64__) && (defined(__linux__) || defined(__APPLE__))
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
  // uc_mcontext is a pointer on Darwin. The accessor macros also work when
  // the thread state is opaque (pointer authentication on arm64e).
  R.PC = static_cast<uintptr_t>(
      __darwin_arm_thread_state64_get_pc(UC->uc_mcontext->__ss));
  R.FP = static_cast<uintptr_t>(
      __darwin_arm_thread_state64_get_fp(UC->uc_mcontext->__ss));
  R.FaultAddr = static_cast<uintptr_t>(UC->uc_mcontext->__es.__far);
#else
  R.PC = static_cast<uintptr_t>(UC->uc_mcontext.pc);
  R.FP = static_cast<uintptr_t>(UC->uc_mcontext.regs[29]);
  // The kernel's fault_address is what si_addr reports as well.
  R.FaultAddr = static_cast<uintptr_t>(UC->uc_mcontext.fault_address);
#endif
  return R;
}

} // namespace rt
} // namespace wasmc
#endif
