//===- Script.h - One .wast file as wast2json describes it ------*- C++ -*-===//
//
// wast2json turns a .wast script into a JSON list of commands plus the
// binary modules they name. This is that list, decoded once in the parent
// process: compilation needs the module files, execution the commands, and
// reporting the counts.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_SPECTEST_SCRIPT_H
#define WASMC_SPECTEST_SCRIPT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace wasmc {
namespace spectest {

/// How an expected number (or one v128 lane) is matched.
enum class Pattern : uint8_t {
  Bits,          // exactly these bits
  NanCanonical,  // the spec's canonical NaN, either sign
  NanArithmetic, // any NaN with the top mantissa bit set, either sign
};

/// Reference types beyond wasmc_valtype's funcref and externref are named by
/// their binary encodings (the abstract heap types' shorthands of Wasm 3.0),
/// so that one byte still names every type a script can write.
enum RefTypeCode : uint8_t {
  RefAny = 0x6E,
  RefEq = 0x6D,
  RefI31 = 0x6C,
  RefStruct = 0x6B,
  RefArray = 0x6A,
  RefExn = 0x69,
  RefNullExn = 0x74,
  RefNullFunc = 0x73,
  RefNullExtern = 0x72,
  RefNull = 0x71, // nullref: the bottom of the any hierarchy
  // Not a Wasm type: `(ref.null)` without a heap type, or of a concrete
  // type, which 3.0 scripts expect as "some null reference".
  RefAnyNull = 0x63,
  // Not a Wasm type: `(either v1 v2 ...)`, a result matching any of its
  // alternatives.
  Either = 0x01,
};

/// A value as the script writes it: an argument or an expected result.
struct ScriptValue {
  uint8_t Type = 0;     // wasmc_valtype or RefTypeCode
  uint8_t LaneType = 0; // for v128: WASMC_I32 etc., or 8/16 for i8/i16
  bool HasValue = false; // assert_trap lists result types without values
  // Scalars: Bits[0]/Pats[0]. v128: one entry per lane. References: IsNull,
  // or Bits[0] = N of `ref.extern N`, or neither: any non-null reference of
  // the type (`ref.func`, 3.0's `ref.extern` without a number; wabt writes
  // a number for any non-null funcref).
  std::vector<uint64_t> Bits;
  std::vector<Pattern> Pats;
  bool IsNull = false;
  std::vector<ScriptValue> Alternatives; // Type == Either
};

/// Whether T is a reference type code (wasmc_valtype or RefTypeCode).
bool isReferenceType(uint8_t T);

struct Action {
  enum Kind : uint8_t { Invoke, Get } Type = Invoke;
  std::string Module; // "" = the current module
  std::string Field;
  std::vector<ScriptValue> Args;
};

enum class CommandKind : uint8_t {
  Module,
  ModuleDefinition, // 3.0: compiled and checked, not instantiated
  ModuleInstance,   // 3.0: an instance of a module_definition
  Register,
  Action,
  AssertReturn,
  AssertTrap,
  AssertExhaustion,
  AssertInvalid,
  AssertMalformed,
  AssertUnlinkable,
  AssertUninstantiable,
  AssertException, // 3.0 exceptions: not run yet (skipped with a reason)
  // A custom section (or, in the text format, an annotation) that a reader
  // of it must refuse; the module itself stays valid.
  AssertMalformedCustom,
  AssertInvalidCustom,
  Unknown,
};

struct Command {
  CommandKind Kind = CommandKind::Unknown;
  std::string TypeName; // as in the JSON, for messages
  unsigned Line = 0;
  std::string Filename;   // module file, relative to the JSON's directory
  std::string ModuleName; // `module` (named modules), `register` (source)
  std::string As;         // `register`
  std::string Instance;   // `module_instance`: the instance's name
  std::string Definition; // `module_instance`: the definition's name
  bool TextModule = false; // assert_malformed/assert_invalid(_custom) with
                           // module_type text
  Action Act;
  bool HasAction = false;
  std::vector<ScriptValue> Expected;
  std::string Text; // expected trap / error text
  int Job = -1;     // index of the compile/validate job for Filename
};

struct Script {
  std::string Name;    // e.g. "i32.wast"
  std::string JsonDir; // directory holding the JSON and its modules
  std::vector<Command> Commands;
};

/// Reads the JSON that wast2json wrote for script `Name`.
llvm::Expected<Script> readScript(llvm::StringRef JsonPath,
                                  llvm::StringRef Name);

/// Whether command C needs its module compiled to a loadable library
/// (module, assert_unlinkable, assert_uninstantiable) or only checked with
/// `wasmc --validate-only` (binary assert_invalid / assert_malformed and
/// their _custom forms).
bool needsLibrary(const Command &C);
bool needsValidation(const Command &C);

} // namespace spectest
} // namespace wasmc

#endif
