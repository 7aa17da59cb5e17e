//===- TableRefValidator.cpp - Table access and references ----------------===//
//
// table.get/set/size/grow/fill and ref.null/is_null/func, the counterpart
// of compiler/lower/TableRef.cpp. Typed by hand: their types depend on the
// table's element type or on the immediate.
//
//===----------------------------------------------------------------------===//
#include "validation/FunctionValidator.h"

using namespace llvm;

namespace wasmc {
namespace validation {

Error FunctionValidator::checkTableRef(const Instr &I) {
  ValType T;
  switch (I.Op) {
  case Opcode::TableGet:
  case Opcode::TableSet:
  case Opcode::TableSize:
  case Opcode::TableGrow:
  case Opcode::TableFill: {
    if (Error E = knownTable(I.A))
      return E;
    ValType Elem = M.Tables[I.A].Elem;
    // Indices, sizes and lengths have the table's address type.
    ValType Addr = M.tableAddrType(I.A);
    bool Ok = true;
    switch (I.Op) {
    case Opcode::TableGet:
      Ok = S.pop(Addr);
      S.push(Elem);
      break;
    case Opcode::TableSet:
      Ok = S.pop(Elem) && S.pop(Addr);
      break;
    case Opcode::TableSize:
      S.push(Addr);
      break;
    case Opcode::TableGrow:
      Ok = S.pop(Addr) && S.pop(Elem);
      S.push(Addr);
      break;
    default: // TableFill
      Ok = S.pop(Addr) && S.pop(Elem) && S.pop(Addr);
      break;
    }
    return Ok ? Error::success() : stackFailure();
  }
  case Opcode::RefNull:
    if (!isRefType(I.RefType))
      return fail("malformed reference type");
    if (Error E = knownType(I.RefType))
      return E;
    S.push(I.RefType);
    return Error::success();
  case Opcode::RefIsNull:
    if (Error E = popRef(T))
      return E;
    S.push(ValType::I32);
    return Error::success();
  case Opcode::RefAsNonNull:
    if (Error E = popRef(T))
      return E;
    S.push(T.withNullable(false));
    return Error::success();
  case Opcode::RefFunc:
    if (I.A >= F.NumFuncs)
      return fail("unknown function " + Twine(I.A));
    if (!F.DeclaredRefs.test(I.A))
      return fail("undeclared function reference to function " + Twine(I.A));
    S.push(refFuncType(M, I.A));
    return Error::success();
  default:
    return unhandled(I);
  }
}

} // namespace validation
} // namespace wasmc
