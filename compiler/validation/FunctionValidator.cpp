//===- FunctionValidator.cpp - Validate function bodies -------------------===//
//
// The spec's validation algorithm over the instructions of each body, as
// InstrReader decodes them. Instructions with a fixed type come from the
// signature column of Opcodes.def; the rest (control, variables, references,
// tables, the index and alignment checks of memory instructions, and SIMD
// lane-index ranges) are typed here.
//
//===----------------------------------------------------------------------===//
#include "reader/InstrReader.h"
#include "support/Diagnostic.h"
#include "validation/InstrTypes.h"
#include "validation/ValidationStacks.h"
#include "validation/ValidatorInternal.h"
#include <algorithm>

using namespace llvm;

namespace wasmc {
namespace validation {

namespace {

/// Declared locals as runs, so that a function declaring millions of locals
/// costs one entry per declaration, not per local.
struct LocalRun {
  uint64_t End; // one past the last local index of the run
  ValType Type;
};

class FunctionValidator {
public:
  explicit FunctionValidator(const ModuleFacts &F) : F(F), M(F.M) {}

  Error validate(uint32_t FuncIdx, const FunctionBody &Body);

private:
  Error check(const Instr &I);
  Error checkFixed(const Instr &I);
  Error checkBranchTable(const Instr &I);
  Error checkMemArg(const Instr &I);
  Error blockTypes(const BlockType &BT, ArrayRef<ValType> &In,
                   ArrayRef<ValType> &Out);
  Error checkMemory(uint32_t Idx);
  Error checkTable(uint32_t Idx);
  Error checkData(uint32_t Idx);
  Error checkElem(uint32_t Idx);

  void addLocals(uint64_t Count, ValType T);
  bool localType(uint32_t Idx, ValType &T) const;

  /// An error at the current instruction, naming the function.
  Error fail(const Twine &Msg) const;
  Error stackFailure() const { return fail(S.failure()); }
  /// " (in function N $name)".
  std::string where() const;

  const ModuleFacts &F;
  const Module &M;
  ValidationStacks S;
  std::vector<LocalRun> Locals;
  uint64_t NumLocals = 0;
  /// Reused for every instruction so that br_table and select t vectors are
  /// allocated once.
  Instr Cur;
  uint32_t FuncIdx = 0;
  uint64_t CurOffset = 0;
  uint64_t InstrCount = 0;
  /// br_table's scratch space for the operands it pops and pushes back.
  std::vector<ValType> Popped;
};

} // namespace

std::string FunctionValidator::where() const {
  std::string Where = " (in function " + std::to_string(FuncIdx);
  auto Name = M.FuncNames.find(FuncIdx);
  if (Name != M.FuncNames.end() && !Name->second.empty())
    Where += " $" + Name->second;
  Where += ")";
  return Where;
}

Error FunctionValidator::fail(const Twine &Msg) const {
  return makeError(CurOffset, Msg + where());
}

void FunctionValidator::addLocals(uint64_t Count, ValType T) {
  if (Count == 0)
    return;
  NumLocals += Count;
  if (!Locals.empty() && Locals.back().Type == T)
    Locals.back().End = NumLocals;
  else
    Locals.push_back({NumLocals, T});
}

bool FunctionValidator::localType(uint32_t Idx, ValType &T) const {
  if (Idx >= NumLocals)
    return false;
  auto It = std::upper_bound(
      Locals.begin(), Locals.end(), uint64_t(Idx),
      [](uint64_t V, const LocalRun &R) { return V < R.End; });
  T = It->Type;
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
    if (!singleType(BT.Type, Out))
      return fail("malformed block type");
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

Error FunctionValidator::checkMemory(uint32_t Idx) {
  if (Idx >= M.Memories.size())
    return fail("unknown memory " + Twine(Idx));
  return Error::success();
}

Error FunctionValidator::checkTable(uint32_t Idx) {
  if (Idx >= M.Tables.size())
    return fail("unknown table " + Twine(Idx));
  return Error::success();
}

Error FunctionValidator::checkData(uint32_t Idx) {
  if (Idx >= M.Datas.size())
    return fail("unknown data segment " + Twine(Idx));
  // The binary format requires the data count section before any code that
  // names a segment, so that single-pass validation knows the count. The
  // reader enforces this; checked again so no module slips through.
  if (!M.DataCount)
    return fail("data count section required");
  return Error::success();
}

Error FunctionValidator::checkElem(uint32_t Idx) {
  if (Idx >= M.Elems.size())
    return fail("unknown elem segment " + Twine(Idx));
  return Error::success();
}

Error FunctionValidator::checkMemArg(const Instr &I) {
  if (Error E = checkMemory(I.Mem.Memory))
    return E;
  int Natural = naturalAlignLog2(I.Op);
  if (I.Mem.AlignLog2 > uint32_t(Natural))
    return fail("alignment must not be larger than natural");
  return checkFixed(I);
}

Error FunctionValidator::checkFixed(const Instr &I) {
  FixedSignature Sig = fixedSignature(I.Op);
  if (!Sig.Fixed)
    return fail(Twine("unsupported instruction ") + opcodeText(I.Op));
  if (!S.popVals(Sig.Params))
    return stackFailure();
  S.push(Sig.Results);
  return Error::success();
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

Error FunctionValidator::check(const Instr &I) {
  ArrayRef<ValType> In, Out;
  ValType T;
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
    if (Fr.Op == Opcode::If && Fr.StartTypes != Fr.EndTypes)
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
  case Opcode::Return:
    if (!S.popVals(S.outermost().EndTypes))
      return stackFailure();
    S.markUnreachable();
    return Error::success();
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
    if (Error E = checkTable(I.B))
      return E;
    if (I.A >= M.Types.size())
      return fail("unknown type " + Twine(I.A));
    if (M.Tables[I.B].Elem != ValType::FuncRef)
      return fail("type mismatch: call_indirect on a table of " +
                  Twine(typeName(M.Tables[I.B].Elem)));
    const FuncType &FT = M.Types[I.A];
    if (!S.pop(ValType::I32) || !S.popVals(FT.Params))
      return stackFailure();
    S.push(FT.Results);
    return Error::success();
  }
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
                  Twine(typeName(isRefType(T1) ? T1 : T2)));
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
    if (!S.pop(ValType::I32) || !S.pop(T) || !S.pop(T))
      return stackFailure();
    S.push(T);
    return Error::success();
  case Opcode::LocalGet:
  case Opcode::LocalSet:
  case Opcode::LocalTee:
    if (!localType(I.A, T))
      return fail("unknown local " + Twine(I.A));
    if (I.Op != Opcode::LocalGet && !S.pop(T))
      return stackFailure();
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

  // Tables and references.
  case Opcode::TableGet:
  case Opcode::TableSet:
  case Opcode::TableSize:
  case Opcode::TableGrow:
  case Opcode::TableFill: {
    if (Error E = checkTable(I.A))
      return E;
    ValType Elem = M.Tables[I.A].Elem;
    bool Ok = true;
    switch (I.Op) {
    case Opcode::TableGet:
      Ok = S.pop(ValType::I32);
      S.push(Elem);
      break;
    case Opcode::TableSet:
      Ok = S.pop(Elem) && S.pop(ValType::I32);
      break;
    case Opcode::TableSize:
      S.push(ValType::I32);
      break;
    case Opcode::TableGrow:
      Ok = S.pop(ValType::I32) && S.pop(Elem);
      S.push(ValType::I32);
      break;
    default: // TableFill
      Ok = S.pop(ValType::I32) && S.pop(Elem) && S.pop(ValType::I32);
      break;
    }
    return Ok ? Error::success() : stackFailure();
  }
  case Opcode::TableCopy: {
    // A is the destination, B the source.
    if (Error E = checkTable(I.A))
      return E;
    if (Error E = checkTable(I.B))
      return E;
    ValType Dst = M.Tables[I.A].Elem, Src = M.Tables[I.B].Elem;
    if (Dst != Src)
      return fail(Twine("type mismatch: table.copy from a table of ") +
                  typeName(Src) + " to a table of " + typeName(Dst));
    return checkFixed(I);
  }
  case Opcode::TableInit: {
    // A is the element segment, B the table.
    if (Error E = checkTable(I.B))
      return E;
    if (Error E = checkElem(I.A))
      return E;
    ValType Dst = M.Tables[I.B].Elem, Src = M.Elems[I.A].ElemType;
    if (Dst != Src)
      return fail(Twine("type mismatch: table.init of a ") + typeName(Src) +
                  " segment into a table of " + typeName(Dst));
    return checkFixed(I);
  }
  case Opcode::ElemDrop:
    return checkElem(I.A);
  case Opcode::RefNull:
    if (!isRefType(I.RefType))
      return fail("malformed reference type");
    S.push(I.RefType);
    return Error::success();
  case Opcode::RefIsNull:
    if (!S.popAny(T))
      return stackFailure();
    if (T != UnknownType && !isRefType(T))
      return fail(Twine("type mismatch: ref.is_null needs a reference, got ") +
                  typeName(T));
    S.push(ValType::I32);
    return Error::success();
  case Opcode::RefFunc:
    if (I.A >= F.NumFuncs)
      return fail("unknown function " + Twine(I.A));
    if (!F.DeclaredRefs.test(I.A))
      return fail("undeclared function reference to function " + Twine(I.A));
    S.push(ValType::FuncRef);
    return Error::success();

  // Memory.
  case Opcode::MemorySize:
  case Opcode::MemoryGrow:
  case Opcode::MemoryFill:
    if (Error E = checkMemory(I.A))
      return E;
    return checkFixed(I);
  case Opcode::MemoryCopy:
    if (Error E = checkMemory(I.A))
      return E;
    if (Error E = checkMemory(I.B))
      return E;
    return checkFixed(I);
  case Opcode::MemoryInit:
    // A is the data segment, B the memory.
    if (Error E = checkMemory(I.B))
      return E;
    if (Error E = checkData(I.A))
      return E;
    return checkFixed(I);
  case Opcode::DataDrop:
    return checkData(I.A);

  // SIMD: lane immediates are bytes in the binary format, so their range is
  // checked here. Shuffle lanes index the 32 lanes of both operands.
  case Opcode::I8x16Shuffle:
    for (uint8_t L : I.Bytes)
      if (L >= 32)
        return fail("invalid lane index " + Twine(unsigned(L)) +
                    " (i8x16.shuffle lanes must be below 32)");
    return checkFixed(I);
  default:
    break;
  }
  if (int Lanes = laneCount(I.Op); Lanes > 0 && I.Lane >= Lanes)
    return fail("invalid lane index " + Twine(unsigned(I.Lane)) + " (" +
                opcodeText(I.Op) + " has " + Twine(Lanes) + " lanes)");
  if (naturalAlignLog2(I.Op) >= 0)
    return checkMemArg(I);
  return checkFixed(I);
}

Error FunctionValidator::validate(uint32_t Idx, const FunctionBody &Body) {
  FuncIdx = Idx;
  const FuncType &FT = M.Types[M.FuncTypes[Idx]];
  Locals.clear();
  NumLocals = 0;
  for (ValType P : FT.Params)
    addLocals(1, P);
  for (const LocalDecl &D : Body.Locals)
    addLocals(D.Count, D.Type);

  S.reset();
  // The body is a block whose label is the function's results.
  S.pushCtrl(Opcode::Block, {}, FT.Results);
  InstrReader R(Body.Code, Body.CodeOffset);
  while (!R.atEnd()) {
    if (S.depth() == 0) {
      CurOffset = R.offset();
      return fail("operators remaining after the end of the function");
    }
    // Decoding errors name the function too; their text is unchanged.
    if (Error E = R.next(Cur))
      return handleErrors(std::move(E), [&](const WasmError &W) {
        return makeError(W.offset(), W.message() + where());
      });
    CurOffset = Cur.Offset;
    ++InstrCount;
    if (Error E = check(Cur))
      return E;
  }
  if (S.depth() != 0) {
    CurOffset = R.offset();
    return fail("END opcode expected at the end of the function");
  }
  return Error::success();
}

Error validateFunctionBodies(const ModuleFacts &F) {
  FunctionValidator V(F);
  const Module &M = F.M;
  for (size_t I = 0; I < M.Bodies.size(); ++I)
    if (Error E = V.validate(M.NumImportedFuncs + uint32_t(I), M.Bodies[I]))
      return E;
  return Error::success();
}

} // namespace validation
} // namespace wasmc
