//===- Diagnostic.h - Errors that point into the input module ---*- C++ -*-===//
//
// Every error about the input (malformed, invalid, unlinkable) is a
// WasmError: a file offset and a message. The driver prints it as
//   app.wasm:0x1f: error: <message>
// Errors not about a position in the input are plain llvm::StringError.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_SUPPORT_DIAGNOSTIC_H
#define WASMC_SUPPORT_DIAGNOSTIC_H

#include "llvm/Support/Error.h"
#include "llvm/ADT/Twine.h"
#include <string>

namespace wasmc {

class WasmError : public llvm::ErrorInfo<WasmError> {
public:
  static char ID;
  WasmError(uint64_t Offset, std::string Message)
      : Offset(Offset), Message(std::move(Message)) {}

  uint64_t offset() const { return Offset; }
  /// The message without the offset (overrides ErrorInfoBase::message()).
  std::string message() const override { return Message; }

  void log(llvm::raw_ostream &OS) const override;
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }

private:
  uint64_t Offset;
  std::string Message;
};

/// An error at a file offset.
llvm::Error makeError(uint64_t Offset, const llvm::Twine &Message);

/// An error without a position (I/O, target, linker).
llvm::Error makeError(const llvm::Twine &Message);

/// Prints E as "File:0xOFFSET: error: message" (or "File: error: message"
/// without an offset) to stderr, consuming it.
void reportError(llvm::StringRef File, llvm::Error E);

/// Prints "File: warning: message" to stderr, for a problem that does not
/// stop the compile.
void reportWarning(llvm::StringRef File, const llvm::Twine &Message);

/// Prints "File:0xOFFSET: warning: message": a problem at a position in the
/// input that does not stop the compile (an ignored custom section).
void reportWarning(llvm::StringRef File, uint64_t Offset,
                   const llvm::Twine &Message);

} // namespace wasmc

#endif // WASMC_SUPPORT_DIAGNOSTIC_H
