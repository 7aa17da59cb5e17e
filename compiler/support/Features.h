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
  /// return_call and return_call_indirect (0x12, 0x13; 2.0: illegal
  /// opcodes).
  bool TailCall = true;

  /// Turns off the feature spelled Name; false if there is no such name.
  bool disable(llvm::StringRef Name) {
    if (Name == "multi-memory")
      MultiMemory = false;
    else if (Name == "extended-const")
      ExtendedConst = false;
    else if (Name == "tail-call")
      TailCall = false;
    else
      return false;
    return true;
  }
};

} // namespace wasmc

#endif // WASMC_SUPPORT_FEATURES_H
