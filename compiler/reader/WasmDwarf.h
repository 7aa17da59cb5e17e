//===- WasmDwarf.h - What wasmc reads of a module's DWARF ------*- C++ -*-===//
//
// A module built with clang -g carries DWARF in custom sections, with
// addresses that are offsets into the code section's payload. wasmc uses
// three things of it: the line table (the source position of each Wasm
// instruction, for -g and for trap backtraces), the functions the source
// compiler inlined (so backtraces show them as frames) and the names of
// functions (for modules without a name section). A malformed one is ignored, like any
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
    /// The innermost inlined call whose code this is (calls()[Inline - 1];
    /// 0: the code is the Wasm function's own).
    uint32_t Inline = 0;
  };

  /// A call the source compiler inlined (DW_TAG_inlined_subroutine):
  /// function Name runs in place of a call at Files[CallFile]:CallLine:
  /// CallCol (CallLine 0: unknown) of its caller, which is calls()[Parent -
  /// 1]'s function, itself inlined, or for Parent 0 the Wasm function.
  struct InlinedCall {
    std::string Name;
    uint32_t CallFile, CallLine, CallCol;
    uint32_t Parent;
  };

  /// Reads WM's line table; empty if WM has no DWARF.
  explicit WasmDwarf(const Module &WM);

  bool empty() const { return Rows.empty(); }

  /// The row that covers the instruction at file offset Offset, or null
  /// where the line table says nothing (or line 0).
  const Row *rowAt(uint64_t Offset) const;

  /// Whether the line table gives a source position to any instruction in
  /// [Begin, End).
  bool covers(uint64_t Begin, uint64_t End) const;

  const std::vector<Row> &rows() const { return Rows; }
  const std::vector<std::string> &files() const { return Files; }
  const std::vector<InlinedCall> &calls() const { return Calls; }

private:
  /// The last row at or before Offset, or Rows.end() if none.
  std::vector<Row>::const_iterator rowInForce(uint64_t Offset) const;

  std::vector<Row> Rows; // sorted by Offset
  std::vector<std::string> Files;
  std::vector<InlinedCall> Calls;
};

/// Names the functions that WM's name section leaves unnamed after their
/// DWARF subprograms, if WM has DWARF.
void addDwarfFunctionNames(Module &WM);

} // namespace wasmc

#endif // WASMC_READER_WASMDWARF_H
