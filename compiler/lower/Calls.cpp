//===- Calls.cpp - call*, call_ref and their tail calls -------------------===//
//
// Every callee gets its own instance's vmctx as the first argument: the
// caller's for defined functions, the one stored in the funcref record for
// imports and indirect calls (which may come from another instance).
//
// A tail call (return_call*) is the same call made musttail and followed by
// the return of its value; the function making it, the direct target of a
// return_call and every code pointer in a funcref record are tailcc
// (CallConventions.h), so LLVM guarantees it reuses the caller's frame at
// every optimisation level (docs/architecture.md, "Calls and tail calls").
// A direct call uses the callee body's own convention, tailcc or C.
//
//===----------------------------------------------------------------------===//
#include "lower/FunctionLowering.h"

using namespace llvm;

namespace wasmc {

/// The funcref record that call_indirect (or return_call_indirect) with
/// type TypeIdx on table TableIdx calls for Index, after the table bounds,
/// null and signature checks, which trap before any call or jump.
static Value *indirectCallee(FunctionLowering &FL, uint32_t TypeIdx,
                             uint32_t TableIdx, Value *Index) {
  ModuleContext &MC = FL.MC;
  IRBuilderBase &B = FL.B;
  // Size and elements are reloaded every time: table.grow (here or in
  // any callee, or by the host) changes both. Not so for a table whose
  // maximum equals its minimum, as wasm-ld emits: its size is that
  // constant, since an import's actual limits must lie within the declared
  // ones, and its element array is never reallocated. The bounds check then
  // needs no load, and the array pointer is loaded once per call of the
  // function (fixedTableElems).
  const Limits &Lim = FL.WM.Tables[TableIdx].Lim;
  bool FixedSize = Lim.Max && *Lim.Max == Lim.Min && Lim.Min <= UINT32_MAX;
  Value *Table = FixedSize ? nullptr : FL.tablePtr(TableIdx);
  Value *Size =
      FixedSize ? static_cast<Value *>(FL.i32(Lim.Min))
                : MC.loadField(B, Table, offsetof(wasmc_table, size),
                               MC.I32Ty, false, "table.size");
  // A table64 index is an i64; the size (at most 2^32-1 elements in rtlib)
  // is compared in 64 bits then.
  if (Index->getType() != Size->getType())
    Size = B.CreateZExt(Size, Index->getType());
  FL.trapIf(B.CreateICmpUGE(Index, Size, "oob"),
            WASMC_TRAP_TABLE_OUT_OF_BOUNDS);
  Value *Elems = FixedSize
                     ? FL.fixedTableElems(TableIdx)
                     : MC.loadField(B, Table, offsetof(wasmc_table, elems),
                                    MC.PtrTy, false, "table.elems");
  Value *Slot =
      B.CreateInBoundsGEP(MC.PtrTy, Elems, B.CreateZExt(Index, MC.I64Ty));
  Value *Ref = MC.loadField(B, Slot, 0, MC.PtrTy, false, "callee");
  FL.trapIf(B.CreateICmpEQ(Ref, ConstantPointerNull::get(MC.PtrTy), "null"),
            WASMC_TRAP_INDIRECT_NULL);

  Value *Expected = FL.typeId(TypeIdx);
  Value *Actual = MC.loadField(B, Ref, offsetof(wasmc_funcref, type_id),
                               MC.I32Ty, false, "callee.type");
  FL.trapIf(B.CreateICmpNE(Actual, Expected, "mismatch"),
            WASMC_TRAP_INDIRECT_TYPE_MISMATCH);
  return Ref;
}

bool FunctionLowering::lowerCall(const Instr &I) {
  bool Tail = I.Op == Opcode::ReturnCall ||
              I.Op == Opcode::ReturnCallIndirect ||
              I.Op == Opcode::ReturnCallRef;
  ModuleContext::CallTarget T;
  std::vector<Value *> Args;
  switch (I.Op) {
  case Opcode::Call:
  case Opcode::ReturnCall:
    Args = popN(WM.funcType(I.A).Params.size());
    T = MC.functionTarget(B, VMCtx, I.A);
    break;
  case Opcode::CallIndirect:
  case Opcode::ReturnCallIndirect: {
    Value *Index = pop();
    Args = popN(WM.Types[I.A].Params.size());
    T = MC.funcrefTarget(B, indirectCallee(*this, I.A, I.B, Index), I.A);
    break;
  }
  case Opcode::CallRef:
  case Opcode::ReturnCallRef: {
    // Validation proved the reference's type is the immediate's (up to
    // equivalence), so only null needs a check at run time.
    Value *Ref = pop();
    Args = popN(WM.Types[I.A].Params.size());
    trapIf(B.CreateIsNull(Ref, "null"), WASMC_TRAP_NULL_FUNCTION_REFERENCE);
    T = MC.funcrefTarget(B, Ref, I.A);
    break;
  }
  default:
    return false;
  }
  if (Tail) {
    MC.emitTailCall(B, F, T, Args);
    markUnreachable();
    return true;
  }
  SmallVector<Value *, 4> Results;
  CallInst *Call = MC.emitCall(B, T, Args, Results);
  if (CallBase *Guarded = guardCall(Call); Guarded != Call)
    for (Value *&V : Results)
      if (V == Call)
        V = Guarded;
  for (Value *V : Results)
    push(V);
  return true;
}

} // namespace wasmc
