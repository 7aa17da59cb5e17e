//===- ValidatorInternal.h - Shared by the validator's parts ----*- C++ -*-===//
//
// The validator is split by what it checks (module-level declarations,
// constant expressions, function bodies); this header is the seam between
// those files and is not used outside compiler/validation.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_VALIDATION_VALIDATORINTERNAL_H
#define WASMC_VALIDATION_VALIDATORINTERNAL_H

#include "reader/Module.h"
#include "reader/TypeRelations.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/Support/Error.h"

namespace wasmc {
namespace validation {

/// The operand type of a value popped from the polymorphic stack of
/// unreachable code (a subtype of every type).
inline constexpr ValType UnknownType = ValType::unknown();

/// "i32", ..., "funcref", "(ref null $2)", or "unknown" for UnknownType.
inline std::string typeName(ValType T) { return valTypeName(T); }

/// The type of ref.func Func: (ref $t) of the function's type $t, funcref
/// without function references (Wasm 2.0).
inline ValType refFuncType(const Module &M, uint32_t Func) {
  if (!M.Feats.FunctionReferences)
    return ValType::FuncRef;
  return ValType::ref(HeapType::concrete(M.FuncTypes[Func]), false);
}

/// Facts derived from the module once, before any function is checked.
struct ModuleFacts {
  explicit ModuleFacts(const Module &M);

  const Module &M;
  /// Equivalence and subtyping of the module's types.
  TypeRelations Rel;
  /// C.refs of the spec: functions that ref.func in code may name.
  llvm::BitVector DeclaredRefs;
  /// Counts clamped to the sizes of the vectors they index, so that a
  /// reader inconsistency can never make the validator index out of range.
  uint32_t NumFuncs = 0;
  uint32_t NumImportedGlobals = 0;
};

/// Checks that E is constant (global.get only of an immutable global among
/// the first NumVisibleGlobals) and has type Expected. Wasm 3.0: a global's
/// initialiser sees the imported globals and the globals defined before it;
/// segments see every global.
llvm::Error validateConstExpr(const ModuleFacts &F, const ConstExpr &E,
                              ValType Expected, uint32_t NumVisibleGlobals);

/// Validates every function body in M, in order; the first error wins.
/// Function types must already be known to be in range.
llvm::Error validateFunctionBodies(const ModuleFacts &F);

} // namespace validation
} // namespace wasmc

#endif // WASMC_VALIDATION_VALIDATORINTERNAL_H
