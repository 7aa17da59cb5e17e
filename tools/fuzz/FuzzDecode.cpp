//===- FuzzDecode.cpp - libFuzzer target: the binary reader ---------------===//
//
// Any byte string must decode to a Module or to an error, never crash,
// hang or leak (docs/robustness.md).
//
//===----------------------------------------------------------------------===//
#include "reader/BinaryReader.h"
#include "llvm/Support/MemoryBufferRef.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::MemoryBufferRef Buffer(
      llvm::StringRef(reinterpret_cast<const char *>(Data), Size), "fuzz.wasm");
  auto M = wasmc::readModule(Buffer);
  if (!M)
    llvm::consumeError(M.takeError());
  return 0;
}
