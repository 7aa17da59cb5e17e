//===- abi/Text.h - Compile-time checks of abi.h's strings -----*- C++ -*-===//
//
// abi.h and wasmc/wasi_functions.def describe functions by signature strings,
// which the compiler reads; rtlib defines the functions in C++. These
// builders spell a C++ function type in either notation at compile time, so
// that one static_assert per function keeps string and definition in step
// (abi/RuntimeEntries.cpp, wasi/HostTable.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_ABI_TEXT_H
#define WASMC_RTLIB_ABI_TEXT_H

#include "wasmc/abi.h"

#include <stdint.h>
#include <type_traits>

namespace wasmc::rt {

constexpr bool sameText(const char *A, const char *B) {
  while (*A && *A == *B) {
    ++A;
    ++B;
  }
  return *A == *B;
}

/// A signature spelled out at compile time.
struct SignatureText {
  char Text[64];
  int Size;
  constexpr void append(const char *S) {
    while (*S)
      Text[Size++] = *S++;
    Text[Size] = '\0';
  }
};

template <typename T> inline constexpr bool NoSpelling = false;

/// A parameter or result in the wasmc_type_desc notation: one letter.
template <typename T> constexpr const char *wasmTypeText() {
  if constexpr (std::is_same_v<T, int32_t>)
    return "i";
  else if constexpr (std::is_same_v<T, int64_t>)
    return "I";
  else
    static_assert(NoSpelling<T>, "no Wasm value type for this C type");
}

/// Signature of a host function (vmctx, params...) in the wasmc_type_desc
/// notation of wasi_functions.def: "iI:i".
template <typename R, typename... Params>
constexpr SignatureText wasmSignatureOf(R (*)(wasmc_vmctx *, Params...)) {
  SignatureText S{};
  (S.append(wasmTypeText<Params>()), ...);
  S.append(":");
  if constexpr (!std::is_void_v<R>)
    S.append(wasmTypeText<R>());
  return S;
}

/// A parameter or result in the WASMC_RT_LIST notation.
template <typename T> constexpr const char *runtimeTypeText() {
  if constexpr (std::is_void_v<T>)
    return "void";
  else if constexpr (std::is_pointer_v<T>)
    return "ptr";
  else if constexpr (std::is_same_v<T, int32_t>)
    return "i32";
  else if constexpr (std::is_same_v<T, int64_t>)
    return "i64";
  else
    static_assert(NoSpelling<T>, "no WASMC_RT_LIST spelling for this C type");
}

/// Signature of a runtime entry point in the WASMC_RT_LIST notation:
/// "ret(param,...)", vmctx included.
template <typename R, typename... Params>
constexpr SignatureText runtimeSignatureOf(R (*)(Params...)) {
  SignatureText S{};
  S.append(runtimeTypeText<R>());
  S.append("(");
  const char *Separator = "";
  ((S.append(Separator), S.append(runtimeTypeText<Params>()), Separator = ","),
   ...);
  S.append(")");
  return S;
}

} // namespace wasmc::rt

#endif // WASMC_RTLIB_ABI_TEXT_H
