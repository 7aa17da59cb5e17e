//===- Opcodes.cpp - Properties of the opcodes in Opcodes.def -------------===//
#include "reader/Instr.h"
#include "reader/OpcodeTable.h"
#include <array>

namespace wasmc {

namespace {
struct OpInfo {
  const char *Text;
  ImmKind Imm;
  const char *Signature;
  uint8_t Prefix;
  uint32_t Code;
  OpFamily Family;
};
} // namespace

static constexpr OpInfo Infos[] = {
#define WASM_OP(Name, Prefix, Code, Imm, Text, Sig, Family)                    \
  {Text, ImmKind::Imm, Sig, Prefix, Code, OpFamily::Family},
#include "reader/Opcodes.def"
};

static constexpr size_t NumOpcodes = sizeof(Infos) / sizeof(Infos[0]);

const char *opcodeName(Opcode Op) {
  size_t I = static_cast<size_t>(Op);
  return I < NumOpcodes ? Infos[I].Text : "<unknown opcode>";
}

ImmKind opcodeImmKind(Opcode Op) {
  size_t I = static_cast<size_t>(Op);
  return I < NumOpcodes ? Infos[I].Imm : ImmKind::None;
}

const char *opcodeSignature(Opcode Op) {
  size_t I = static_cast<size_t>(Op);
  return I < NumOpcodes ? Infos[I].Signature : "";
}

OpFamily opcodeFamily(Opcode Op) {
  // Every Opcode value comes from Opcodes.def, so the index is in range.
  return Infos[static_cast<size_t>(Op)].Family;
}

// Direct-indexed decode tables, built at compile time from Opcodes.def so
// that adding an opcode there is the only change needed. The prefixed
// sub-opcodes are dense and small (0xFD's reach 0x113 with relaxed SIMD), so
// each table is sized to its largest code; anything above it is unknown.
namespace {
constexpr uint16_t NoOpcode = 0xFFFF;
constexpr size_t tableSize(uint8_t Prefix) {
  size_t Size = 0;
  for (size_t I = 0; I < NumOpcodes; ++I)
    if (Infos[I].Prefix == Prefix && Infos[I].Code >= Size)
      Size = Infos[I].Code + 1;
  return Size;
}
constexpr size_t NumFCCodes = tableSize(0xFC);
constexpr size_t NumFDCodes = tableSize(0xFD);
struct DecodeTables {
  std::array<uint16_t, 256> OneByte{};
  std::array<uint16_t, NumFCCodes> PrefixFC{};
  std::array<uint16_t, NumFDCodes> PrefixFD{};
};
} // namespace

static constexpr DecodeTables buildDecodeTables() {
  DecodeTables T;
  for (auto &E : T.OneByte)
    E = NoOpcode;
  for (auto &E : T.PrefixFC)
    E = NoOpcode;
  for (auto &E : T.PrefixFD)
    E = NoOpcode;
  for (size_t I = 0; I < NumOpcodes; ++I) {
    if (Infos[I].Prefix == 0)
      T.OneByte[Infos[I].Code] = static_cast<uint16_t>(I);
    else if (Infos[I].Prefix == 0xFC)
      T.PrefixFC[Infos[I].Code] = static_cast<uint16_t>(I);
    else if (Infos[I].Prefix == 0xFD)
      T.PrefixFD[Infos[I].Code] = static_cast<uint16_t>(I);
  }
  return T;
}

static constexpr DecodeTables Tables = buildDecodeTables();

bool decodeOpcode(uint8_t Prefix, uint32_t Code, Opcode &Out) {
  uint16_t Idx = NoOpcode;
  if (Prefix == 0 && Code < 256)
    Idx = Tables.OneByte[Code];
  else if (Prefix == 0xFC && Code < NumFCCodes)
    Idx = Tables.PrefixFC[Code];
  else if (Prefix == 0xFD && Code < NumFDCodes)
    Idx = Tables.PrefixFD[Code];
  if (Idx == NoOpcode)
    return false;
  Out = static_cast<Opcode>(Idx);
  return true;
}

} // namespace wasmc
