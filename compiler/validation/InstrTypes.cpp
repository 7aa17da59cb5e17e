//===- InstrTypes.cpp - Per-opcode typing facts ---------------------------===//
//
// What the function validator needs to know about each opcode that does not
// depend on the module: the fixed signatures of Opcodes.def (decoded once
// into a table), access widths, and one-element type lists for block types.
// Built from the X-macro directly, so the validator does not depend on how
// the reader represents its opcode table.
//
//===----------------------------------------------------------------------===//
#include "validation/InstrTypes.h"
#include <array>

using namespace llvm;

namespace wasmc {
namespace validation {

namespace {

constexpr size_t NumOpcodes = 0
#define WASM_OP(Name, Prefix, Code, Imm, Text, Sig, Family) +1
#include "reader/Opcodes.def"
    ;

/// A fixed signature from Opcodes.def, decoded once.
struct OpSig {
  bool Fixed = false;
  uint8_t NumParams = 0;
  uint8_t NumResults = 0;
  std::array<ValType, 4> Params{};
  std::array<ValType, 2> Results{};
};

} // namespace

static const char *const OpTexts[] = {
#define WASM_OP(Name, Prefix, Code, Imm, Text, Sig, Family) Text,
#include "reader/Opcodes.def"
};

static const char *const OpSigs[] = {
#define WASM_OP(Name, Prefix, Code, Imm, Text, Sig, Family) Sig,
#include "reader/Opcodes.def"
};

static bool letterType(char C, ValType &T) {
  switch (C) {
  case 'i':
    T = ValType::I32;
    return true;
  case 'I':
    T = ValType::I64;
    return true;
  case 'f':
    T = ValType::F32;
    return true;
  case 'F':
    T = ValType::F64;
    return true;
  case 'v':
    T = ValType::V128;
    return true;
  case 'r':
    T = ValType::FuncRef;
    return true;
  case 'e':
    T = ValType::ExternRef;
    return true;
  default:
    return false;
  }
}

/// Parses "ii:i"; anything unexpected leaves the signature non-fixed, which
/// makes the instruction an error rather than a wrong check.
static OpSig parseSig(StringRef Text) {
  OpSig S;
  size_t Colon = Text.find(':');
  if (Colon == StringRef::npos)
    return S;
  StringRef Params = Text.take_front(Colon), Results = Text.drop_front(Colon + 1);
  if (Params.size() > S.Params.size() || Results.size() > S.Results.size())
    return S;
  for (char C : Params)
    if (!letterType(C, S.Params[S.NumParams++]))
      return OpSig();
  for (char C : Results)
    if (!letterType(C, S.Results[S.NumResults++]))
      return OpSig();
  S.Fixed = true;
  return S;
}

static const OpSig &opSig(Opcode Op) {
  static const std::array<OpSig, NumOpcodes> Table = [] {
    std::array<OpSig, NumOpcodes> T;
    for (size_t I = 0; I < NumOpcodes; ++I)
      T[I] = parseSig(OpSigs[I]);
    return T;
  }();
  return Table[static_cast<size_t>(Op)];
}

FixedSignature fixedSignature(Opcode Op) {
  FixedSignature Out;
  if (static_cast<size_t>(Op) >= NumOpcodes)
    return Out;
  const OpSig &S = opSig(Op);
  Out.Fixed = S.Fixed;
  Out.Params = ArrayRef<ValType>(S.Params.data(), S.NumParams);
  Out.Results = ArrayRef<ValType>(S.Results.data(), S.NumResults);
  return Out;
}

const char *opcodeText(Opcode Op) {
  size_t I = static_cast<size_t>(Op);
  return I < NumOpcodes ? OpTexts[I] : "<unknown instruction>";
}

/// log2 of the access width, or -1 for instructions without a memarg.
int naturalAlignLog2(Opcode Op) {
  switch (Op) {
  case Opcode::I32Load8S:
  case Opcode::I32Load8U:
  case Opcode::I64Load8S:
  case Opcode::I64Load8U:
  case Opcode::I32Store8:
  case Opcode::I64Store8:
  case Opcode::V128Load8Splat:
  case Opcode::V128Load8Lane:
  case Opcode::V128Store8Lane:
    return 0;
  case Opcode::I32Load16S:
  case Opcode::I32Load16U:
  case Opcode::I64Load16S:
  case Opcode::I64Load16U:
  case Opcode::I32Store16:
  case Opcode::I64Store16:
  case Opcode::V128Load16Splat:
  case Opcode::V128Load16Lane:
  case Opcode::V128Store16Lane:
    return 1;
  case Opcode::I32Load:
  case Opcode::F32Load:
  case Opcode::I64Load32S:
  case Opcode::I64Load32U:
  case Opcode::I32Store:
  case Opcode::F32Store:
  case Opcode::I64Store32:
  case Opcode::V128Load32Splat:
  case Opcode::V128Load32Zero:
  case Opcode::V128Load32Lane:
  case Opcode::V128Store32Lane:
    return 2;
  case Opcode::I64Load:
  case Opcode::F64Load:
  case Opcode::I64Store:
  case Opcode::F64Store:
  // The extending loads read 8 bytes whatever their lane shape.
  case Opcode::V128Load8x8S:
  case Opcode::V128Load8x8U:
  case Opcode::V128Load16x4S:
  case Opcode::V128Load16x4U:
  case Opcode::V128Load32x2S:
  case Opcode::V128Load32x2U:
  case Opcode::V128Load64Splat:
  case Opcode::V128Load64Zero:
  case Opcode::V128Load64Lane:
  case Opcode::V128Store64Lane:
    return 3;
  case Opcode::V128Load:
  case Opcode::V128Store:
    return 4;
  default:
    return -1;
  }
}

/// Lane count of the vector shape that a lane immediate indexes.
int laneCount(Opcode Op) {
  switch (Op) {
  case Opcode::I8x16ExtractLaneS:
  case Opcode::I8x16ExtractLaneU:
  case Opcode::I8x16ReplaceLane:
  case Opcode::V128Load8Lane:
  case Opcode::V128Store8Lane:
    return 16;
  case Opcode::I16x8ExtractLaneS:
  case Opcode::I16x8ExtractLaneU:
  case Opcode::I16x8ReplaceLane:
  case Opcode::V128Load16Lane:
  case Opcode::V128Store16Lane:
    return 8;
  case Opcode::I32x4ExtractLane:
  case Opcode::I32x4ReplaceLane:
  case Opcode::F32x4ExtractLane:
  case Opcode::F32x4ReplaceLane:
  case Opcode::V128Load32Lane:
  case Opcode::V128Store32Lane:
    return 4;
  case Opcode::I64x2ExtractLane:
  case Opcode::I64x2ReplaceLane:
  case Opcode::F64x2ExtractLane:
  case Opcode::F64x2ReplaceLane:
  case Opcode::V128Load64Lane:
  case Opcode::V128Store64Lane:
    return 2;
  default:
    return -1;
  }
}

/// A one-element view of T that outlives every frame.
bool singleType(ValType T, ArrayRef<ValType> &Out) {
  static const ValType All[] = {ValType::I32,     ValType::I64,
                                ValType::F32,     ValType::F64,
                                ValType::V128,    ValType::FuncRef,
                                ValType::ExternRef};
  for (const ValType &X : All) {
    if (X == T) {
      Out = ArrayRef<ValType>(&X, 1);
      return true;
    }
  }
  return false;
}

} // namespace validation
} // namespace wasmc
