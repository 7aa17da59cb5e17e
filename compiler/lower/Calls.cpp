//===- Calls.cpp - call, call_indirect and call_ref -----------------------===//
//
// Every callee gets its own instance's vmctx as the first argument: the
// caller's for defined functions, the one stored in the funcref record for
// imports and indirect calls (which may come from another instance).
//
//===----------------------------------------------------------------------===//
#include "lower/FunctionLowering.h"

using namespace llvm;

namespace wasmc {

CallInst *FunctionLowering::callFuncRef(Value *Ref, uint32_t TypeIdx,
                                        ArrayRef<Value *> Args) {
  Value *Code = MC.loadField(B, Ref, offsetof(wasmc_funcref, code), MC.PtrTy,
                             false, "callee.code");
  Value *CalleeCtx = MC.loadField(B, Ref, offsetof(wasmc_funcref, vmctx),
                                  MC.PtrTy, false, "callee.vmctx");
  std::vector<Value *> CallArgs;
  CallArgs.reserve(Args.size() + 1);
  CallArgs.push_back(CalleeCtx);
  CallArgs.insert(CallArgs.end(), Args.begin(), Args.end());
  return B.CreateCall(MC.nativeType(TypeIdx), Code, CallArgs);
}

bool FunctionLowering::lowerCall(const Instr &I) {
  switch (I.Op) {
  case Opcode::Call: {
    const FuncType &FT = WM.funcType(I.A);
    std::vector<Value *> Args = popN(FT.Params.size());
    CallInst *C = MC.callFunction(B, VMCtx, I.A, Args);
    pushResults(C, FT.Results.size());
    return true;
  }

  case Opcode::CallIndirect: {
    uint32_t TypeIdx = I.A, TableIdx = I.B;
    const FuncType &FT = WM.Types[TypeIdx];
    Value *Index = pop();
    std::vector<Value *> Args = popN(FT.Params.size());

    // Size and elements are reloaded every time: table.grow (here or in
    // any callee, or by the host) changes both. Not so for a table whose
    // maximum equals its minimum, as wasm-ld emits: its size is that
    // constant, since an import's actual limits must lie within the declared
    // ones, and its element array is never reallocated. The bounds check then
    // needs no load and the array pointer can be hoisted out of loops.
    const Limits &Lim = WM.Tables[TableIdx].Lim;
    bool FixedSize = Lim.Max && *Lim.Max == Lim.Min && Lim.Min <= UINT32_MAX;
    Value *Table = tablePtr(TableIdx);
    Value *Size =
        FixedSize ? static_cast<Value *>(i32(Lim.Min))
                  : MC.loadField(B, Table, offsetof(wasmc_table, size),
                                 MC.I32Ty, false, "table.size");
    // A table64 index is an i64; the size (at most 2^32-1 elements in
    // rtlib) is compared in 64 bits then.
    if (Index->getType() != Size->getType())
      Size = B.CreateZExt(Size, Index->getType());
    trapIf(B.CreateICmpUGE(Index, Size, "oob"), WASMC_TRAP_TABLE_OUT_OF_BOUNDS);
    Value *Elems = MC.loadField(B, Table, offsetof(wasmc_table, elems),
                                MC.PtrTy, /*Invariant=*/FixedSize,
                                "table.elems");
    Value *Slot = B.CreateInBoundsGEP(MC.PtrTy, Elems,
                                      B.CreateZExt(Index, MC.I64Ty));
    Value *Ref = MC.loadField(B, Slot, 0, MC.PtrTy, false, "callee");
    trapIf(B.CreateICmpEQ(Ref, ConstantPointerNull::get(MC.PtrTy), "null"),
           WASMC_TRAP_INDIRECT_NULL);

    Value *TypeIds = loadVMCtxField(WASMC_VMCTX_TYPE_IDS, MC.PtrTy, "type_ids");
    Value *Expected = MC.loadField(
        B, B.CreateConstInBoundsGEP1_64(MC.I32Ty, TypeIds, TypeIdx), 0,
        MC.I32Ty, true, "expected.type");
    Value *Actual = MC.loadField(B, Ref, offsetof(wasmc_funcref, type_id),
                                 MC.I32Ty, false, "callee.type");
    trapIf(B.CreateICmpNE(Actual, Expected, "mismatch"),
           WASMC_TRAP_INDIRECT_TYPE_MISMATCH);

    pushResults(callFuncRef(Ref, TypeIdx, Args), FT.Results.size());
    return true;
  }

  case Opcode::CallRef: {
    // Validation proved the reference's type is the immediate's (up to
    // equivalence), so only null needs a check at run time.
    const FuncType &FT = WM.Types[I.A];
    Value *Ref = pop();
    std::vector<Value *> Args = popN(FT.Params.size());
    trapIf(B.CreateIsNull(Ref, "null"), WASMC_TRAP_NULL_FUNCTION_REFERENCE);
    pushResults(callFuncRef(Ref, I.A, Args), FT.Results.size());
    return true;
  }

  default:
    return false;
  }
}

} // namespace wasmc
