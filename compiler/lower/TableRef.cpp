//===- TableRef.cpp - Table access and reference instructions ---------------===//
//
// table.get/set/size/grow/fill and ref.null/is_null/func. References are
// pointers: a funcref is a wasmc_funcref* (into vmctx->funcs for this
// module's functions), an externref an opaque host pointer, and null is the
// null pointer (abi.h). Table operations that check bounds or may
// reallocate the element array are rtlib calls; table.size reads the table
// header directly.
//
//===----------------------------------------------------------------------===//

#include "lower/FunctionLowering.h"
#include "llvm/IR/Constants.h"

using namespace llvm;
using namespace wasmc;

// Offsets into rtlib's structures are taken from abi.h as compiled for the
// host. wasmc only targets 64-bit platforms (the driver refuses others), on
// which these layouts are the same as the host's.
static_assert(sizeof(wasmc_funcref) == 32, "funcref records are 32 bytes");
static_assert(offsetof(wasmc_table, size) == 8, "table size at offset 8");

bool FunctionLowering::lowerTableRef(const Instr &I) {
  switch (I.Op) {
  // The entry points take 64-bit indices, sizes and lengths for every
  // table (abi.h): a 32-bit table's i32 operands are zero-extended and its
  // results truncated.
  case Opcode::TableGet: {
    Value *Index = B.CreateZExt(pop(), MC.I64Ty);
    push(B.CreateCall(MC.runtime(RuntimeFn::TableGet),
                      {VMCtx, i32(I.A), Index}, "table.elem"));
    return true;
  }
  case Opcode::TableSet: {
    Value *Ref = pop();
    Value *Index = B.CreateZExt(pop(), MC.I64Ty);
    B.CreateCall(MC.runtime(RuntimeFn::TableSet),
                 {VMCtx, i32(I.A), Index, Ref});
    return true;
  }
  case Opcode::TableSize: {
    // Read the size field of the wasmc_table header. It changes only in
    // rtlib calls (grow), which LLVM must assume clobber it.
    Value *Size = B.CreateGEP(MC.I8Ty, tablePtr(I.A),
                              i64(offsetof(wasmc_table, size)), "table.size.addr");
    LoadInst *L = B.CreateAlignedLoad(MC.I32Ty, Size, Align(4), "table.size");
    markVMCtx(L);
    push(WM.Tables[I.A].Lim.Is64 ? B.CreateZExt(L, MC.I64Ty) : L);
    return true;
  }
  case Opcode::TableGrow: {
    // Operands: init ref, delta. table_grow(table, init, delta).
    Value *Delta = B.CreateZExt(pop(), MC.I64Ty);
    Value *Init = pop();
    Value *Old = B.CreateCall(MC.runtime(RuntimeFn::TableGrow),
                              {VMCtx, i32(I.A), Init, Delta}, "table.grow");
    push(WM.Tables[I.A].Lim.Is64 ? Old : B.CreateTrunc(Old, MC.I32Ty));
    return true;
  }
  case Opcode::TableFill: {
    // Operands: dst, ref, len. table_fill(table, dst, ref, len).
    std::vector<Value *> Ops = popN(3);
    B.CreateCall(MC.runtime(RuntimeFn::TableFill),
                 {VMCtx, i32(I.A), B.CreateZExt(Ops[0], MC.I64Ty), Ops[1],
                  B.CreateZExt(Ops[2], MC.I64Ty)});
    return true;
  }

  case Opcode::RefNull:
    push(ConstantPointerNull::get(MC.PtrTy));
    return true;
  case Opcode::RefIsNull: {
    Value *Ref = pop();
    push(B.CreateZExt(B.CreateIsNull(Ref), MC.I32Ty));
    return true;
  }
  case Opcode::RefAsNonNull:
    trapIf(B.CreateIsNull(peek(), "null"), WASMC_TRAP_NULL_REFERENCE);
    return true;
  case Opcode::RefFunc: {
    // The funcref of function i is record i of vmctx->funcs, so references
    // to the same function compare equal whichever way they were obtained.
    Value *Funcs = loadVMCtxField(WASMC_VMCTX_FUNCS, MC.PtrTy, "funcs");
    push(B.CreateGEP(MC.I8Ty, Funcs, i64(uint64_t(I.A) * sizeof(wasmc_funcref)),
                     "funcref", GEPNoWrapFlags::all()));
    return true;
  }

  default:
    return false;
  }
}
