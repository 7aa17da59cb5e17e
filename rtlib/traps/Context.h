//===- traps/Context.h - Registers of an interrupted context -----*- C++ -*-===//
//
// The only architecture-specific part of trap handling: reading the program
// counter and frame pointer out of the ucontext a signal handler receives.
// One implementation file per architecture (ContextX86_64.cpp,
// ContextAArch64.cpp), each for Linux and macOS; each compiles to nothing on
// other architectures.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_TRAPS_CONTEXT_H
#define WASMC_RTLIB_TRAPS_CONTEXT_H

#include <stdint.h>

namespace wasmc {
namespace rt {

struct InterruptedRegs {
  uintptr_t PC;
  uintptr_t FP;
  /// The faulting data address from the machine context, or 0 where the
  /// context does not hold it (then siginfo's si_addr is used).
  uintptr_t FaultAddr;
};

/// Reads PC and FP from a signal handler's ucontext argument.
/// Async-signal-safe.
InterruptedRegs readInterruptedRegs(void *UContext);

} // namespace rt
} // namespace wasmc

#endif
