//===- CallValidator.cpp - call and call_indirect -------------------------===//
//
// The counterpart of compiler/lower/Calls.cpp.
//
//===----------------------------------------------------------------------===//
#include "validation/FunctionValidator.h"

using namespace llvm;

namespace wasmc {
namespace validation {

Error FunctionValidator::checkCall(const Instr &I) {
  switch (I.Op) {
  case Opcode::Call: {
    if (I.A >= F.NumFuncs)
      return fail("unknown function " + Twine(I.A));
    const FuncType &FT = M.funcType(I.A);
    if (!S.popVals(FT.Params))
      return stackFailure();
    S.push(FT.Results);
    return Error::success();
  }
  case Opcode::CallIndirect: {
    if (Error E = knownTable(I.B))
      return E;
    if (I.A >= M.Types.size())
      return fail("unknown type " + Twine(I.A));
    if (!F.Rel.isSubtype(M.Tables[I.B].Elem, ValType::FuncRef))
      return fail("type mismatch: call_indirect on a table of " +
                  typeName(M.Tables[I.B].Elem));
    const FuncType &FT = M.Types[I.A];
    if (!S.pop(M.tableAddrType(I.B)) || !S.popVals(FT.Params))
      return stackFailure();
    S.push(FT.Results);
    return Error::success();
  }
  case Opcode::CallRef: {
    // The callee's type is the immediate, so there is no run-time
    // signature check: only the null check.
    if (I.A >= M.Types.size())
      return fail("unknown type " + Twine(I.A));
    const FuncType &FT = M.Types[I.A];
    if (!S.pop(ValType::ref(HeapType::concrete(I.A), /*Nullable=*/true)))
      return stackFailure();
    if (!S.popVals(FT.Params))
      return stackFailure();
    S.push(FT.Results);
    return Error::success();
  }
  default:
    return unhandled(I);
  }
}

} // namespace validation
} // namespace wasmc
