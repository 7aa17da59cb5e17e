//===- Values.cpp - Script values against runtime values ------------------===//
#include "Values.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>

using namespace llvm;

namespace wasmc {
namespace spectest {

uint8_t typeOfLetter(char Letter) {
  switch (Letter) {
  case 'i':
    return WASMC_I32;
  case 'I':
    return WASMC_I64;
  case 'f':
    return WASMC_F32;
  case 'F':
    return WASMC_F64;
  case 'v':
    return WASMC_V128;
  case 'r':
    return WASMC_FUNCREF;
  case 'e':
    return WASMC_EXTERNREF;
  }
  return 0;
}

// The embedding API's suggested encoding: any non-null pointer-sized value is
// an opaque host reference, so ref.extern N is N + 1 and never null.
void *externRef(uint64_t N) {
  return reinterpret_cast<void *>(static_cast<uintptr_t>(N + 1));
}

static const char *typeName(uint8_t T) {
  switch (T) {
  case RefAny:
    return "anyref";
  case RefEq:
    return "eqref";
  case RefI31:
    return "i31ref";
  case RefStruct:
    return "structref";
  case RefArray:
    return "arrayref";
  case RefExn:
    return "exnref";
  case RefNullExn:
    return "nullexnref";
  case RefNullFunc:
    return "nullfuncref";
  case RefNullExtern:
    return "nullexternref";
  case RefNull:
    return "nullref";
  case RefAnyNull:
    return "ref.null";
  case Either:
    return "either";
  case WASMC_I32:
    return "i32";
  case WASMC_I64:
    return "i64";
  case WASMC_F32:
    return "f32";
  case WASMC_F64:
    return "f64";
  case WASMC_V128:
    return "v128";
  case WASMC_FUNCREF:
    return "funcref";
  case WASMC_EXTERNREF:
    return "externref";
  }
  return "?";
}

/// Bytes per lane of a v128 lane type code (Script.h).
static unsigned laneBytes(uint8_t LaneType) {
  switch (LaneType) {
  case 8:
    return 1;
  case 16:
    return 2;
  case WASMC_I32:
  case WASMC_F32:
    return 4;
  default:
    return 8;
  }
}

static bool isFloatLane(uint8_t LaneType) {
  return LaneType == WASMC_F32 || LaneType == WASMC_F64;
}

/// The wasmc_valtype that carries references of script type T through the
/// embedding API: the top of T's hierarchy, where wasmc has one (funcref,
/// externref); 0 for the any and exn hierarchies (GC, exceptions), which it
/// does not have yet, and for non-references. RefAnyNull fits either.
static uint8_t carrierOf(uint8_t T) {
  switch (T) {
  case WASMC_FUNCREF:
  case RefNullFunc:
    return WASMC_FUNCREF;
  case WASMC_EXTERNREF:
  case RefNullExtern:
    return WASMC_EXTERNREF;
  }
  return 0;
}

static bool fitsLetterType(uint8_t ScriptType, uint8_t LetterType) {
  if (ScriptType == LetterType)
    return true;
  if (ScriptType == RefAnyNull)
    return LetterType == WASMC_FUNCREF || LetterType == WASMC_EXTERNREF;
  return carrierOf(ScriptType) && carrierOf(ScriptType) == LetterType;
}

bool toWasmValue(const ScriptValue &V, char Letter, wasmc_value &Out,
                 std::string &Err) {
  memset(&Out, 0, sizeof(Out));
  uint8_t T = typeOfLetter(Letter);
  if (!fitsLetterType(V.Type, T) || !V.HasValue) {
    Err = std::string("argument of type ") + typeName(V.Type) +
          " where the function takes " + typeName(T);
    return false;
  }
  for (Pattern P : V.Pats)
    if (P != Pattern::Bits) {
      Err = "a NaN pattern is not an argument";
      return false;
    }
  switch (T) {
  case WASMC_I32:
  case WASMC_F32: {
    uint32_t B = static_cast<uint32_t>(V.Bits[0]);
    memcpy(&Out, &B, 4);
    return true;
  }
  case WASMC_I64:
  case WASMC_F64:
    memcpy(&Out, &V.Bits[0], 8);
    return true;
  case WASMC_V128: {
    unsigned W = laneBytes(V.LaneType);
    for (size_t L = 0; L < V.Bits.size(); ++L)
      memcpy(Out.v128 + L * W, &V.Bits[L], W); // little-endian host
    return true;
  }
  case WASMC_FUNCREF:
    if (!V.IsNull) {
      Err = "a non-null funcref argument cannot be written in a script";
      return false;
    }
    Out.ref = nullptr;
    return true;
  case WASMC_EXTERNREF:
    if (!V.IsNull && V.Bits.empty()) {
      Err = "an externref argument needs a host value";
      return false;
    }
    Out.ref = V.IsNull ? nullptr : externRef(V.Bits[0]);
    return true;
  }
  Err = "unknown argument type";
  return false;
}

/// One number against a pattern; Width is 32 or 64 for floats, 0 for
/// integers (which only have bit patterns).
static bool matchNumber(uint64_t Got, uint64_t Want, Pattern P,
                        unsigned FloatWidth) {
  if (P == Pattern::Bits)
    return Got == Want;
  // Canonical NaN: exponent all ones, only the top mantissa bit set.
  // Arithmetic NaN: exponent all ones, top mantissa bit set (payload free).
  uint64_t Exp, Quiet;
  if (FloatWidth == 32) {
    Exp = 0x7f800000u;
    Quiet = 0x00400000u;
    Got &= 0x7fffffffu;
  } else if (FloatWidth == 64) {
    Exp = 0x7ff0000000000000ull;
    Quiet = 0x0008000000000000ull;
    Got &= 0x7fffffffffffffffull;
  } else {
    return false; // a NaN pattern for an integer never matches
  }
  if (P == Pattern::NanCanonical)
    return Got == (Exp | Quiet);
  return (Got & (Exp | Quiet)) == (Exp | Quiet);
}

static uint64_t scalarBits(uint8_t T, const wasmc_value &V) {
  if (T == WASMC_I32 || T == WASMC_F32) {
    uint32_t B;
    memcpy(&B, &V, 4);
    return B;
  }
  uint64_t B;
  memcpy(&B, &V, 8);
  return B;
}

bool matches(const ScriptValue &Expected, char Letter, const wasmc_value &Got) {
  uint8_t T = typeOfLetter(Letter);
  if (Expected.Type == Either) {
    for (const ScriptValue &Alt : Expected.Alternatives)
      if (matches(Alt, Letter, Got))
        return true;
    return false;
  }
  if (!fitsLetterType(Expected.Type, T) || !Expected.HasValue)
    return false;
  // Null of any type of the hierarchy (or of any, for RefAnyNull).
  if (Expected.IsNull && isReferenceType(Expected.Type))
    return Got.ref == nullptr;
  switch (T) {
  case WASMC_I32:
  case WASMC_I64:
    return matchNumber(scalarBits(T, Got), Expected.Bits[0], Expected.Pats[0],
                       0);
  case WASMC_F32:
    return matchNumber(scalarBits(T, Got), Expected.Bits[0], Expected.Pats[0],
                       32);
  case WASMC_F64:
    return matchNumber(scalarBits(T, Got), Expected.Bits[0], Expected.Pats[0],
                       64);
  case WASMC_V128: {
    unsigned W = laneBytes(Expected.LaneType);
    unsigned FloatWidth = isFloatLane(Expected.LaneType) ? W * 8 : 0;
    uint64_t Mask = W == 8 ? ~0ull : (1ull << (W * 8)) - 1;
    for (size_t L = 0; L < Expected.Bits.size(); ++L) {
      uint64_t Lane = 0;
      memcpy(&Lane, Got.v128 + L * W, W);
      if (!matchNumber(Lane, Expected.Bits[L] & Mask, Expected.Pats[L],
                       FloatWidth))
        return false;
    }
    return true;
  }
  case WASMC_FUNCREF:
    // The text format can only name ref.null func; any other expected
    // funcref means "some function".
    return Expected.IsNull ? Got.ref == nullptr : Got.ref != nullptr;
  case WASMC_EXTERNREF:
    // 3.0's `ref.extern` without a number: any non-null host reference.
    if (Expected.Bits.empty())
      return Got.ref != nullptr;
    return Got.ref == externRef(Expected.Bits[0]);
  }
  return false;
}

static std::string formatFloat(uint64_t Bits, unsigned Width) {
  std::string S;
  raw_string_ostream OS(S);
  if (Width == 32) {
    float F;
    uint32_t B = static_cast<uint32_t>(Bits);
    memcpy(&F, &B, 4);
    OS << format("%.9g", F) << format(" (0x%08x)", B);
  } else {
    double D;
    memcpy(&D, &Bits, 8);
    OS << format("%.17g", D) << format(" (0x%016llx)", (unsigned long long)Bits);
  }
  return OS.str();
}

static std::string formatLanes(const uint8_t *Bytes, uint8_t LaneType) {
  unsigned W = laneBytes(LaneType);
  std::string S = "v128 ";
  S += LaneType == 8 ? "i8x16" : LaneType == 16 ? "i16x8" : "";
  if (LaneType != 8 && LaneType != 16)
    S += std::string(typeName(LaneType)) + "x" + std::to_string(16 / W);
  for (unsigned L = 0; L < 16 / W; ++L) {
    uint64_t Lane = 0;
    memcpy(&Lane, Bytes + L * W, W);
    S += " ";
    if (isFloatLane(LaneType))
      S += formatFloat(Lane, W * 8);
    else
      S += std::to_string(Lane);
  }
  return S;
}

std::string formatValue(char Letter, const wasmc_value &V, uint8_t LaneType) {
  uint8_t T = typeOfLetter(Letter);
  std::string S;
  raw_string_ostream OS(S);
  switch (T) {
  case WASMC_I32:
    OS << "i32 " << static_cast<uint32_t>(V.i32);
    break;
  case WASMC_I64:
    OS << "i64 " << static_cast<uint64_t>(V.i64);
    break;
  case WASMC_F32:
    OS << "f32 " << formatFloat(scalarBits(T, V), 32);
    break;
  case WASMC_F64:
    OS << "f64 " << formatFloat(scalarBits(T, V), 64);
    break;
  case WASMC_V128:
    OS << formatLanes(V.v128, LaneType ? LaneType : WASMC_I32);
    break;
  case WASMC_FUNCREF:
    OS << (V.ref ? "funcref (non-null)" : "ref.null func");
    break;
  case WASMC_EXTERNREF:
    if (!V.ref)
      OS << "ref.null extern";
    else
      OS << "ref.extern " << reinterpret_cast<uintptr_t>(V.ref) - 1;
    break;
  default:
    OS << "?";
  }
  return OS.str();
}

static std::string formatPattern(uint64_t Bits, Pattern P, unsigned FloatWidth) {
  if (P == Pattern::NanCanonical)
    return "nan:canonical";
  if (P == Pattern::NanArithmetic)
    return "nan:arithmetic";
  return FloatWidth ? formatFloat(Bits, FloatWidth) : std::to_string(Bits);
}

std::string formatExpected(const ScriptValue &V) {
  if (V.Type == Either) {
    std::string S = "either(";
    for (size_t A = 0; A < V.Alternatives.size(); ++A)
      S += (A ? " | " : "") + formatExpected(V.Alternatives[A]);
    return S + ")";
  }
  if (V.Type == RefAnyNull)
    return "ref.null (any type)";
  std::string S = typeName(V.Type);
  if (!V.HasValue)
    return S;
  if (carrierOf(V.Type) != V.Type && isReferenceType(V.Type) && V.IsNull)
    return S + " null";
  if (isReferenceType(V.Type) && V.Bits.empty())
    return S + " (non-null)";
  switch (V.Type) {
  case WASMC_I32:
  case WASMC_I64:
    return S + " " + formatPattern(V.Bits[0], V.Pats[0], 0);
  case WASMC_F32:
    return S + " " + formatPattern(V.Bits[0], V.Pats[0], 32);
  case WASMC_F64:
    return S + " " + formatPattern(V.Bits[0], V.Pats[0], 64);
  case WASMC_V128: {
    unsigned W = laneBytes(V.LaneType);
    unsigned FloatWidth = isFloatLane(V.LaneType) ? W * 8 : 0;
    S += " ";
    S += V.LaneType == 8    ? "i8x16"
         : V.LaneType == 16 ? "i16x8"
                            : std::string(typeName(V.LaneType)) + "x" +
                                  std::to_string(16 / W);
    for (size_t L = 0; L < V.Bits.size(); ++L)
      S += " " + formatPattern(V.Bits[L], V.Pats[L], FloatWidth);
    return S;
  }
  case WASMC_FUNCREF:
    return V.IsNull ? "ref.null func" : "funcref (non-null)";
  case WASMC_EXTERNREF:
    return V.IsNull ? "ref.null extern"
                    : "ref.extern " + std::to_string(V.Bits[0]);
  }
  if (isReferenceType(V.Type))
    return S + " " + std::to_string(V.Bits[0]);
  return S;
}

} // namespace spectest
} // namespace wasmc
