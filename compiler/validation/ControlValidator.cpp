//===- ControlValidator.cpp - Blocks, branches and return -----------------===//
//
// Block types, the control stack and the label checks of br, br_if,
// br_table and return (lowered in compiler/lower/Control.cpp).
//
//===----------------------------------------------------------------------===//
#include "validation/FunctionValidator.h"
#include "validation/InstrTypes.h"

using namespace llvm;

namespace wasmc {
namespace validation {

/// Whether the values Ts can stand where Want is expected (each a subtype).
static bool typesMatch(const TypeRelations &Rel, ArrayRef<ValType> Ts,
                       ArrayRef<ValType> Want) {
  if (Ts.size() != Want.size())
    return false;
  for (size_t K = 0; K < Ts.size(); ++K)
    if (!Rel.isSubtype(Ts[K], Want[K]))
      return false;
  return true;
}

Error FunctionValidator::blockTypes(const BlockType &BT,
                                    ArrayRef<ValType> &In,
                                    ArrayRef<ValType> &Out) {
  In = Out = {};
  switch (BT.K) {
  case BlockType::Empty:
    return Error::success();
  case BlockType::Value:
    if (Error E = knownType(BT.Type))
      return E;
    Out = single(BT.Type);
    return Error::success();
  case BlockType::TypeIndex:
    if (BT.Index >= M.Types.size())
      return fail("unknown type " + Twine(BT.Index));
    In = M.Types[BT.Index].Params;
    Out = M.Types[BT.Index].Results;
    return Error::success();
  }
  return fail("malformed block type");
}

Error FunctionValidator::checkBranchTable(const Instr &I) {
  if (I.Targets.empty())
    return fail("malformed br_table");
  if (!S.pop(ValType::I32))
    return stackFailure();
  uint32_t Default = I.Targets.back();
  if (Default >= S.depth())
    return fail("unknown label " + Twine(Default));
  size_t Arity = S.label(Default).labelTypes().size();
  for (size_t N = 0, E = I.Targets.size() - 1; N < E; ++N) {
    uint32_t L = I.Targets[N];
    if (L >= S.depth())
      return fail("unknown label " + Twine(L));
    ControlFrame &Target = S.label(L);
    ArrayRef<ValType> Types = Target.labelTypes();
    if (Types.size() != Arity)
      return fail("type mismatch: br_table targets have different arities");
    // Checking the same label again against the same stack cannot fail
    // differently, so a label repeated in the table is checked once.
    if (Target.BrTableStamp == InstrCount)
      continue;
    Target.BrTableStamp = InstrCount;
    // pop_vals then push_vals, as the spec's algorithm does: in unreachable
    // code this materialises Unknown operands that later targets then see.
    Popped.resize(Types.size());
    for (size_t K = Types.size(); K-- > 0;)
      if (!S.popExpect(Types[K], Popped[K]))
        return stackFailure();
    S.push(Popped);
  }
  if (!S.popVals(S.label(Default).labelTypes()))
    return stackFailure();
  S.markUnreachable();
  return Error::success();
}

Error FunctionValidator::checkControl(const Instr &I) {
  ArrayRef<ValType> In, Out;
  switch (I.Op) {
  case Opcode::Unreachable:
    S.markUnreachable();
    return Error::success();
  case Opcode::Nop:
    return Error::success();
  case Opcode::Block:
  case Opcode::Loop:
  case Opcode::If:
    if (Error E = blockTypes(I.Block, In, Out))
      return E;
    if (I.Op == Opcode::If && !S.pop(ValType::I32))
      return stackFailure();
    if (!S.popVals(In))
      return stackFailure();
    S.pushCtrl(I.Op, In, Out);
    return Error::success();
  case Opcode::Else: {
    if (S.top().Op != Opcode::If)
      return fail("else without a matching if");
    ControlFrame Fr;
    if (!S.popCtrl(Fr))
      return stackFailure();
    S.pushCtrl(Opcode::Else, Fr.StartTypes, Fr.EndTypes);
    return Error::success();
  }
  case Opcode::End: {
    ControlFrame Fr;
    if (!S.popCtrl(Fr))
      return stackFailure();
    // An if without else has an implicit empty else branch, which can only
    // turn the params into the results if they are the same.
    if (Fr.Op == Opcode::If && !typesMatch(F.Rel, Fr.StartTypes, Fr.EndTypes))
      return fail("type mismatch: if without else must have matching "
                  "parameter and result types");
    S.push(Fr.EndTypes);
    return Error::success();
  }
  case Opcode::Br:
    if (I.A >= S.depth())
      return fail("unknown label " + Twine(I.A));
    if (!S.popVals(S.label(I.A).labelTypes()))
      return stackFailure();
    S.markUnreachable();
    return Error::success();
  case Opcode::BrIf:
    if (!S.pop(ValType::I32))
      return stackFailure();
    if (I.A >= S.depth())
      return fail("unknown label " + Twine(I.A));
    In = S.label(I.A).labelTypes();
    if (!S.popVals(In))
      return stackFailure();
    S.push(In);
    return Error::success();
  case Opcode::BrTable:
    return checkBranchTable(I);
  case Opcode::BrOnNull: {
    ValType Ref;
    if (Error E = popRef(Ref))
      return E;
    if (I.A >= S.depth())
      return fail("unknown label " + Twine(I.A));
    In = S.label(I.A).labelTypes();
    if (!S.popVals(In))
      return stackFailure();
    S.push(In);
    S.push(Ref.withNullable(false));
    return Error::success();
  }
  case Opcode::BrOnNonNull: {
    ValType Ref;
    if (Error E = popRef(Ref))
      return E;
    if (I.A >= S.depth())
      return fail("unknown label " + Twine(I.A));
    In = S.label(I.A).labelTypes();
    // The label takes the non-null reference as its last value.
    if (In.empty() || !F.Rel.isSubtype(Ref.withNullable(false), In.back()))
      return fail("type mismatch: br_on_non_null's label must take " +
                  typeName(Ref.withNullable(false)) + " last");
    In = In.drop_back();
    if (!S.popVals(In))
      return stackFailure();
    S.push(In);
    return Error::success();
  }
  case Opcode::Return:
    if (!S.popVals(S.outermost().EndTypes))
      return stackFailure();
    S.markUnreachable();
    return Error::success();
  default:
    return unhandled(I);
  }
}

} // namespace validation
} // namespace wasmc
