//===- FuzzValidate.cpp - libFuzzer target: reader and validator ----------===//
//
// Decoding and validating any byte string ends in a Module that passed or in
// an error; the validator decodes every function body, so this also covers
// the instruction reader.
//
//===----------------------------------------------------------------------===//
#include "reader/BinaryReader.h"
#include "validation/Validator.h"
#include "llvm/Support/MemoryBufferRef.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::MemoryBufferRef Buffer(
      llvm::StringRef(reinterpret_cast<const char *>(Data), Size), "fuzz.wasm");
  auto M = wasmc::readModule(Buffer);
  if (!M) {
    llvm::consumeError(M.takeError());
    return 0;
  }
  if (llvm::Error E = wasmc::validateModule(**M))
    llvm::consumeError(std::move(E));
  return 0;
}
