//===- FunctionValidator.cpp - Validate function bodies -------------------===//
//
// The per-function state (locals, stacks, diagnostics), the checks the
// families share, and the dispatch on OpFamily; the families themselves are
// in the *Validator.cpp files beside this one (FunctionValidator.h).
//
//===----------------------------------------------------------------------===//
#include "validation/FunctionValidator.h"
#include "reader/InstrReader.h"
#include "support/Diagnostic.h"
#include "validation/InstrTypes.h"
#include <algorithm>

using namespace llvm;

namespace wasmc {
namespace validation {

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

Error FunctionValidator::knownType(ValType T) {
  if (T.isRef() && T.heap().isConcrete() && T.heap().index() >= M.Types.size())
    return fail("unknown type " + Twine(T.heap().index()));
  return Error::success();
}

Error FunctionValidator::popRef(ValType &T) {
  if (!S.popAny(T))
    return stackFailure();
  if (T == UnknownType) {
    T = ValType::ref(HeapType::Bot, /*Nullable=*/false);
    return Error::success();
  }
  if (!T.isRef())
    return fail(Twine("type mismatch: ") + opcodeText(Cur.Op) +
                " needs a reference, got " + typeName(T));
  return Error::success();
}

ArrayRef<ValType> FunctionValidator::single(ValType T) {
  ArrayRef<ValType> Out;
  if (singleType(T, Out))
    return Out;
  return ArrayRef<ValType>(SingleTypes.try_emplace(T.bits(), T).first->second);
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

Error FunctionValidator::knownMemory(uint32_t Idx) {
  if (Idx >= M.Memories.size())
    return fail("unknown memory " + Twine(Idx));
  return Error::success();
}

Error FunctionValidator::knownTable(uint32_t Idx) {
  if (Idx >= M.Tables.size())
    return fail("unknown table " + Twine(Idx));
  return Error::success();
}

Error FunctionValidator::knownData(uint32_t Idx) {
  if (Idx >= M.Datas.size())
    return fail("unknown data segment " + Twine(Idx));
  // The binary format requires the data count section before any code that
  // names a segment, so that single-pass validation knows the count. The
  // reader enforces this; checked again so no module slips through.
  if (!M.DataCount)
    return fail("data count section required");
  return Error::success();
}

Error FunctionValidator::knownElem(uint32_t Idx) {
  if (Idx >= M.Elems.size())
    return fail("unknown elem segment " + Twine(Idx));
  return Error::success();
}

Error FunctionValidator::checkMemArg(const Instr &I) {
  if (Error E = knownMemory(I.Mem.Memory))
    return E;
  int Natural = naturalAlignLog2(I.Op);
  if (I.Mem.AlignLog2 > uint32_t(Natural))
    return fail("alignment must not be larger than natural");
  ValType Addr = M.memoryAddrType(I.Mem.Memory);
  if (Addr == ValType::I32 && I.Mem.Offset > UINT32_MAX)
    return fail("offset out of range");
  // The address is the first operand of every load and store.
  return checkFixedAddr(I, {{0, Addr}});
}

Error FunctionValidator::checkFixedAddr(
    const Instr &I, std::initializer_list<std::pair<unsigned, ValType>> Params,
    std::optional<ValType> Result) {
  FixedSignature Sig = fixedSignature(I.Op);
  if (!Sig.Fixed)
    return fail(Twine("unsupported instruction ") + opcodeText(I.Op));
  SmallVector<ValType, 4> In(Sig.Params.begin(), Sig.Params.end());
  for (auto [Pos, T] : Params)
    In[Pos] = T;
  if (!S.popVals(In))
    return stackFailure();
  if (Result) {
    S.push(*Result);
    return Error::success();
  }
  S.push(Sig.Results);
  return Error::success();
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

Error FunctionValidator::unhandled(const Instr &I) const {
  return fail(Twine("internal: unhandled opcode ") + opcodeText(I.Op));
}

Error FunctionValidator::check(const Instr &I) {
  switch (opcodeFamily(I.Op)) {
  case OpFamily::Control:
    return checkControl(I);
  case OpFamily::Variable:
    return checkVariable(I);
  case OpFamily::Call:
    return checkCall(I);
  case OpFamily::Numeric:
  case OpFamily::Conversion:
  case OpFamily::SimdRelaxed:
    // Every one has a fixed type in the signature column.
    return checkFixed(I);
  case OpFamily::Memory:
    return checkMemory(I);
  case OpFamily::Bulk:
    return checkBulk(I);
  case OpFamily::TableRef:
    return checkTableRef(I);
  case OpFamily::SimdMemory:
  case OpFamily::SimdLanes:
  case OpFamily::SimdInt:
  case OpFamily::SimdFloat:
  case OpFamily::SimdConversion:
    return checkSimd(I);
  case OpFamily::Exception:
    return checkException(I);
  }
  llvm_unreachable("opcodeFamily returned a value outside OpFamily");
}

Error FunctionValidator::validate(uint32_t Idx, const FunctionBody &Body) {
  FuncIdx = Idx;
  const FuncType &FT = M.Types[M.FuncTypes[Idx]];
  Locals.clear();
  NumLocals = 0;
  for (ValType P : FT.Params)
    addLocals(1, P);
  NumParams = NumLocals;
  CurOffset = Body.CodeOffset;
  for (const LocalDecl &D : Body.Locals) {
    if (Error E = knownType(D.Type))
      return E;
    addLocals(D.Count, D.Type);
  }

  S.reset();
  // The body is a block whose label is the function's results.
  S.pushCtrl(Opcode::Block, {}, FT.Results);
  InstrReader R(Body.Code, Body.CodeOffset, M.Feats);
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
