//===- Features.h - Wasm features that can be turned off -------*- C++ -*-===//
//
// wasmc reads Wasm 3.0 by default. Where 3.0 accepts what 2.0 rejected, the
// 2.0 rule is still needed by the 2.0 spec suite, so each such feature can
// be disabled (--disable-feature). The reader and the validator consult the
// set the module was read with (Module::Feats).
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_SUPPORT_FEATURES_H
#define WASMC_SUPPORT_FEATURES_H

#include "llvm/ADT/StringRef.h"

namespace wasmc {

struct Features {
  /// Several memories, memory indices in instructions and a memarg's
  /// memory-index flag (bit 6 of the alignment).
  bool MultiMemory = true;
  /// Extended constant expressions: i32/i64 add, sub and mul in constant
  /// expressions, and global.get of globals defined earlier in the module
  /// (2.0: imported globals only).
  bool ExtendedConst = true;
  /// 64-bit memories and tables (memory64 and table64): limits flags
  /// 0x04/0x05 (i64 address type), u64 limits and u64 memarg offsets
  /// (2.0: u32).
  bool Memory64 = true;
  /// Typed function references: reference types (ref null? ht) with
  /// concrete and bottom heap types, call_ref, ref.as_non_null,
  /// br_on_null/br_on_non_null, non-nullable locals, table initialisers
  /// (2.0: funcref and externref only).
  bool FunctionReferences = true;
  /// return_call, return_call_indirect and (with function references)
  /// return_call_ref (0x12, 0x13, 0x15; 2.0: illegal opcodes).
  bool TailCall = true;
  /// Exception handling: the tag section, tag imports and exports, exnref,
  /// throw, throw_ref, try_table (Wasm 3.0).
  bool Exceptions = true;
  /// The legacy exception instructions try, catch, catch_all, delegate and
  /// rethrow (0x06, 0x07, 0x19, 0x18, 0x09), which are not in 3.0 but are
  /// what LLVM 19 emits; they need Exceptions too.
  bool LegacyExceptions = true;

  /// The names disable() accepts, in the order --help lists them.
  static constexpr llvm::StringLiteral Names[] = {
      "multi-memory", "extended-const", "memory64", "function-references",
      "tail-call", "exceptions", "legacy-exceptions"};

  /// Turns off the feature spelled Name; false if there is no such name.
  bool disable(llvm::StringRef Name) {
    if (Name == "multi-memory")
      MultiMemory = false;
    else if (Name == "extended-const")
      ExtendedConst = false;
    else if (Name == "memory64")
      Memory64 = false;
    else if (Name == "function-references")
      FunctionReferences = false;
    else if (Name == "tail-call")
      TailCall = false;
    else if (Name == "exceptions")
      Exceptions = LegacyExceptions = false;
    else if (Name == "legacy-exceptions")
      LegacyExceptions = false;
    else
      return false;
    return true;
  }
};

} // namespace wasmc

#endif // WASMC_SUPPORT_FEATURES_H
