//===- WasmDwarf.h - What wasmc reads of a module's DWARF ------*- C++ -*-===//
//
// A module built with clang -g carries DWARF in custom sections, with
// addresses that are offsets into the code section's payload. wasmc uses
// two things of it: the line table (the source position of each Wasm
// instruction, for -g and for trap backtraces) and the names of functions
// (for modules without a name section). A malformed one is ignored, like any
// custom section.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_READER_WASMDWARF_H
#define WASMC_READER_WASMDWARF_H

#include "reader/Module.h"
#include <string>
#include <vector>

namespace wasmc {

class WasmDwarf {
public:
  /// One row of the line table: from file offset Offset on (up to the next
  /// row), the code comes from Files[File]:Line:Col; an End row ends a
  /// sequence (no source there).
  struct Row {
    uint64_t Offset;
    uint32_t File;
    uint32_t Line;
    uint16_t Col;
    bool End;
  };

  /// Reads WM's line table; empty if WM has no DWARF.
  explicit WasmDwarf(const Module &WM);

  bool empty() const { return Rows.empty(); }

  /// The row that covers the instruction at file offset Offset, or null
  /// where the line table says nothing (or line 0).
  const Row *rowAt(uint64_t Offset) const;

  const std::vector<Row> &rows() const { return Rows; }
  const std::vector<std::string> &files() const { return Files; }

private:
  std::vector<Row> Rows; // sorted by Offset
  std::vector<std::string> Files;
};

/// Names the functions that WM's name section leaves unnamed after their
/// DWARF subprograms, if WM has DWARF.
void addDwarfFunctionNames(Module &WM);

} // namespace wasmc

#endif // WASMC_READER_WASMDWARF_H
