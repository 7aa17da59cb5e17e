//===- ConstExprValidator.cpp - Constant expressions ----------------------===//
//
// The reader already rejected every non-constant instruction, so what is
// left is the context-dependent part: referenced indices, the constness and
// visibility of global.get, and the stack discipline of an extended
// (Wasm 3.0) expression: each arithmetic instruction pops two operands of
// its type, and exactly one value of the expected type is left.
//
//===----------------------------------------------------------------------===//
#include "validation/ValidatorInternal.h"
#include "support/Diagnostic.h"

using namespace llvm;

namespace wasmc {
namespace validation {

/// The result type of the single instruction E, which must not be
/// arithmetic.
static Expected<ValType> leafType(const ModuleFacts &F, const ConstExpr &E,
                                  uint32_t NumVisibleGlobals) {
  const Module &M = F.M;
  switch (E.K) {
  case ConstExpr::I32:
    return ValType::I32;
  case ConstExpr::I64:
    return ValType::I64;
  case ConstExpr::F32:
    return ValType::F32;
  case ConstExpr::F64:
    return ValType::F64;
  case ConstExpr::V128:
    return ValType::V128;
  case ConstExpr::RefNull:
    if (E.RefType.heap().isConcrete() &&
        E.RefType.heap().index() >= M.Types.size())
      return makeError(E.Offset,
                       "unknown type " + Twine(E.RefType.heap().index()));
    return E.RefType;
  case ConstExpr::RefFunc:
    if (E.Index >= F.NumFuncs)
      return makeError(E.Offset, "unknown function " + Twine(E.Index));
    return refFuncType(M, E.Index);
  case ConstExpr::GlobalGet:
    // Wasm 3.0: the imported globals and those defined before this
    // expression's own global are visible.
    if (E.Index >= NumVisibleGlobals)
      return makeError(E.Offset, "unknown global " + Twine(E.Index));
    if (M.GlobalTypes[E.Index].Mutable)
      return makeError(E.Offset,
                       "constant expression required: global.get of mutable "
                       "global " +
                           Twine(E.Index));
    return M.GlobalTypes[E.Index].Type;
  default:
    return makeError(E.Offset, "constant expression required");
  }
}

static Error mismatch(uint64_t Offset, ValType Expected, ValType Actual) {
  return makeError(Offset, "type mismatch: expected " + typeName(Expected) +
                               ", got " + typeName(Actual));
}

static Expected<ValType> programType(const ModuleFacts &F, const ConstExpr &E,
                                     uint32_t NumVisibleGlobals) {
  std::vector<ValType> Stack;
  for (const ConstExpr &Op : E.Ops) {
    ValType Operand;
    switch (Op.K) {
    case ConstExpr::I32Add:
    case ConstExpr::I32Sub:
    case ConstExpr::I32Mul:
      Operand = ValType::I32;
      break;
    case ConstExpr::I64Add:
    case ConstExpr::I64Sub:
    case ConstExpr::I64Mul:
      Operand = ValType::I64;
      break;
    default: {
      Expected<ValType> T = leafType(F, Op, NumVisibleGlobals);
      if (!T)
        return T.takeError();
      Stack.push_back(*T);
      continue;
    }
    }
    for (int N = 0; N < 2; ++N) {
      if (Stack.empty())
        return makeError(Op.Offset, "type mismatch: expected " +
                                        typeName(Operand) +
                                        ", but the stack is empty");
      if (Stack.back() != Operand)
        return mismatch(Op.Offset, Operand, Stack.back());
      Stack.pop_back();
    }
    Stack.push_back(Operand);
  }
  if (Stack.size() != 1)
    return makeError(E.Offset, "type mismatch: constant expression leaves " +
                                   Twine(Stack.size()) + " values, not 1");
  return Stack.back();
}

Error validateConstExpr(const ModuleFacts &F, const ConstExpr &E,
                        ValType Want, uint32_t NumVisibleGlobals) {
  // Wasm 2.0 let a constant expression read imported globals only.
  if (!F.M.Feats.ExtendedConst)
    NumVisibleGlobals = F.NumImportedGlobals;
  NumVisibleGlobals = std::min<uint32_t>(
      NumVisibleGlobals, static_cast<uint32_t>(F.M.GlobalTypes.size()));
  Expected<ValType> Actual = E.K == ConstExpr::Program
                                 ? programType(F, E, NumVisibleGlobals)
                                 : leafType(F, E, NumVisibleGlobals);
  if (!Actual)
    return Actual.takeError();
  if (!F.Rel.isSubtype(*Actual, Want))
    return mismatch(E.Offset, Want, *Actual);
  return Error::success();
}

} // namespace validation
} // namespace wasmc
