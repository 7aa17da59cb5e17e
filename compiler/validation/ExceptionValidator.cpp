//===- ExceptionValidator.cpp - Typing throw, throw_ref, try_table --------===//
//
// Wasm 3.0 exception handling (throw, throw_ref, try_table) and the legacy
// instructions LLVM 19 emits (try, catch, catch_all, delegate, rethrow);
// lowered in compiler/lower/Exceptions.cpp. The frames these open are told
// apart by ControlFrame::Op: TryTable, and Try, Catch or CatchAll for a
// legacy try as it moves from its body to its handlers. `end` closes all of
// them like a block (ControlValidator.cpp).
//
//===----------------------------------------------------------------------===//
#include "validation/FunctionValidator.h"
#include "validation/InstrTypes.h"
#include "llvm/ADT/SmallVector.h"

using namespace llvm;

namespace wasmc {
namespace validation {

/// A caught exception's values: the tag's params, then (for the _ref
/// variants) the exception itself, which a handler never sees as null.
static void caughtTypes(const Module &M, const CatchClause &C,
                        SmallVectorImpl<ValType> &Out) {
  Out.clear();
  if (C.K == CatchClause::Catch || C.K == CatchClause::CatchRef) {
    const FuncType &T = M.Types[M.TagTypes[C.Tag]];
    Out.append(T.Params.begin(), T.Params.end());
  }
  if (C.K == CatchClause::CatchRef || C.K == CatchClause::CatchAllRef)
    Out.push_back(ValType::ExnRef.withNullable(false));
}

static const char *catchName(CatchClause::Kind K) {
  switch (K) {
  case CatchClause::Catch:
    return "catch";
  case CatchClause::CatchRef:
    return "catch_ref";
  case CatchClause::CatchAll:
    return "catch_all";
  case CatchClause::CatchAllRef:
    return "catch_all_ref";
  }
  return "catch";
}

static std::string typeListName(ArrayRef<ValType> Ts) {
  std::string S = "[";
  for (size_t K = 0; K < Ts.size(); ++K) {
    if (K)
      S += ' ';
    S += typeName(Ts[K]);
  }
  return S + "]";
}

/// Legacy: a frame whose body may be followed by catch or catch_all.
static bool acceptsCatch(Opcode Op) {
  return Op == Opcode::Try || Op == Opcode::Catch;
}

Error FunctionValidator::checkException(const Instr &I) {
  ArrayRef<ValType> In, Out;
  switch (I.Op) {
  case Opcode::Throw: {
    if (I.A >= M.TagTypes.size())
      return fail("unknown tag " + Twine(I.A));
    if (!S.popVals(M.Types[M.TagTypes[I.A]].Params))
      return stackFailure();
    S.markUnreachable();
    return Error::success();
  }
  case Opcode::ThrowRef:
    if (!S.pop(ValType::ExnRef))
      return stackFailure();
    S.markUnreachable();
    return Error::success();
  case Opcode::TryTable: {
    if (Error E = blockTypes(I.Block, In, Out))
      return E;
    // Handlers branch from outside the try_table: their labels are
    // resolved before its frame is pushed.
    SmallVector<ValType, 8> Caught;
    for (const CatchClause &C : I.Catches) {
      if ((C.K == CatchClause::Catch || C.K == CatchClause::CatchRef) &&
          C.Tag >= M.TagTypes.size())
        return fail("unknown tag " + Twine(C.Tag));
      if (C.Label >= S.depth())
        return fail("unknown label " + Twine(C.Label));
      caughtTypes(M, C, Caught);
      ArrayRef<ValType> Want = S.label(C.Label).labelTypes();
      bool Ok = Caught.size() == Want.size();
      for (size_t K = 0; Ok && K < Caught.size(); ++K)
        Ok = F.Rel.isSubtype(Caught[K], Want[K]);
      if (!Ok)
        return fail(Twine("type mismatch: ") + catchName(C.K) +
                    " handler provides " + typeListName(Caught) +
                    " but label " + Twine(C.Label) + " expects " +
                    typeListName(Want));
    }
    if (!S.popVals(In))
      return stackFailure();
    S.pushCtrl(Opcode::TryTable, In, Out);
    return Error::success();
  }
  case Opcode::Try:
    if (Error E = blockTypes(I.Block, In, Out))
      return E;
    if (!S.popVals(In))
      return stackFailure();
    S.pushCtrl(Opcode::Try, In, Out);
    return Error::success();
  case Opcode::Catch:
  case Opcode::CatchAll: {
    // The try body, or the previous handler, ends here as at `end`; the
    // handler that follows starts with the exception's values, if any,
    // and branches to the same label. Nothing follows a catch_all.
    if (!acceptsCatch(S.top().Op))
      return fail(Twine(opcodeText(I.Op)) + " without a matching try");
    ArrayRef<ValType> Params;
    if (I.Op == Opcode::Catch) {
      if (I.A >= M.TagTypes.size())
        return fail("unknown tag " + Twine(I.A));
      Params = M.Types[M.TagTypes[I.A]].Params;
    }
    ControlFrame Fr;
    if (!S.popCtrl(Fr))
      return stackFailure();
    S.pushCtrl(I.Op, Params, Fr.EndTypes);
    return Error::success();
  }
  case Opcode::Delegate: {
    // Ends a try body (not a handler) like `end`; the label names where
    // its exceptions go, counted from outside the try, so the try's own
    // label is not among them and the function's is.
    if (S.top().Op != Opcode::Try)
      return fail("delegate without a matching try");
    ControlFrame Fr;
    if (!S.popCtrl(Fr))
      return stackFailure();
    if (I.A >= S.depth())
      return fail("unknown label " + Twine(I.A));
    S.push(Fr.EndTypes);
    return Error::success();
  }
  case Opcode::Rethrow: {
    if (I.A >= S.depth())
      return fail("unknown label " + Twine(I.A));
    Opcode Target = S.label(I.A).Op;
    if (Target != Opcode::Catch && Target != Opcode::CatchAll)
      return fail("invalid rethrow label " + Twine(I.A) +
                  " (not a catch or catch_all block)");
    S.markUnreachable();
    return Error::success();
  }
  default:
    return unhandled(I);
  }
}

} // namespace validation
} // namespace wasmc
