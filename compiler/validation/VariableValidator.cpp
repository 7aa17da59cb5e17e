//===- VariableValidator.cpp - Locals, globals, drop and select -----------===//
//
// The counterpart of compiler/lower/Variables.cpp.
//
//===----------------------------------------------------------------------===//
#include "validation/FunctionValidator.h"

using namespace llvm;

namespace wasmc {
namespace validation {

Error FunctionValidator::checkVariable(const Instr &I) {
  ValType T;
  switch (I.Op) {
  case Opcode::Drop:
    if (!S.popAny(T))
      return stackFailure();
    return Error::success();
  case Opcode::Select: {
    ValType T1, T2;
    if (!S.pop(ValType::I32) || !S.popAny(T1) || !S.popAny(T2))
      return stackFailure();
    // Without a type annotation the operand type must be inferable, which
    // rules out reference types (Wasm 2.0 has no subtyping to unify them).
    if (isRefType(T1) || isRefType(T2))
      return fail("type mismatch: select without a type needs numeric or "
                  "vector operands, got " +
                  typeName(isRefType(T1) ? T1 : T2));
    if (T1 != T2 && T1 != UnknownType && T2 != UnknownType)
      return fail(Twine("type mismatch: select operands are ") +
                  typeName(T2) + " and " + typeName(T1));
    S.push(T1 == UnknownType ? T2 : T1);
    return Error::success();
  }
  case Opcode::SelectT:
    if (I.SelectTypes.size() != 1)
      return fail("invalid result arity: select takes exactly one type");
    T = I.SelectTypes[0];
    if (Error E = knownType(T))
      return E;
    if (!S.pop(ValType::I32) || !S.pop(T) || !S.pop(T))
      return stackFailure();
    S.push(T);
    return Error::success();
  case Opcode::LocalGet:
  case Opcode::LocalSet:
  case Opcode::LocalTee:
    if (!localType(I.A, T))
      return fail("unknown local " + Twine(I.A));
    if (I.Op == Opcode::LocalGet && I.A >= NumParams &&
        !TypeRelations::defaultable(T) && !S.isInitialized(I.A))
      return fail("uninitialized local " + Twine(I.A));
    if (I.Op != Opcode::LocalGet && !S.pop(T))
      return stackFailure();
    if (I.Op != Opcode::LocalGet && !TypeRelations::defaultable(T))
      S.setInitialized(I.A);
    if (I.Op != Opcode::LocalSet)
      S.push(T);
    return Error::success();
  case Opcode::GlobalGet:
  case Opcode::GlobalSet: {
    if (I.A >= M.GlobalTypes.size())
      return fail("unknown global " + Twine(I.A));
    const GlobalType &G = M.GlobalTypes[I.A];
    if (I.Op == Opcode::GlobalGet) {
      S.push(G.Type);
      return Error::success();
    }
    if (!G.Mutable)
      return fail("global is immutable: global.set of global " + Twine(I.A));
    if (!S.pop(G.Type))
      return stackFailure();
    return Error::success();
  }
  default:
    return unhandled(I);
  }
}

} // namespace validation
} // namespace wasmc
