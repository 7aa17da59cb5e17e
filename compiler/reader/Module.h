//===- Module.h - The decoded form of a Wasm module -------------*- C++ -*-===//
//
// What the reader produces and every later stage consumes. Function bodies
// stay as byte ranges into the input buffer: the validator and the lowering
// both walk them with InstrReader, so nothing is decoded into a second,
// larger form.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_READER_MODULE_H
#define WASMC_READER_MODULE_H

#include "reader/ValType.h"
#include "support/Features.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wasmc {

struct FuncType {
  std::vector<ValType> Params;
  std::vector<ValType> Results;
  /// The recursion group the type was declared in (`rec`, 0x4E): its size
  /// and this type's position in it. A type declared on its own is a group
  /// of one. Types of one group may refer to each other, and their
  /// identity is the whole group's (TypeRelations).
  uint32_t RecSize = 1;
  uint32_t RecIndex = 0;
  /// False for a type declared `sub` without `final` (0x50): GC may extend
  /// it, so it is a different type from the same signature declared final.
  bool Final = true;
  /// The index of the first type of this type's recursion group.
  uint32_t recStart(uint32_t Self) const { return Self - RecIndex; }
  bool operator==(const FuncType &O) const {
    return Params == O.Params && Results == O.Results;
  }
  /// "iI:F" notation shared with rtlib (abi.h, wasmc_type_desc): one
  /// letter per value, every reference as 'r' or 'e' by its hierarchy.
  std::string signature() const;
  /// The exact form (wasmc_type_desc.exact) when it differs from
  /// signature(): other reference types spelled out, concrete heap types by
  /// module type index, which rtlib canonicalises.
  std::optional<std::string> exactSignature() const;
};

/// T in the exact notation of abi.h (wasmc_type_desc.exact), "(ref 3)",
/// for the `exact` of a table or global descriptor; nullopt when T is a
/// number type, funcref or externref, which the abi type byte says whole.
std::optional<std::string> exactRefType(ValType T);

struct Limits {
  uint64_t Min = 0;
  std::optional<uint64_t> Max;
  /// Address type i64 (memory64/table64, limits flags 0x04/0x05): indices
  /// into the memory or table are i64 operands rather than i32.
  bool Is64 = false;
  /// File offset of the limits' flag byte, for diagnostics (0: unknown).
  uint64_t Offset = 0;
};

struct TableType {
  ValType Elem = ValType::FuncRef;
  Limits Lim;
};

struct MemoryType {
  Limits Lim; // in pages
};

struct GlobalType {
  ValType Type = ValType::I32;
  bool Mutable = false;
};

enum class ExternKind : uint8_t {
  Func = 0,
  Table = 1,
  Memory = 2,
  Global = 3,
  Tag = 4
};

/// A constant expression. Almost every one is a single instruction, held as
/// a tagged value; a longer one (Wasm 3.0 extended constants: i32/i64
/// add, sub, mul over constants and global.get) is Program, with the
/// instructions in postfix order as single-instruction ConstExprs and the
/// arithmetic kinds.
struct ConstExpr {
  enum Kind : uint8_t {
    I32,
    I64,
    F32,
    F64,
    V128,
    RefNull,
    RefFunc,
    GlobalGet,
    // Arithmetic: only as an element of Ops.
    I32Add,
    I32Sub,
    I32Mul,
    I64Add,
    I64Sub,
    I64Mul,
    // Ops holds the instructions.
    Program
  };
  Kind K = I32;
  std::vector<ConstExpr> Ops;
  /// Raw bits of numeric constants (F32/F64 as their IEEE bits, V128 as two
  /// little-endian halves).
  std::array<uint64_t, 2> Bits = {0, 0};
  /// Function index (RefFunc), global index (GlobalGet).
  uint32_t Index = 0;
  /// Type of ref.null.
  ValType RefType = ValType::FuncRef;
  /// Offset of the first instruction, for diagnostics.
  uint64_t Offset = 0;
};

struct Import {
  std::string ModuleName;
  std::string FieldName;
  ExternKind Kind = ExternKind::Func;
  uint32_t FuncTypeIdx = 0; // Kind == Func
  TableType Table;          // Kind == Table
  MemoryType Memory;        // Kind == Memory
  GlobalType Global;        // Kind == Global
  uint32_t TagTypeIdx = 0;  // Kind == Tag: its function type (no results)
  uint64_t Offset = 0;
};

struct Export {
  std::string Name;
  ExternKind Kind = ExternKind::Func;
  uint32_t Index = 0;
  uint64_t Offset = 0;
};

struct Global {
  GlobalType Type;
  ConstExpr Init;
};

enum class SegmentMode : uint8_t { Active = 0, Passive = 1, Declarative = 2 };

struct ElemSegment {
  SegmentMode Mode = SegmentMode::Active;
  uint32_t Table = 0;
  ConstExpr Offset; // Active only
  ValType ElemType = ValType::FuncRef;
  /// Each item is RefFunc, RefNull or GlobalGet (function-index encodings
  /// are stored as RefFunc).
  std::vector<ConstExpr> Items;
  uint64_t FileOffset = 0;
};

struct DataSegment {
  SegmentMode Mode = SegmentMode::Active; // never Declarative
  uint32_t Memory = 0;
  ConstExpr Offset; // Active only
  llvm::ArrayRef<uint8_t> Bytes;
  uint64_t FileOffset = 0;
};

struct LocalDecl {
  uint32_t Count;
  ValType Type;
};

/// A branch hint (the metadata.code.branch_hint custom section) on an `if`
/// or `br_if`.
struct BranchHint {
  /// File offset of the hinted instruction's opcode (Instr::Offset).
  uint64_t Offset = 0;
  /// The condition is likely true (hint 1) or likely false (hint 0).
  bool Likely = false;
};

/// A function defined in the module (not imported).
struct FunctionBody {
  uint32_t TypeIdx = 0;
  std::vector<LocalDecl> Locals; // declared locals, not counting params
  uint64_t NumLocals = 0;         // sum of Locals[i].Count
  /// The instruction bytes, from the first instruction up to and including
  /// the final `end`.
  llvm::ArrayRef<uint8_t> Code;
  /// File offset of Code[0], so that InstrReader reports file offsets.
  uint64_t CodeOffset = 0;
  /// File offset of the body's size field, for "function N" diagnostics.
  uint64_t BodyOffset = 0;
  /// File offset of the local declarations (just after the size field):
  /// code metadata such as branch hints counts its offsets from here.
  uint64_t DeclOffset = 0;
  /// In increasing Offset order; empty without a (well-formed) branch hint
  /// section.
  std::vector<BranchHint> BranchHints;
};

struct CustomSection {
  std::string Name;
  llvm::ArrayRef<uint8_t> Payload;
  uint64_t Offset = 0;
};

/// A problem in the input that does not stop the compile (custom sections
/// never make a module malformed or invalid), for the driver to report.
struct ReadWarning {
  uint64_t Offset = 0;
  std::string Message;
};

struct Module {
  /// What the module was read with; validation applies the same set.
  Features Feats;
  std::vector<FuncType> Types;
  std::vector<Import> Imports;
  /// Type index of every function, imported ones first (index space order).
  std::vector<uint32_t> FuncTypes;
  std::vector<TableType> Tables;     // imported first
  /// One per defined table: the value every element starts with (Wasm 3.0
  /// tables may have an initialiser; without one, ref.null of the element
  /// type, which validation rejects for a non-nullable table).
  std::vector<ConstExpr> TableInits;
  std::vector<MemoryType> Memories;  // imported first
  std::vector<GlobalType> GlobalTypes; // imported first
  std::vector<Global> Globals;       // defined globals only
  /// Type index (a function type without results) of every tag, imported
  /// first.
  std::vector<uint32_t> TagTypes;
  /// File offset of each tag's declaration (its import, or its attribute
  /// byte in the tag section), parallel to TagTypes; for diagnostics.
  std::vector<uint64_t> TagOffsets;
  std::vector<Export> Exports;
  std::optional<uint32_t> Start;
  /// File offset of the start section's function index (0: unknown).
  uint64_t StartOffset = 0;
  std::vector<ElemSegment> Elems;
  std::vector<DataSegment> Datas;
  std::optional<uint32_t> DataCount;
  std::vector<FunctionBody> Bodies;  // defined functions only
  /// File offset of the code section's payload (its function count): the
  /// origin of the addresses in a module's DWARF.
  uint64_t CodeSectionOffset = 0;
  std::vector<CustomSection> Customs;

  uint32_t NumImportedFuncs = 0;
  uint32_t NumImportedTables = 0;
  uint32_t NumImportedMemories = 0;
  uint32_t NumImportedGlobals = 0;
  uint32_t NumImportedTags = 0;

  /// From the `name` section (function names only); missing entries have no
  /// name. A malformed name section is ignored, as the spec requires.
  llvm::DenseMap<uint32_t, std::string> FuncNames;
  std::string ModuleName;

  /// Custom-section content that was ignored, such as a malformed branch
  /// hint section.
  std::vector<ReadWarning> Warnings;

  /// Function indices that appear in ref.func outside function bodies
  /// (exports, element segments, global initialisers): the set C.refs that
  /// validation of ref.func in code checks against.
  std::vector<uint32_t> DeclaredFuncRefs;

  /// The address type of memory or table Idx: the operand type of its
  /// addresses, sizes and lengths (i32, or i64 for memory64/table64).
  ValType memoryAddrType(uint32_t Idx) const {
    return Memories[Idx].Lim.Is64 ? ValType::I64 : ValType::I32;
  }
  ValType tableAddrType(uint32_t Idx) const {
    return Tables[Idx].Lim.Is64 ? ValType::I64 : ValType::I32;
  }

  const FuncType &funcType(uint32_t FuncIdx) const {
    return Types[FuncTypes[FuncIdx]];
  }
  bool isImportedFunc(uint32_t FuncIdx) const {
    return FuncIdx < NumImportedFuncs;
  }
  /// "name" from the name section, or "<wasm function N>".
  std::string funcDisplayName(uint32_t FuncIdx) const;
};

} // namespace wasmc

#endif // WASMC_READER_MODULE_H
