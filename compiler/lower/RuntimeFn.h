//===- RuntimeFn.h - The rtlib entry points compiled code calls -*- C++ -*-===//
//
// One enumerator per entry of WASMC_RT_LIST (abi.h), so the lowering names
// an entry point by id and its symbol and signature come from the list.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LOWER_RUNTIMEFN_H
#define WASMC_LOWER_RUNTIMEFN_H

#include "wasmc/abi.h"
#include "llvm/ADT/StringRef.h"
#include <cstddef>

namespace wasmc {

enum class RuntimeFn {
#define WASMC_RT_ID(Symbol, Id, Signature) Id,
  WASMC_RT_LIST(WASMC_RT_ID)
#undef WASMC_RT_ID
};

inline constexpr size_t NumRuntimeFns = 0
#define WASMC_RT_COUNT(Symbol, Id, Signature) +1
    WASMC_RT_LIST(WASMC_RT_COUNT)
#undef WASMC_RT_COUNT
    ;

/// The entry point's symbol, e.g. "wasmc_rt_memory_grow".
inline llvm::StringRef runtimeSymbol(RuntimeFn F) {
  static constexpr const char *Symbols[] = {
#define WASMC_RT_SYMBOL(Symbol, Id, Signature) #Symbol,
      WASMC_RT_LIST(WASMC_RT_SYMBOL)
#undef WASMC_RT_SYMBOL
  };
  return Symbols[size_t(F)];
}

/// The entry point's signature in the WASMC_RT_LIST notation,
/// e.g. "i32(ptr,i32,i32)".
inline llvm::StringRef runtimeSignature(RuntimeFn F) {
  static constexpr const char *Signatures[] = {
#define WASMC_RT_SIGNATURE(Symbol, Id, Signature) Signature,
      WASMC_RT_LIST(WASMC_RT_SIGNATURE)
#undef WASMC_RT_SIGNATURE
  };
  return Signatures[size_t(F)];
}

} // namespace wasmc

#endif // WASMC_LOWER_RUNTIMEFN_H
