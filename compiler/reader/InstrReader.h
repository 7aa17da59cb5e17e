//===- InstrReader.h - Decode the instructions of a body --------*- C++ -*-===//
#ifndef WASMC_READER_INSTRREADER_H
#define WASMC_READER_INSTRREADER_H

#include "reader/Instr.h"
#include "support/Features.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

namespace wasmc {

/// Reads one instruction at a time from a function body or constant
/// expression. Malformed encodings (bad opcode, overlong LEB128, truncated
/// immediates, non-zero reserved bytes) are WasmErrors at their file offset.
class InstrReader {
public:
  /// Code starts at file offset BaseOffset. Feats says how memory indices
  /// are encoded (a reserved zero byte without multi-memory).
  InstrReader(llvm::ArrayRef<uint8_t> Code, uint64_t BaseOffset,
              Features Feats = Features())
      : Code(Code), Base(BaseOffset), Feats(Feats) {}

  bool atEnd() const { return Pos >= Code.size(); }
  /// File offset of the next byte.
  uint64_t offset() const { return Base + Pos; }
  /// Decodes the next instruction into I (reusing its vectors).
  llvm::Error next(Instr &I);

private:
  llvm::ArrayRef<uint8_t> Code;
  uint64_t Base;
  Features Feats;
  size_t Pos = 0;
};

} // namespace wasmc

#endif // WASMC_READER_INSTRREADER_H
