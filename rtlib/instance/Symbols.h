//===- instance/Symbols.h - Code address to Wasm function ---------*- C++ -*-===//
#ifndef WASMC_RTLIB_INSTANCE_SYMBOLS_H
#define WASMC_RTLIB_INSTANCE_SYMBOLS_H

#include "wasmc/rtlib.h"

namespace wasmc {
namespace rt {

enum class SymbolKind { None, Function, Trampoline };

/// Sorts the instance's defined functions and export trampolines by address.
/// Returns false when out of memory.
bool buildSymbols(wasmc_instance *I);

/// Which function of which instance holds PC: the one with the greatest
/// start address not above PC within a registered code range. Owner and
/// FuncIndex may be null. Not async-signal-safe (it need not be: backtraces
/// are symbolized after the unwind).
SymbolKind lookupSymbol(uintptr_t PC, const wasmc_instance **Owner,
                        uint32_t *FuncIndex);

/// Where the code at PC came from, at inlining depth Depth
/// (wasmc_describe_frame); false if PC is not in a Wasm function or has no
/// such depth.
bool describeFrame(uintptr_t PC, uint32_t Depth, wasmc_frame *Out);

} // namespace rt
} // namespace wasmc

#endif
