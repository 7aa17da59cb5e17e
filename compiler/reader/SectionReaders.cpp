//===- SectionReaders.cpp - Decode the module-level sections --------------===//
//
// Everything but the code section (CodeSection.cpp) and the name section
// (NameSection.cpp). Each reader consumes its section's bytes; the caller
// checks that nothing is left over.
//
//===----------------------------------------------------------------------===//
#include "reader/InstrReader.h"
#include "reader/SectionReaders.h"
#include "support/Diagnostic.h"

using namespace llvm;

namespace wasmc {

// Flags: bit 0 a maximum follows; bit 2 (memory64) the i64 address type,
// with u64 bounds (3.0 reads u64 bounds for i32 too; their range is a
// validation rule). Bit 1 (shared, threads) is not supported.
Error readLimits(ByteReader &R, const Features &F, Limits &Out) {
  uint64_t At = R.offset();
  uint8_t Flags;
  if (Error E = R.readByte(Flags))
    return E;
  if (Flags == 0x04 || Flags == 0x05) {
    if (!F.Memory64)
      return makeError(At, "malformed limits flags (0x" +
                               Twine::utohexstr(Flags) +
                               ": the i64 address type needs the memory64 "
                               "feature, which is disabled)");
  } else if (Flags > 1) {
    return makeError(At, "malformed limits flags");
  }
  Out.Offset = At;
  Out.Is64 = Flags & 0x04;
  Out.Max.reset();
  auto ReadBound = [&](uint64_t &V) -> Error {
    if (F.Memory64)
      return R.readVarU64(V);
    uint32_t V32;
    if (Error E = R.readVarU32(V32))
      return E;
    V = V32;
    return Error::success();
  };
  if (Error E = ReadBound(Out.Min))
    return E;
  if (Flags & 1) {
    uint64_t Max;
    if (Error E = ReadBound(Max))
      return E;
    Out.Max = Max;
  }
  return Error::success();
}

Error readTableType(ByteReader &R, const Features &Feats, TableType &Out) {
  if (Error E = readRefType(R, Feats, Out.Elem))
    return E;
  return readLimits(R, Feats, Out.Lim);
}

Error readGlobalType(ByteReader &R, const Features &Feats,
                     GlobalType &Out) {
  if (Error E = readValType(R, Feats, Out.Type))
    return E;
  uint64_t At = R.offset();
  uint8_t Mut;
  if (Error E = R.readByte(Mut))
    return E;
  if (Mut > 1)
    return makeError(At, "malformed mutability");
  Out.Mutable = Mut == 1;
  return Error::success();
}

static bool isConstantInstr(Opcode Op) {
  switch (Op) {
  case Opcode::I32Const:
  case Opcode::I64Const:
  case Opcode::F32Const:
  case Opcode::F64Const:
  case Opcode::V128Const:
  case Opcode::RefNull:
  case Opcode::RefFunc:
  case Opcode::GlobalGet:
  // Wasm 3.0 extended constants.
  case Opcode::I32Add:
  case Opcode::I32Sub:
  case Opcode::I32Mul:
  case Opcode::I64Add:
  case Opcode::I64Sub:
  case Opcode::I64Mul:
    return true;
  default:
    return false;
  }
}

static void setConstExpr(const Instr &I, ConstExpr &Out) {
  switch (I.Op) {
  case Opcode::I32Const:
    Out.K = ConstExpr::I32;
    break;
  case Opcode::I64Const:
    Out.K = ConstExpr::I64;
    break;
  case Opcode::F32Const:
    Out.K = ConstExpr::F32;
    break;
  case Opcode::F64Const:
    Out.K = ConstExpr::F64;
    break;
  case Opcode::RefNull:
    Out.K = ConstExpr::RefNull;
    break;
  case Opcode::RefFunc:
    Out.K = ConstExpr::RefFunc;
    break;
  case Opcode::V128Const:
    // Two little-endian halves: Bytes[0..7] is the low word.
    Out.K = ConstExpr::V128;
    for (unsigned J = 0; J < 16; ++J)
      Out.Bits[J / 8] |= uint64_t(I.Bytes[J]) << (8 * (J % 8));
    return;
  case Opcode::I32Add:
    Out.K = ConstExpr::I32Add;
    break;
  case Opcode::I32Sub:
    Out.K = ConstExpr::I32Sub;
    break;
  case Opcode::I32Mul:
    Out.K = ConstExpr::I32Mul;
    break;
  case Opcode::I64Add:
    Out.K = ConstExpr::I64Add;
    break;
  case Opcode::I64Sub:
    Out.K = ConstExpr::I64Sub;
    break;
  case Opcode::I64Mul:
    Out.K = ConstExpr::I64Mul;
    break;
  default:
    Out.K = ConstExpr::GlobalGet;
    break;
  }
  Out.Bits[0] = I.Imm;
  Out.Index = I.A;
  Out.RefType = I.RefType;
}

// A constant expression is a sequence of constant instructions and `end`.
// A non-constant instruction can never validate, so it is rejected here
// already, with the message validation would give ("constant expression
// required"); the stack discipline (types, number of values) is left to the
// validator, which also knows which globals are visible. Decoding goes
// through InstrReader so immediates get exactly the checks they get in code.
Error readConstExpr(ByteReader &R, ReadState &S, ConstExpr &Out) {
  InstrReader IR(R.rest(), R.offset(), S.M.Feats);
  Instr I;
  Out = ConstExpr();
  Out.Offset = IR.offset();
  std::vector<ConstExpr> Ops;
  for (;;) {
    Error Err = IR.next(I);
    if (Err) {
      R.skip(IR.offset() - Out.Offset);
      return Err;
    }
    if (I.Op == Opcode::End)
      break;
    if (!isConstantInstr(I.Op))
      return makeError(I.Offset, "constant expression required");
    if (!S.M.Feats.ExtendedConst &&
        (I.Op == Opcode::I32Add || I.Op == Opcode::I32Sub ||
         I.Op == Opcode::I32Mul || I.Op == Opcode::I64Add ||
         I.Op == Opcode::I64Sub || I.Op == Opcode::I64Mul))
      return makeError(I.Offset, "constant expression required");
    if (I.Op == Opcode::RefFunc)
      S.declareFuncRef(I.A);
    ConstExpr Op;
    Op.Offset = I.Offset;
    setConstExpr(I, Op);
    Ops.push_back(std::move(Op));
  }
  R.skip(IR.offset() - Out.Offset);
  if (Ops.empty())
    return makeError(I.Offset, "type mismatch: empty constant expression");
  if (Ops.size() == 1 && Ops[0].K < ConstExpr::I32Add) {
    Out = std::move(Ops[0]);
    return Error::success();
  }
  Out.K = ConstExpr::Program;
  Out.Ops = std::move(Ops);
  return Error::success();
}

/// One function type after its form byte (0x60): params, then results.
static Error readFuncType(ByteReader &R, const Features &Feats, FuncType &T) {
  for (std::vector<ValType> *List : {&T.Params, &T.Results}) {
    uint32_t Len;
    if (Error E = R.readVarU32(Len))
      return E;
    List->reserve(boundedReserve(Len, R));
    for (uint32_t J = 0; J < Len; ++J) {
      ValType V;
      if (Error E = readValType(R, Feats, V))
        return E;
      List->push_back(V);
    }
  }
  return Error::success();
}

/// A subtype: `sub final? (supertypes) functype` (0x4F, 0x50) or a bare
/// function type (0x60, which is `sub final` with no supertypes). Struct
/// and array types and declared supertypes are GC's, which wasmc does not
/// implement yet; they are reported as such rather than mistaken for
/// malformed input.
static Error readSubType(ByteReader &R, const Features &Feats, FuncType &T) {
  uint64_t At = R.offset();
  uint8_t Form;
  if (Error E = R.readByte(Form))
    return E;
  if (Feats.FunctionReferences && (Form == 0x4F || Form == 0x50)) {
    T.Final = Form == 0x4F;
    uint32_t NumSupers;
    if (Error E = R.readVarU32(NumSupers))
      return E;
    if (NumSupers != 0)
      return makeError(At, "declared supertypes are part of GC, which wasmc "
                           "does not support yet");
    At = R.offset();
    if (Error E = R.readByte(Form))
      return E;
  }
  if (Feats.FunctionReferences && (Form == 0x5F || Form == 0x5E))
    return makeError(At, Twine(Form == 0x5F ? "struct" : "array") +
                             " types are part of GC, which wasmc does not "
                             "support yet");
  if (Form != 0x60)
    return makeError(At, "malformed function type");
  return readFuncType(R, Feats, T);
}

Error readTypeSection(ByteReader &R, ReadState &S) {
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  S.M.Types.reserve(boundedReserve(Count, R, 3));
  for (uint32_t N = 0; N < Count; ++N) {
    // Each entry is a recursion group; one without `rec` is a group of one.
    uint32_t GroupSize = 1;
    uint8_t First;
    if (Error E = R.peekByte(First))
      return E;
    if (S.M.Feats.FunctionReferences && First == 0x4E) {
      R.skip(1);
      if (Error E = R.readVarU32(GroupSize))
        return E;
    }
    for (uint32_t K = 0; K < GroupSize; ++K) {
      FuncType T;
      T.RecSize = GroupSize;
      T.RecIndex = K;
      if (Error E = readSubType(R, S.M.Feats, T))
        return E;
      S.M.Types.push_back(std::move(T));
    }
  }
  return Error::success();
}

Error readImportSection(ByteReader &R, ReadState &S) {
  Module &M = S.M;
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  M.Imports.reserve(boundedReserve(Count, R, 4));
  for (uint32_t N = 0; N < Count; ++N) {
    Import Imp;
    Imp.Offset = R.offset();
    if (Error E = R.readName(Imp.ModuleName))
      return E;
    if (Error E = R.readName(Imp.FieldName))
      return E;
    uint64_t KindAt = R.offset();
    uint8_t Kind;
    if (Error E = R.readByte(Kind))
      return E;
    switch (Kind) {
    case 0:
      Imp.Kind = ExternKind::Func;
      if (Error E = R.readVarU32(Imp.FuncTypeIdx))
        return E;
      M.FuncTypes.push_back(Imp.FuncTypeIdx);
      ++M.NumImportedFuncs;
      break;
    case 1:
      Imp.Kind = ExternKind::Table;
      if (Error E = readTableType(R, M.Feats, Imp.Table))
        return E;
      M.Tables.push_back(Imp.Table);
      ++M.NumImportedTables;
      break;
    case 2:
      Imp.Kind = ExternKind::Memory;
      if (Error E = readLimits(R, M.Feats, Imp.Memory.Lim))
        return E;
      M.Memories.push_back(Imp.Memory);
      ++M.NumImportedMemories;
      break;
    case 3:
      Imp.Kind = ExternKind::Global;
      if (Error E = readGlobalType(R, M.Feats, Imp.Global))
        return E;
      M.GlobalTypes.push_back(Imp.Global);
      ++M.NumImportedGlobals;
      break;
    case 4:
      if (!M.Feats.Exceptions)
        return makeError(KindAt, "malformed import kind");
      Imp.Kind = ExternKind::Tag;
      if (Error E = readTagType(R, Imp.TagTypeIdx))
        return E;
      M.TagTypes.push_back(Imp.TagTypeIdx);
      M.TagOffsets.push_back(Imp.Offset);
      ++M.NumImportedTags;
      break;
    default:
      return makeError(KindAt, "malformed import kind");
    }
    M.Imports.push_back(std::move(Imp));
  }
  return Error::success();
}

Error readFunctionSection(ByteReader &R, ReadState &S) {
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  S.M.FuncTypes.reserve(S.M.FuncTypes.size() + boundedReserve(Count, R));
  for (uint32_t N = 0; N < Count; ++N) {
    uint32_t TypeIdx;
    if (Error E = R.readVarU32(TypeIdx))
      return E;
    S.M.FuncTypes.push_back(TypeIdx);
  }
  S.NumDeclaredFuncs = Count;
  return Error::success();
}

Error readTableSection(ByteReader &R, ReadState &S) {
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  S.M.Tables.reserve(S.M.Tables.size() + boundedReserve(Count, R, 3));
  for (uint32_t N = 0; N < Count; ++N) {
    // Wasm 3.0: 0x40 0x00, then the table type and an initialiser.
    uint8_t B;
    if (Error E = R.peekByte(B))
      return E;
    bool HasInit = S.M.Feats.FunctionReferences && B == 0x40;
    if (HasInit) {
      R.skip(1);
      uint64_t At = R.offset();
      uint8_t Zero;
      if (Error E = R.readByte(Zero))
        return E;
      if (Zero != 0)
        return makeError(At, "malformed table");
    }
    TableType T;
    uint64_t TypeAt = R.offset();
    if (Error E = readTableType(R, S.M.Feats, T))
      return E;
    ConstExpr Init;
    if (HasInit) {
      if (Error E = readConstExpr(R, S, Init))
        return E;
    } else {
      Init.K = ConstExpr::RefNull;
      Init.RefType = T.Elem.withNullable(true);
      Init.Offset = TypeAt;
    }
    S.M.Tables.push_back(T);
    S.M.TableInits.push_back(std::move(Init));
  }
  return Error::success();
}

Error readMemorySection(ByteReader &R, ReadState &S) {
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  S.M.Memories.reserve(S.M.Memories.size() + boundedReserve(Count, R, 2));
  for (uint32_t N = 0; N < Count; ++N) {
    MemoryType T;
    if (Error E = readLimits(R, S.M.Feats, T.Lim))
      return E;
    S.M.Memories.push_back(T);
  }
  return Error::success();
}

// The attribute byte is reserved for future kinds of tag; 0 is the only
// one, an exception.
Error readTagType(ByteReader &R, uint32_t &TypeIdx) {
  uint64_t At = R.offset();
  uint8_t Attribute;
  if (Error E = R.readByte(Attribute))
    return E;
  if (Attribute != 0)
    return makeError(At, "malformed tag attribute");
  return R.readVarU32(TypeIdx);
}

Error readTagSection(ByteReader &R, ReadState &S) {
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  S.M.TagTypes.reserve(S.M.TagTypes.size() + boundedReserve(Count, R, 2));
  for (uint32_t N = 0; N < Count; ++N) {
    uint64_t At = R.offset();
    uint32_t TypeIdx;
    if (Error E = readTagType(R, TypeIdx))
      return E;
    S.M.TagTypes.push_back(TypeIdx);
    S.M.TagOffsets.push_back(At);
  }
  return Error::success();
}

Error readGlobalSection(ByteReader &R, ReadState &S) {
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  size_t Reserve = boundedReserve(Count, R, 4);
  S.M.Globals.reserve(Reserve);
  S.M.GlobalTypes.reserve(S.M.GlobalTypes.size() + Reserve);
  for (uint32_t N = 0; N < Count; ++N) {
    Global G;
    if (Error E = readGlobalType(R, S.M.Feats, G.Type))
      return E;
    if (Error E = readConstExpr(R, S, G.Init))
      return E;
    S.M.GlobalTypes.push_back(G.Type);
    S.M.Globals.push_back(G);
  }
  return Error::success();
}

Error readExportSection(ByteReader &R, ReadState &S) {
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  S.M.Exports.reserve(boundedReserve(Count, R, 3));
  for (uint32_t N = 0; N < Count; ++N) {
    Export Ex;
    Ex.Offset = R.offset();
    if (Error E = R.readName(Ex.Name))
      return E;
    uint64_t KindAt = R.offset();
    uint8_t Kind;
    if (Error E = R.readByte(Kind))
      return E;
    const uint8_t LastKind = S.M.Feats.Exceptions ? 4 : 3;
    if (Kind > LastKind)
      return makeError(KindAt, "malformed export kind");
    Ex.Kind = static_cast<ExternKind>(Kind);
    if (Error E = R.readVarU32(Ex.Index))
      return E;
    if (Ex.Kind == ExternKind::Func)
      S.declareFuncRef(Ex.Index);
    S.M.Exports.push_back(std::move(Ex));
  }
  return Error::success();
}

Error readStartSection(ByteReader &R, ReadState &S) {
  S.M.StartOffset = R.offset();
  uint32_t FuncIdx;
  if (Error E = R.readVarU32(FuncIdx))
    return E;
  S.M.Start = FuncIdx;
  return Error::success();
}

// The element kind of the function-index encodings: only 0x00 (funcref)
// exists.
static Error readElemKind(ByteReader &R) {
  uint64_t At = R.offset();
  uint8_t Kind;
  if (Error E = R.readByte(Kind))
    return E;
  if (Kind != 0)
    return makeError(At, "malformed element kind");
  return Error::success();
}

// Flags bit 0: passive or declarative (else active); bit 1: explicit table
// index (active) or declarative (otherwise); bit 2: items are expressions
// rather than function indices.
static Error readElemSegment(ByteReader &R, ReadState &S, ElemSegment &Seg) {
  Seg.FileOffset = R.offset();
  uint32_t Flags;
  if (Error E = R.readVarU32(Flags))
    return E;
  if (Flags > 7)
    return makeError(Seg.FileOffset, "malformed elements segment kind");
  const bool NotActive = Flags & 1;
  const bool ExplicitOrDecl = Flags & 2;
  const bool Exprs = Flags & 4;
  Seg.Mode = !NotActive        ? SegmentMode::Active
             : ExplicitOrDecl ? SegmentMode::Declarative
                              : SegmentMode::Passive;
  Seg.Table = 0;
  // A vector of function indices (encodings 0-3) holds no null: with typed
  // references its type is (ref func); expressions (4-7) default to funcref.
  Seg.ElemType = S.M.Feats.FunctionReferences && !Exprs
                     ? ValType::FuncRef.withNullable(false)
                     : ValType::FuncRef;
  if (!NotActive) {
    if (ExplicitOrDecl)
      if (Error E = R.readVarU32(Seg.Table))
        return E;
    if (Error E = readConstExpr(R, S, Seg.Offset))
      return E;
  }
  // Encodings 0 and 4 have neither an element kind nor a reference type.
  if (NotActive || ExplicitOrDecl) {
    if (Exprs) {
      if (Error E = readRefType(R, S.M.Feats, Seg.ElemType))
        return E;
    } else if (Error E = readElemKind(R)) {
      return E;
    }
  }
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  Seg.Items.reserve(boundedReserve(Count, R, Exprs ? 2 : 1));
  for (uint32_t N = 0; N < Count; ++N) {
    ConstExpr Item;
    if (Exprs) {
      if (Error E = readConstExpr(R, S, Item))
        return E;
    } else {
      Item.Offset = R.offset();
      Item.K = ConstExpr::RefFunc;
      if (Error E = R.readVarU32(Item.Index))
        return E;
      S.declareFuncRef(Item.Index);
    }
    Seg.Items.push_back(Item);
  }
  return Error::success();
}

Error readElementSection(ByteReader &R, ReadState &S) {
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  S.M.Elems.reserve(boundedReserve(Count, R, 3));
  for (uint32_t N = 0; N < Count; ++N) {
    ElemSegment Seg;
    if (Error E = readElemSegment(R, S, Seg))
      return E;
    S.M.Elems.push_back(std::move(Seg));
  }
  return Error::success();
}

Error readDataCountSection(ByteReader &R, ReadState &S) {
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  S.M.DataCount = Count;
  return Error::success();
}

Error readDataSection(ByteReader &R, ReadState &S) {
  S.SawData = true;
  uint64_t CountAt = R.offset();
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  if (S.M.DataCount && *S.M.DataCount != Count)
    return makeError(CountAt,
                     "data count and data section have inconsistent lengths");
  S.M.Datas.reserve(boundedReserve(Count, R, 2));
  for (uint32_t N = 0; N < Count; ++N) {
    DataSegment Seg;
    Seg.FileOffset = R.offset();
    uint32_t Flags;
    if (Error E = R.readVarU32(Flags))
      return E;
    switch (Flags) {
    case 0:
      Seg.Mode = SegmentMode::Active;
      if (Error E = readConstExpr(R, S, Seg.Offset))
        return E;
      break;
    case 1:
      Seg.Mode = SegmentMode::Passive;
      break;
    case 2:
      Seg.Mode = SegmentMode::Active;
      if (Error E = R.readVarU32(Seg.Memory))
        return E;
      if (Error E = readConstExpr(R, S, Seg.Offset))
        return E;
      break;
    default:
      return makeError(Seg.FileOffset, "malformed data segment kind");
    }
    uint32_t Len;
    if (Error E = R.readLength(Len))
      return E;
    if (Error E = R.readBytes(Len, Seg.Bytes))
      return E;
    S.M.Datas.push_back(Seg);
  }
  return Error::success();
}

Error readCustomSection(ByteReader &R, ReadState &S) {
  CustomSection C;
  C.Offset = R.offset();
  if (Error E = R.readName(C.Name))
    return E;
  uint64_t PayloadAt = R.offset();
  if (Error E = R.readBytes(R.remaining(), C.Payload))
    return E;
  if (C.Name == "name") {
    parseNameSection(C.Payload, PayloadAt, S.M);
  } else if (C.Name == BranchHintSectionName) {
    // Hints name instructions in function bodies, so they are decoded once
    // the code section (which this section normally precedes) has been read.
    if (!S.BranchHintPayload) {
      S.BranchHintPayload = C.Payload;
      S.BranchHintOffset = PayloadAt;
    } else {
      S.M.Warnings.push_back({C.Offset, (Twine("ignoring a second ") +
                                         BranchHintSectionName +
                                         " section (a module has one at most)")
                                            .str()});
    }
  }
  S.M.Customs.push_back(std::move(C));
  return Error::success();
}

} // namespace wasmc
