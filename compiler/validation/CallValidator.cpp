//===- CallValidator.cpp - calls and tail calls ---------------------------===//
//
// The counterpart of compiler/lower/Calls.cpp. A tail call (return_call*)
// is typed as the call followed by `return`: the callee's results must
// match the caller's, and what follows is stack-polymorphic.
//
//===----------------------------------------------------------------------===//
#include "validation/FunctionValidator.h"

using namespace llvm;

namespace wasmc {
namespace validation {

/// A tail call's callee results must match the caller's (each a subtype of
/// the caller's result at its position; with the 2.0 value types, equal).
static bool resultsMatch(ArrayRef<ValType> Callee, ArrayRef<ValType> Caller) {
  return Callee.size() == Caller.size() &&
         std::equal(Callee.begin(), Callee.end(), Caller.begin());
}

Error FunctionValidator::checkCall(const Instr &I) {
  bool Tail = I.Op == Opcode::ReturnCall || I.Op == Opcode::ReturnCallIndirect;
  const FuncType *FT = nullptr;
  switch (I.Op) {
  case Opcode::Call:
  case Opcode::ReturnCall:
    if (I.A >= F.NumFuncs)
      return fail("unknown function " + Twine(I.A));
    FT = &M.funcType(I.A);
    if (!S.popVals(FT->Params))
      return stackFailure();
    break;
  case Opcode::CallIndirect:
  case Opcode::ReturnCallIndirect:
    if (Error E = knownTable(I.B))
      return E;
    if (I.A >= M.Types.size())
      return fail("unknown type " + Twine(I.A));
    if (M.Tables[I.B].Elem != ValType::FuncRef)
      return fail(Twine("type mismatch: ") + opcodeName(I.Op) +
                  " on a table of " + typeName(M.Tables[I.B].Elem));
    FT = &M.Types[I.A];
    if (!S.pop(ValType::I32) || !S.popVals(FT->Params))
      return stackFailure();
    break;
  default:
    return unhandled(I);
  }
  if (!Tail) {
    S.push(FT->Results);
    return Error::success();
  }
  if (!resultsMatch(FT->Results, S.outermost().EndTypes))
    return fail(Twine("type mismatch: ") + opcodeName(I.Op) +
                " callee's results differ from the function's");
  S.markUnreachable();
  return Error::success();
}

} // namespace validation
} // namespace wasmc
