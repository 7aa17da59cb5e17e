//===- Diagnostic.cpp - Errors that point into the input module -----------===//
#include "support/Diagnostic.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wasmc {

char WasmError::ID = 0;

void WasmError::log(raw_ostream &OS) const {
  OS << format("0x%llx: ", (unsigned long long)Offset) << Message;
}

Error makeError(uint64_t Offset, const Twine &Message) {
  return make_error<WasmError>(Offset, Message.str());
}

Error makeError(const Twine &Message) {
  return make_error<StringError>(Message, inconvertibleErrorCode());
}

void reportError(StringRef File, Error E) {
  handleAllErrors(
      std::move(E),
      [&](const WasmError &W) {
        errs() << File << format(":0x%llx: ", (unsigned long long)W.offset());
        WithColor::error(errs(), "") << W.message() << "\n";
      },
      [&](const ErrorInfoBase &Other) {
        errs() << File << ": ";
        WithColor::error(errs(), "") << Other.message() << "\n";
      });
}

void reportWarning(StringRef File, const Twine &Message) {
  errs() << File << ": ";
  WithColor::warning(errs(), "") << Message << "\n";
}

void reportWarning(StringRef File, uint64_t Offset, const Twine &Message) {
  errs() << File << format(":0x%llx: ", (unsigned long long)Offset);
  WithColor::warning(errs(), "") << Message << "\n";
}

} // namespace wasmc
