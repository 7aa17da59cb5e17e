//===- exceptions/Exceptions.h - Wasm exceptions on the native unwinder --*- C++ -*-===//
//
// A Wasm exception is a wasmc_exception (abi.h) raised with the platform's
// table-based unwinder (_Unwind_RaiseException): the search phase asks
// wasmc_rt_personality (Personality.cpp) about each compiled frame, and
// stops at the first with a landing pad for the throwing call. Entries from
// the host (export trampolines, the start entry) have a landing pad outside
// Wasm code, where the personality ends the search when no Wasm frame below
// the entry handles the exception: the raise then returns, and Throw.cpp
// leaves to the entry like a trap, with WASMC_OUTCOME_EXCEPTION. Nothing is
// unwound on the way: the frames below the entry are discarded as a trap
// discards them, and the host's frames are never unwound.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_EXCEPTIONS_EXCEPTIONS_H
#define WASMC_RTLIB_EXCEPTIONS_EXCEPTIONS_H

#include "wasmc/abi.h"

#include <stdint.h>

namespace wasmc {
namespace rt {

/// The _Unwind_Exception class of wasmc's exceptions: "WASMC\0EX".
constexpr uint64_t ExceptionClass = 0x5741534d43004558ull;

/// Frees E unless an exnref may still reach it.
void releaseException(wasmc_exception *E);

} // namespace rt
} // namespace wasmc

#endif
