//===- Script.cpp - Decode wast2json output -------------------------------===//
//
// The JSON format is wabt's (docs/wast2json.md in wabt): numbers are the
// decimal text of their bit patterns (unsigned), NaN patterns are the
// strings "nan:canonical"/"nan:arithmetic", v128 values carry a lane type
// and one string per lane, references are "null" or the host value N of
// `ref.extern N`.
//
//===----------------------------------------------------------------------===//
#include "Script.h"

#include "wasmc/abi.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace llvm;

namespace wasmc {
namespace spectest {

static Error scriptError(StringRef Name, unsigned Line, const Twine &Msg) {
  return createStringError(inconvertibleErrorCode(),
                           Name + ":" + Twine(Line) + ": " + Msg);
}

static uint8_t valType(StringRef T) {
  return StringSwitch<uint8_t>(T)
      .Case("i32", WASMC_I32)
      .Case("i64", WASMC_I64)
      .Case("f32", WASMC_F32)
      .Case("f64", WASMC_F64)
      .Case("v128", WASMC_V128)
      .Case("funcref", WASMC_FUNCREF)
      .Case("externref", WASMC_EXTERNREF)
      // Wasm 3.0 (tools/wast2json3's names).
      .Case("anyref", RefAny)
      .Case("eqref", RefEq)
      .Case("i31ref", RefI31)
      .Case("structref", RefStruct)
      .Case("arrayref", RefArray)
      .Case("exnref", RefExn)
      .Case("nullexnref", RefNullExn)
      .Case("nullfuncref", RefNullFunc)
      .Case("nullexternref", RefNullExtern)
      .Case("nullref", RefNull)
      .Case("refnull", RefAnyNull)
      .Case("either", Either)
      .Default(0);
}

bool isReferenceType(uint8_t T) {
  switch (T) {
  case WASMC_FUNCREF:
  case WASMC_EXTERNREF:
  case RefAny:
  case RefEq:
  case RefI31:
  case RefStruct:
  case RefArray:
  case RefExn:
  case RefNullExn:
  case RefNullFunc:
  case RefNullExtern:
  case RefNull:
  case RefAnyNull:
    return true;
  }
  return false;
}

/// Lane types use the scalar codes; i8 and i16 lanes have none, so they get
/// their widths.
static uint8_t laneType(StringRef T) {
  if (T == "i8")
    return 8;
  if (T == "i16")
    return 16;
  uint8_t V = valType(T);
  return V == WASMC_I32 || V == WASMC_I64 || V == WASMC_F32 || V == WASMC_F64
             ? V
             : 0;
}

/// One number or NaN pattern, as text.
static bool parseNumber(StringRef S, uint64_t &Bits, Pattern &Pat) {
  Pat = Pattern::Bits;
  Bits = 0;
  if (S == "nan:canonical") {
    Pat = Pattern::NanCanonical;
    return true;
  }
  if (S == "nan:arithmetic") {
    Pat = Pattern::NanArithmetic;
    return true;
  }
  // Negative lane values are accepted too; they keep their two's
  // complement bits.
  if (S.starts_with("-")) {
    int64_t V;
    if (S.getAsInteger(10, V))
      return false;
    Bits = static_cast<uint64_t>(V);
    return true;
  }
  return !S.getAsInteger(10, Bits);
}

static Expected<ScriptValue> parseValue(const json::Value &J, StringRef Name,
                                        unsigned Line) {
  const json::Object *O = J.getAsObject();
  if (!O)
    return scriptError(Name, Line, "value is not an object");
  ScriptValue V;
  StringRef Type = O->getString("type").value_or("");
  V.Type = valType(Type);
  if (!V.Type)
    return scriptError(Name, Line, "unknown value type '" + Type + "'");
  if (V.Type == Either) {
    const json::Array *Values = O->getArray("values");
    if (!Values || Values->empty())
      return scriptError(Name, Line, "either without values");
    for (const json::Value &A : *Values) {
      Expected<ScriptValue> Alt = parseValue(A, Name, Line);
      if (!Alt)
        return Alt.takeError();
      V.Alternatives.push_back(std::move(*Alt));
    }
    V.HasValue = true;
    return V;
  }
  if (V.Type == RefAnyNull) {
    V.HasValue = V.IsNull = true;
    return V;
  }
  const json::Value *Val = O->get("value");
  // A reference without a value is 3.0's "any non-null reference of the
  // type" (`ref.func`, `ref.extern`, `ref.struct`...): wabt writes values
  // for every reference, and result types only for numbers (assert_trap).
  if (!Val && isReferenceType(V.Type)) {
    V.HasValue = true;
    return V;
  }
  if (!Val)
    return V; // a result type only (assert_trap)
  V.HasValue = true;
  if (isReferenceType(V.Type)) {
    StringRef S = Val->getAsString().value_or("");
    if (S == "null") {
      V.IsNull = true;
      return V;
    }
    uint64_t N;
    if (S.getAsInteger(10, N))
      return scriptError(Name, Line, "bad reference value '" + S + "'");
    V.Bits.push_back(N);
    V.Pats.push_back(Pattern::Bits);
    return V;
  }
  if (V.Type == WASMC_V128) {
    V.LaneType = laneType(O->getString("lane_type").value_or(""));
    const json::Array *Lanes = Val->getAsArray();
    if (!V.LaneType || !Lanes)
      return scriptError(Name, Line, "bad v128 value");
    unsigned Width = V.LaneType == 8    ? 8
                     : V.LaneType == 16 ? 16
                     : V.LaneType == WASMC_I32 || V.LaneType == WASMC_F32
                         ? 32
                         : 64;
    if (Lanes->size() != 128 / Width)
      return scriptError(Name, Line, "v128 value has the wrong lane count");
    for (const json::Value &L : *Lanes) {
      uint64_t Bits;
      Pattern Pat;
      if (!parseNumber(L.getAsString().value_or("?"), Bits, Pat))
        return scriptError(Name, Line, "bad v128 lane");
      V.Bits.push_back(Bits);
      V.Pats.push_back(Pat);
    }
    return V;
  }
  uint64_t Bits;
  Pattern Pat;
  StringRef S = Val->getAsString().value_or("?");
  if (!parseNumber(S, Bits, Pat))
    return scriptError(Name, Line, "bad number '" + S + "'");
  V.Bits.push_back(Bits);
  V.Pats.push_back(Pat);
  return V;
}

static Error parseValues(const json::Array *A, std::vector<ScriptValue> &Out,
                         StringRef Name, unsigned Line) {
  if (!A)
    return Error::success();
  for (const json::Value &J : *A) {
    Expected<ScriptValue> V = parseValue(J, Name, Line);
    if (!V)
      return V.takeError();
    Out.push_back(std::move(*V));
  }
  return Error::success();
}

static CommandKind commandKind(StringRef T) {
  return StringSwitch<CommandKind>(T)
      .Case("module", CommandKind::Module)
      .Case("register", CommandKind::Register)
      .Case("action", CommandKind::Action)
      .Case("assert_return", CommandKind::AssertReturn)
      .Case("assert_trap", CommandKind::AssertTrap)
      .Case("assert_exhaustion", CommandKind::AssertExhaustion)
      .Case("assert_invalid", CommandKind::AssertInvalid)
      .Case("assert_malformed", CommandKind::AssertMalformed)
      .Case("assert_unlinkable", CommandKind::AssertUnlinkable)
      .Case("assert_uninstantiable", CommandKind::AssertUninstantiable)
      .Case("module_definition", CommandKind::ModuleDefinition)
      .Case("module_instance", CommandKind::ModuleInstance)
      .Case("assert_exception", CommandKind::AssertException)
      .Case("assert_malformed_custom", CommandKind::AssertMalformedCustom)
      .Case("assert_invalid_custom", CommandKind::AssertInvalidCustom)
      .Default(CommandKind::Unknown);
}

Expected<Script> readScript(StringRef JsonPath, StringRef Name) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(JsonPath);
  if (!Buf)
    return createStringError(Buf.getError(), "cannot read " + JsonPath);
  Expected<json::Value> Root = json::parse((*Buf)->getBuffer());
  if (!Root)
    return Root.takeError();
  const json::Object *O = Root->getAsObject();
  const json::Array *Cmds = O ? O->getArray("commands") : nullptr;
  if (!Cmds)
    return createStringError(inconvertibleErrorCode(),
                             JsonPath + ": no \"commands\" array");
  Script S;
  S.Name = Name.str();
  for (const json::Value &J : *Cmds) {
    const json::Object *CO = J.getAsObject();
    if (!CO)
      return scriptError(Name, 0, "command is not an object");
    Command C;
    C.TypeName = CO->getString("type").value_or("").str();
    C.Kind = commandKind(C.TypeName);
    C.Line = static_cast<unsigned>(CO->getInteger("line").value_or(0));
    C.Filename = CO->getString("filename").value_or("").str();
    C.ModuleName = CO->getString("name").value_or("").str();
    C.As = CO->getString("as").value_or("").str();
    C.Instance = CO->getString("instance").value_or("").str();
    C.Definition = CO->getString("module").value_or("").str();
    C.Text = CO->getString("text").value_or("").str();
    C.TextModule = CO->getString("module_type").value_or("binary") == "text";
    if (const json::Object *A = CO->getObject("action")) {
      C.HasAction = true;
      C.Act.Type = A->getString("type").value_or("") == "get" ? Action::Get
                                                             : Action::Invoke;
      C.Act.Module = A->getString("module").value_or("").str();
      C.Act.Field = A->getString("field").value_or("").str();
      if (Error E = parseValues(A->getArray("args"), C.Act.Args, Name, C.Line))
        return std::move(E);
    }
    if (Error E = parseValues(CO->getArray("expected"), C.Expected, Name,
                              C.Line))
      return std::move(E);
    S.Commands.push_back(std::move(C));
  }
  return std::move(S);
}

bool needsLibrary(const Command &C) {
  return C.Kind == CommandKind::Module ||
         C.Kind == CommandKind::ModuleDefinition ||
         C.Kind == CommandKind::AssertUnlinkable ||
         C.Kind == CommandKind::AssertUninstantiable;
}

bool needsValidation(const Command &C) {
  return (C.Kind == CommandKind::AssertInvalid ||
          C.Kind == CommandKind::AssertMalformed ||
          C.Kind == CommandKind::AssertInvalidCustom ||
          C.Kind == CommandKind::AssertMalformedCustom) &&
         !C.TextModule;
}

} // namespace spectest
} // namespace wasmc
