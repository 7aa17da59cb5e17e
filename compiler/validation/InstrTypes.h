//===- InstrTypes.h - Per-opcode typing facts -------------------*- C++ -*-===//
#ifndef WASMC_VALIDATION_INSTRTYPES_H
#define WASMC_VALIDATION_INSTRTYPES_H

#include "reader/Instr.h"
#include "llvm/ADT/ArrayRef.h"

namespace wasmc {
namespace validation {

/// An instruction's type when Opcodes.def gives it one. The lists live in a
/// static table, so holding them costs nothing.
struct FixedSignature {
  bool Fixed = false; // false: typed by hand, or not typeable
  llvm::ArrayRef<ValType> Params;
  llvm::ArrayRef<ValType> Results;
};
FixedSignature fixedSignature(Opcode Op);

/// The instruction's text-format name, for diagnostics.
const char *opcodeText(Opcode Op);

/// log2 of the access width of a load or store, or -1 for other opcodes.
int naturalAlignLog2(Opcode Op);

/// The number of lanes a lane-index immediate selects from (16, 8, 4 or
/// 2), or -1 for opcodes without one.
int laneCount(Opcode Op);

/// A one-element list holding T, in static storage; false if T is not a
/// value type.
bool singleType(ValType T, llvm::ArrayRef<ValType> &Out);

} // namespace validation
} // namespace wasmc

#endif // WASMC_VALIDATION_INSTRTYPES_H
