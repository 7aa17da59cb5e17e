//===- BulkValidator.cpp - Bulk memory and table operations ---------------===//
//
// memory.init/copy/fill, data.drop, table.init/copy and elem.drop, the
// counterpart of compiler/lower/Bulk.cpp: the indices of memories, tables
// and segments, and that a table.copy or table.init moves references of
// one type. The operand types are fixed (the signature column).
//
//===----------------------------------------------------------------------===//
#include "validation/FunctionValidator.h"

using namespace llvm;

namespace wasmc {
namespace validation {

/// The length operand of a copy between memories or tables of different
/// address types must fit both: i32 unless both are i64.
static ValType minAddrType(ValType A, ValType B) {
  return A == ValType::I64 && B == ValType::I64 ? ValType::I64 : ValType::I32;
}

Error FunctionValidator::checkBulk(const Instr &I) {
  switch (I.Op) {
  case Opcode::MemoryFill: {
    if (Error E = knownMemory(I.A))
      return E;
    ValType Addr = M.memoryAddrType(I.A);
    return checkFixedAddr(I, {{0, Addr}, {2, Addr}});
  }
  case Opcode::MemoryCopy: {
    if (Error E = knownMemory(I.A))
      return E;
    if (Error E = knownMemory(I.B))
      return E;
    ValType Dst = M.memoryAddrType(I.A), Src = M.memoryAddrType(I.B);
    return checkFixedAddr(I, {{0, Dst}, {1, Src}, {2, minAddrType(Dst, Src)}});
  }
  case Opcode::MemoryInit:
    // A is the data segment, B the memory.
    if (Error E = knownMemory(I.B))
      return E;
    if (Error E = knownData(I.A))
      return E;
    return checkFixedAddr(I, {{0, M.memoryAddrType(I.B)}});
  case Opcode::DataDrop:
    return knownData(I.A);
  case Opcode::TableCopy: {
    // A is the destination, B the source.
    if (Error E = knownTable(I.A))
      return E;
    if (Error E = knownTable(I.B))
      return E;
    ValType Dst = M.Tables[I.A].Elem, Src = M.Tables[I.B].Elem;
    if (!F.Rel.isSubtype(Src, Dst))
      return fail(Twine("type mismatch: table.copy from a table of ") +
                  typeName(Src) + " to a table of " + typeName(Dst));
    ValType DstAddr = M.tableAddrType(I.A), SrcAddr = M.tableAddrType(I.B);
    return checkFixedAddr(
        I, {{0, DstAddr}, {1, SrcAddr}, {2, minAddrType(DstAddr, SrcAddr)}});
  }
  case Opcode::TableInit: {
    // A is the element segment, B the table.
    if (Error E = knownTable(I.B))
      return E;
    if (Error E = knownElem(I.A))
      return E;
    ValType Dst = M.Tables[I.B].Elem, Src = M.Elems[I.A].ElemType;
    if (!F.Rel.isSubtype(Src, Dst))
      return fail(Twine("type mismatch: table.init of a ") + typeName(Src) +
                  " segment into a table of " + typeName(Dst));
    return checkFixedAddr(I, {{0, M.tableAddrType(I.B)}});
  }
  case Opcode::ElemDrop:
    return knownElem(I.A);
  default:
    return unhandled(I);
  }
}

} // namespace validation
} // namespace wasmc
