//===- OpcodeTable.h - From encoded bytes to Opcode -------------*- C++ -*-===//
#ifndef WASMC_READER_OPCODETABLE_H
#define WASMC_READER_OPCODETABLE_H

#include "reader/Instr.h"
#include <cstdint>

namespace wasmc {

/// Looks up the opcode with the given prefix byte (0 for one-byte opcodes)
/// and code (the byte, or the LEB128 sub-opcode after a prefix). Returns
/// false for encodings that Opcodes.def does not list.
bool decodeOpcode(uint8_t Prefix, uint32_t Code, Opcode &Out);

} // namespace wasmc

#endif // WASMC_READER_OPCODETABLE_H
