//===- Instr.h - One decoded instruction ------------------------*- C++ -*-===//
//
// InstrReader turns a function body into a sequence of these, one at a time.
// The validator and the lowering both consume them, so immediates are decoded
// (and checked for well-formedness) in exactly one place.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_READER_INSTR_H
#define WASMC_READER_INSTR_H

#include "reader/Module.h"
#include <array>
#include <cstdint>
#include <vector>

namespace wasmc {

enum class Opcode : uint16_t {
#define WASM_OP(Name, Prefix, Code, Imm, Text, Sig, Family) Name,
#include "reader/Opcodes.def"
};

/// The family column of Opcodes.def: which lowering file owns an opcode
/// and which function-validator method types it. Both dispatch with a
/// switch over this enum without a default, so a family added here and not
/// handled there is a -Wswitch warning.
enum class OpFamily : uint8_t {
  Control,        // blocks, branches, return, nop, unreachable
  Variable,       // locals, globals, drop, select
  Call,           // call, call_indirect
  Numeric,        // constants, compares, int and float arithmetic
  Conversion,     // between value types, sign extension
  Memory,         // loads, stores, memory.size/grow
  Bulk,           // memory.init/copy/fill, data.drop, table.init/copy,
                  // elem.drop
  TableRef,       // table.get/set/size/grow/fill, ref.null/is_null/func
  SimdMemory,     // the 0xFD prefix from here on: v128 loads and stores
  SimdLanes,      // v128.const, shuffle, swizzle, splat, lane access
  SimdInt,        // bitwise and integer lane arithmetic and compares
  SimdFloat,      // float lane arithmetic and compares
  SimdConversion, // narrow, extend, extmul, dot, int/float conversions
  SimdRelaxed,    // relaxed SIMD: results chosen per --relaxed-simd
  Exception,      // throw, throw_ref, try_table and the legacy try,
                  // catch, catch_all, delegate, rethrow
};

/// How an opcode's immediates are encoded.
enum class ImmKind : uint8_t {
  None,
  BlockType, // Instr::Block
  Index,     // Instr::A: one u32 (label, function, local, global, table,
             // data or element index, per the opcode)
  TwoIndex,  // Instr::A, Instr::B: call_indirect (type, table),
             // memory.init (data, memory), memory.copy (dst mem, src mem),
             // table.init (elem, table), table.copy (dst table, src table)
  BrTable,   // Instr::Targets (the default label last)
  MemArg,    // Instr::Mem
  MemIdx,    // Instr::A: memory index (a reserved zero byte in Wasm 2.0)
  I32,       // Instr::Imm (sign-extended into the low 32 bits)
  I64,       // Instr::Imm
  F32,       // Instr::Imm (IEEE bits)
  F64,       // Instr::Imm (IEEE bits)
  SelectT,   // Instr::SelectTypes
  HeapType,  // Instr::RefType: ref.null's heap type, as the nullable
             // reference type of it
  V128,      // Instr::Bytes: the 16 bytes of v128.const, in memory order
  Lane,      // Instr::Lane: one lane-index byte
  MemArgLane, // Instr::Mem, then Instr::Lane
  Shuffle,   // Instr::Bytes: the 16 lane-index bytes of i8x16.shuffle
  TryTable,  // Instr::Block, then Instr::Catches
};

const char *opcodeName(Opcode Op);
ImmKind opcodeImmKind(Opcode Op);
/// Fixed signature in abi.h notation, or "" (see Opcodes.def).
const char *opcodeSignature(Opcode Op);
OpFamily opcodeFamily(Opcode Op);

/// A block type: empty, one value type, or a type index.
struct BlockType {
  enum Kind : uint8_t { Empty, Value, TypeIndex } K = Empty;
  ValType Type = ValType::I32; // K == Value
  uint32_t Index = 0;          // K == TypeIndex
};

struct MemArg {
  uint32_t AlignLog2 = 0;
  uint32_t Memory = 0;
  uint64_t Offset = 0;
};

/// One handler of a try_table, in the binary encoding's order of kinds.
struct CatchClause {
  enum Kind : uint8_t { Catch = 0, CatchRef = 1, CatchAll = 2, CatchAllRef = 3 };
  Kind K = Catch;
  uint32_t Tag = 0;   // Catch and CatchRef only
  uint32_t Label = 0; // relative to the block enclosing the try_table
};

struct Instr {
  Opcode Op = Opcode::Nop;
  /// File offset of the opcode's first byte.
  uint64_t Offset = 0;
  uint32_t A = 0;
  uint32_t B = 0;
  uint64_t Imm = 0;
  BlockType Block;
  MemArg Mem;
  /// ref.null: the type of the null it pushes.
  ValType RefType = ValType::FuncRef;
  /// SIMD lane index (ImmKind::Lane, ImmKind::MemArgLane).
  uint8_t Lane = 0;
  /// v128.const bytes (little-endian, lane 0 first) or i8x16.shuffle lane
  /// indices (ImmKind::V128, ImmKind::Shuffle).
  std::array<uint8_t, 16> Bytes = {};
  /// br_table: the label vector followed by the default label. Reused
  /// between instructions to avoid allocation.
  std::vector<uint32_t> Targets;
  std::vector<ValType> SelectTypes;
  /// try_table: its handlers, in order. Reused like Targets.
  std::vector<CatchClause> Catches;
};

} // namespace wasmc

#endif // WASMC_READER_INSTR_H
