//===- CodeSection.cpp - Decode function bodies ---------------------------===//
//
// Splits the code section into FunctionBodies and decodes every instruction
// once, so that malformed code (bad opcodes, overlong immediates, a missing
// or early final `end`, memory.init without a data count section) is
// reported as malformed before validation starts. The instructions are not
// stored: later stages decode them again with InstrReader.
//
//===----------------------------------------------------------------------===//
#include "reader/InstrReader.h"
#include "reader/SectionReaders.h"
#include "support/Diagnostic.h"

using namespace llvm;

namespace wasmc {

static Error readLocals(ByteReader &R, const Features &Feats,
                        FunctionBody &Body) {
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  Body.Locals.reserve(boundedReserve(Count, R, 2));
  uint64_t Total = 0;
  for (uint32_t N = 0; N < Count; ++N) {
    uint64_t At = R.offset();
    LocalDecl D;
    if (Error E = R.readVarU32(D.Count))
      return E;
    Total += D.Count;
    // The spec bounds the declared locals (not counting parameters) by
    // 2^32 - 1; checked before anything is sized by the total.
    if (Total > UINT32_MAX)
      return makeError(At, "too many locals");
    if (Error E = readValType(R, Feats, D.Type))
      return E;
    Body.Locals.push_back(D);
  }
  Body.NumLocals = Total;
  return Error::success();
}

// Walks the instructions, tracking only the nesting depth, to find the
// `end` that closes the body: it must be the last byte of the body.
static Error scanBody(const FunctionBody &Body, bool HaveDataCount,
                      Features Feats, Instr &I) {
  InstrReader IR(Body.Code, Body.CodeOffset, Feats);
  uint64_t Depth = 1;
  while (!IR.atEnd()) {
    if (Error E = IR.next(I))
      return E;
    switch (I.Op) {
    case Opcode::Block:
    case Opcode::Loop:
    case Opcode::If:
    case Opcode::TryTable:
    case Opcode::Try:
      ++Depth;
      break;
    case Opcode::Delegate: // closes a legacy try in place of its `end`
    case Opcode::End:
      if (--Depth == 0) {
        if (!IR.atEnd())
          return makeError(IR.offset(), "section size mismatch");
        return Error::success();
      }
      break;
    case Opcode::MemoryInit:
    case Opcode::DataDrop:
      if (!HaveDataCount)
        return makeError(I.Offset, "data count section required");
      break;
    default:
      break;
    }
  }
  return makeError(IR.offset(), "END opcode expected");
}

Error readCodeSection(ByteReader &R, ReadState &S) {
  Module &M = S.M;
  S.SawCode = true;
  uint64_t CountAt = R.offset();
  M.CodeSectionOffset = CountAt;
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  if (Count != S.NumDeclaredFuncs.value_or(0))
    return makeError(CountAt,
                     "function and code section have inconsistent lengths");
  M.Bodies.reserve(boundedReserve(Count, R, 2));
  const bool HaveDataCount = M.DataCount.has_value();
  Instr I; // reused so that br_table/select vectors are allocated once
  for (uint32_t N = 0; N < Count; ++N) {
    FunctionBody Body;
    Body.BodyOffset = R.offset();
    Body.TypeIdx = M.FuncTypes[M.NumImportedFuncs + N];
    uint32_t Size;
    if (Error E = R.readLength(Size))
      return E;
    ByteReader BR = R.takeSub(Size);
    Body.DeclOffset = BR.offset();
    if (Error E = readLocals(BR, M.Feats, Body))
      return E;
    Body.CodeOffset = BR.offset();
    Body.Code = BR.rest();
    if (Error E = scanBody(Body, HaveDataCount, M.Feats, I))
      return E;
    M.Bodies.push_back(std::move(Body));
  }
  return Error::success();
}

} // namespace wasmc
