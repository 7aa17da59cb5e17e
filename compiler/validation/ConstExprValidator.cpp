//===- ConstExprValidator.cpp - Constant expressions ----------------------===//
//
// The reader already reduced each constant expression to a single
// instruction (anything else is rejected while decoding), so what is left is
// the context-dependent part: referenced indices, the constness of
// global.get, and the result type.
//
//===----------------------------------------------------------------------===//
#include "validation/ValidatorInternal.h"
#include "support/Diagnostic.h"

using namespace llvm;

namespace wasmc {
namespace validation {

Error validateConstExpr(const ModuleFacts &F, const ConstExpr &E,
                        ValType Expected) {
  const Module &M = F.M;
  ValType Actual;
  switch (E.K) {
  case ConstExpr::I32:
    Actual = ValType::I32;
    break;
  case ConstExpr::I64:
    Actual = ValType::I64;
    break;
  case ConstExpr::F32:
    Actual = ValType::F32;
    break;
  case ConstExpr::F64:
    Actual = ValType::F64;
    break;
  case ConstExpr::V128:
    Actual = ValType::V128;
    break;
  case ConstExpr::RefNull:
    Actual = E.RefType;
    break;
  case ConstExpr::RefFunc:
    if (E.Index >= F.NumFuncs)
      return makeError(E.Offset, "unknown function " + Twine(E.Index));
    Actual = ValType::FuncRef;
    break;
  case ConstExpr::GlobalGet:
    // Wasm 2.0: the context of a constant expression holds the imported
    // globals only, so naming a defined global is an unknown global.
    if (E.Index >= F.NumImportedGlobals)
      return makeError(E.Offset, "unknown global " + Twine(E.Index));
    if (M.GlobalTypes[E.Index].Mutable)
      return makeError(E.Offset,
                       "constant expression required: global.get of mutable "
                       "global " +
                           Twine(E.Index));
    Actual = M.GlobalTypes[E.Index].Type;
    break;
  default:
    return makeError(E.Offset, "constant expression required");
  }
  if (Actual != Expected)
    return makeError(E.Offset, Twine("type mismatch: expected ") +
                                   typeName(Expected) + ", got " +
                                   typeName(Actual));
  return Error::success();
}

} // namespace validation
} // namespace wasmc
