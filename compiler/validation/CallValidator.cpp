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

/// A tail call's callee results must match the caller's: each a subtype of
/// the caller's result at its position.
static bool resultsMatch(const TypeRelations &Rel, ArrayRef<ValType> Callee,
                         ArrayRef<ValType> Caller) {
  if (Callee.size() != Caller.size())
    return false;
  for (size_t N = 0; N < Callee.size(); ++N)
    if (!Rel.isSubtype(Callee[N], Caller[N]))
      return false;
  return true;
}

Error FunctionValidator::checkCall(const Instr &I) {
  bool Tail = I.Op == Opcode::ReturnCall ||
              I.Op == Opcode::ReturnCallIndirect ||
              I.Op == Opcode::ReturnCallRef;
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
    if (!F.Rel.isSubtype(M.Tables[I.B].Elem, ValType::FuncRef))
      return fail(Twine("type mismatch: ") + opcodeName(I.Op) +
                  " on a table of " + typeName(M.Tables[I.B].Elem));
    FT = &M.Types[I.A];
    if (!S.pop(M.tableAddrType(I.B)) || !S.popVals(FT->Params))
      return stackFailure();
    break;
  case Opcode::CallRef:
  case Opcode::ReturnCallRef:
    // The callee's type is the immediate, so there is no run-time
    // signature check: only the null check.
    if (I.A >= M.Types.size())
      return fail("unknown type " + Twine(I.A));
    FT = &M.Types[I.A];
    if (!S.pop(ValType::ref(HeapType::concrete(I.A), /*Nullable=*/true)) ||
        !S.popVals(FT->Params))
      return stackFailure();
    break;
  default:
    return unhandled(I);
  }
  if (!Tail) {
    S.push(FT->Results);
    return Error::success();
  }
  if (!resultsMatch(F.Rel, FT->Results, S.outermost().EndTypes))
    return fail(Twine("type mismatch: ") + opcodeName(I.Op) +
                " callee's results differ from the function's");
  S.markUnreachable();
  return Error::success();
}

} // namespace validation
} // namespace wasmc
