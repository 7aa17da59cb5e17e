//===- InstrReader.cpp - Decode the instructions of a body ----------------===//
#include "reader/InstrReader.h"
#include "reader/ByteReader.h"
#include "reader/OpcodeTable.h"
#include "support/Diagnostic.h"
#include <algorithm>

using namespace llvm;

namespace wasmc {

static Error readBlockType(ByteReader &R, const Features &Feats,
                           BlockType &Out) {
  uint8_t B;
  if (Error E = R.peekByte(B))
    return E;
  if (B == 0x40) {
    R.skip(1);
    Out.K = BlockType::Empty;
    return Error::success();
  }
  // One-byte negative s33 values are value types; everything else is a
  // non-negative type index.
  if ((B & 0xC0) == 0x40) {
    Out.K = BlockType::Value;
    return readValType(R, Feats, Out.Type);
  }
  uint64_t At = R.offset();
  int64_t V;
  if (Error E = R.readVarS33(V))
    return E;
  if (V < 0)
    return makeError(At, "malformed block type");
  Out.K = BlockType::TypeIndex;
  Out.Index = static_cast<uint32_t>(V);
  return Error::success();
}

// Wasm 2.0 keeps a memory index slot as a single reserved zero byte (not a
// LEB128: 0x80 0x00 is malformed too).
static Error readZeroByte(ByteReader &R) {
  uint64_t At = R.offset();
  uint8_t B;
  if (Error E = R.readByte(B))
    return E;
  if (B != 0)
    return makeError(At, "zero byte expected");
  return Error::success();
}

// A memory index: a u32 with multi-memory, else Wasm 2.0's reserved zero
// byte.
static Error readMemIdx(ByteReader &R, bool MultiMemory, uint32_t &Out) {
  if (MultiMemory)
    return R.readVarU32(Out);
  Out = 0;
  return readZeroByte(R);
}

// With multi-memory, bit 6 of the alignment flags says that a memory index
// follows them; the flags stay below 2^7 (the reference interpreter's
// "malformed memop flags").
static Error readMemArg(ByteReader &R, const Features &F, MemArg &Out) {
  const bool MultiMemory = F.MultiMemory;
  Out.Memory = 0;
  uint64_t At = R.offset();
  if (Error E = R.readVarU32(Out.AlignLog2))
    return E;
  if (MultiMemory) {
    if (Out.AlignLog2 >= 0x80)
      return makeError(At, "malformed memop flags");
    if (Out.AlignLog2 & 0x40) {
      Out.AlignLog2 &= 0x3F;
      if (Error E = R.readVarU32(Out.Memory))
        return E;
    }
  }
  // memory64 makes the offset a u64 for every memory; validation limits it
  // to the memory's address type.
  if (F.Memory64)
    return R.readVarU64(Out.Offset);
  uint32_t Off;
  if (Error E = R.readVarU32(Off))
    return E;
  Out.Offset = Off;
  return Error::success();
}

// v128.const and i8x16.shuffle carry 16 raw bytes. A shuffle's lane indices
// are plain bytes in the binary format; their range (< 32) is a validation
// rule, not a well-formedness one.
static Error read16Bytes(ByteReader &R, std::array<uint8_t, 16> &Out) {
  ArrayRef<uint8_t> Bytes;
  if (Error E = R.readBytes(16, Bytes))
    return E;
  std::copy(Bytes.begin(), Bytes.end(), Out.begin());
  return Error::success();
}

/// The name of the Wasm 3.0 feature that opcode Op needs if Feats disables
/// it, else null.
static const char *disabledFeature(Opcode Op, const Features &Feats) {
  switch (Op) {
  case Opcode::ReturnCall:
  case Opcode::ReturnCallIndirect:
    return Feats.TailCall ? nullptr : "tail-call";
  case Opcode::ReturnCallRef:
    if (!Feats.TailCall)
      return "tail-call";
    [[fallthrough]];
  case Opcode::CallRef:
  case Opcode::RefAsNonNull:
  case Opcode::BrOnNull:
  case Opcode::BrOnNonNull:
    return Feats.FunctionReferences ? nullptr : "function-references";
  case Opcode::Try:
  case Opcode::Catch:
  case Opcode::CatchAll:
  case Opcode::Delegate:
  case Opcode::Rethrow:
    if (!Feats.Exceptions)
      return "exceptions";
    return Feats.LegacyExceptions ? nullptr : "legacy-exceptions";
  case Opcode::Throw:
  case Opcode::ThrowRef:
  case Opcode::TryTable:
    return Feats.Exceptions ? nullptr : "exceptions";
  default:
    return nullptr;
  }
}

/// try_table's block type and handler vector.
static Error readTryTable(ByteReader &R, const Features &Feats, Instr &I) {
  if (Error E = readBlockType(R, Feats, I.Block))
    return E;
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  I.Catches.clear();
  for (uint32_t N = 0; N < Count; ++N) {
    uint64_t At = R.offset();
    uint8_t Kind;
    if (Error E = R.readByte(Kind))
      return E;
    if (Kind > CatchClause::CatchAllRef)
      return makeError(At, "malformed catch clause kind 0x" +
                               Twine::utohexstr(Kind));
    CatchClause C;
    C.K = static_cast<CatchClause::Kind>(Kind);
    if (C.K == CatchClause::Catch || C.K == CatchClause::CatchRef)
      if (Error E = R.readVarU32(C.Tag))
        return E;
    if (Error E = R.readVarU32(C.Label))
      return E;
    I.Catches.push_back(C);
  }
  return Error::success();
}

static Error readImmediates(ByteReader &R, const Features &Feats,
                            Instr &I) {
  const bool MultiMemory = Feats.MultiMemory;
  switch (opcodeImmKind(I.Op)) {
  case ImmKind::None:
    return Error::success();
  case ImmKind::BlockType:
    return readBlockType(R, Feats, I.Block);
  case ImmKind::Index:
    return R.readVarU32(I.A);
  case ImmKind::TwoIndex:
    if (I.Op == Opcode::MemoryCopy) {
      if (Error E = readMemIdx(R, MultiMemory, I.A))
        return E;
      return readMemIdx(R, MultiMemory, I.B);
    }
    if (Error E = R.readVarU32(I.A))
      return E;
    if (I.Op == Opcode::MemoryInit)
      return readMemIdx(R, MultiMemory, I.B);
    return R.readVarU32(I.B);
  case ImmKind::BrTable: {
    uint32_t Count;
    if (Error E = R.readVarU32(Count))
      return E;
    I.Targets.clear();
    // Every label takes at least one byte; don't trust Count for the
    // allocation before the bytes are known to exist.
    if (Count >= R.remaining()) {
      R.skip(R.remaining());
      return R.endError();
    }
    I.Targets.reserve(Count + 1);
    for (uint32_t N = 0; N <= Count; ++N) {
      uint32_t L;
      if (Error E = R.readVarU32(L))
        return E;
      I.Targets.push_back(L);
    }
    return Error::success();
  }
  case ImmKind::MemArg:
    return readMemArg(R, Feats, I.Mem);
  case ImmKind::MemIdx:
    return readMemIdx(R, MultiMemory, I.A);
  case ImmKind::I32: {
    int32_t V;
    if (Error E = R.readVarS32(V))
      return E;
    I.Imm = static_cast<uint32_t>(V);
    return Error::success();
  }
  case ImmKind::I64: {
    int64_t V;
    if (Error E = R.readVarS64(V))
      return E;
    I.Imm = static_cast<uint64_t>(V);
    return Error::success();
  }
  case ImmKind::F32:
    return R.readFixed(4, I.Imm);
  case ImmKind::F64:
    return R.readFixed(8, I.Imm);
  case ImmKind::SelectT: {
    uint32_t Count;
    if (Error E = R.readVarU32(Count))
      return E;
    I.SelectTypes.clear();
    if (Count > R.remaining()) {
      R.skip(R.remaining());
      return R.endError();
    }
    I.SelectTypes.reserve(Count);
    for (uint32_t N = 0; N < Count; ++N) {
      ValType T;
      if (Error E = readValType(R, Feats, T))
        return E;
      I.SelectTypes.push_back(T);
    }
    return Error::success();
  }
  case ImmKind::HeapType: {
    // ref.null: the null of the nullable reference type of the heap type.
    HeapType H;
    if (Error E = readHeapType(R, Feats, H))
      return E;
    I.RefType = ValType::ref(H, /*Nullable=*/true);
    return Error::success();
  }
  case ImmKind::V128:
  case ImmKind::Shuffle:
    return read16Bytes(R, I.Bytes);
  case ImmKind::Lane:
    return R.readByte(I.Lane);
  case ImmKind::MemArgLane:
    if (Error E = readMemArg(R, Feats, I.Mem))
      return E;
    return R.readByte(I.Lane);
  case ImmKind::TryTable:
    return readTryTable(R, Feats, I);
  }
  return Error::success();
}

Error InstrReader::next(Instr &I) {
  ByteReader R(Code.drop_front(Pos), Base + Pos);
  I.Offset = R.offset();
  uint8_t B;
  if (Error E = R.readByte(B))
    return E;
  if (B == 0xFC || B == 0xFD) {
    uint32_t Sub;
    if (Error E = R.readVarU32(Sub))
      return E;
    if (!decodeOpcode(B, Sub, I.Op))
      return makeError(I.Offset, "illegal opcode 0x" + Twine::utohexstr(B) +
                                     " " + Twine(Sub));
  } else if (!decodeOpcode(0, B, I.Op)) {
    return makeError(I.Offset, "illegal opcode 0x" + Twine::utohexstr(B));
  }
  if (const char *Needed = disabledFeature(I.Op, Feats))
    // As a 2.0 reader would see it, naming what would make it legal.
    return makeError(I.Offset, "illegal opcode 0x" + Twine::utohexstr(B) +
                                   " (" + opcodeName(I.Op) + " needs the " +
                                   Needed + " feature, disabled by "
                                   "--disable-feature=" + Needed + ")");
  if (Error E = readImmediates(R, Feats, I))
    return E;
  Pos += R.pos();
  return Error::success();
}

} // namespace wasmc
