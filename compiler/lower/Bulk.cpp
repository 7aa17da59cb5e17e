//===- Bulk.cpp - Bulk memory and table operations --------------------------===//
//
// memory.init/copy/fill, data.drop, table.init/copy and elem.drop. Each is a
// call into rtlib (abi.h, WASMC_RT_LIST), which owns the segment state
// (dropped or not) and performs the spec's bounds checks before touching
// anything, trapping as a whole when they fail.
//
//===----------------------------------------------------------------------===//

#include "lower/FunctionLowering.h"

using namespace llvm;
using namespace wasmc;

/// Calls the runtime entry point F with vmctx, the immediates, and then
/// the top NumOperands stack values in push order. The entry points take
/// 64-bit addresses and lengths for every memory and table (abi.h); the
/// i32 operands of 32-bit ones are zero-extended to them.
static void callRuntime(FunctionLowering &FL, RuntimeFn F,
                        ArrayRef<uint32_t> Immediates, unsigned NumOperands) {
  FunctionCallee Callee = FL.MC.runtime(F);
  std::vector<Value *> Args;
  Args.push_back(FL.VMCtx);
  for (uint32_t Imm : Immediates)
    Args.push_back(FL.i32(Imm));
  for (Value *V : FL.popN(NumOperands)) {
    Type *ParamTy = Callee.getFunctionType()->getParamType(Args.size());
    Args.push_back(V->getType() == ParamTy ? V : FL.B.CreateZExt(V, ParamTy));
  }
  FL.B.CreateCall(Callee, Args);
}

bool FunctionLowering::lowerBulk(const Instr &I) {
  switch (I.Op) {
  case Opcode::MemoryInit:
    // Immediates: A = data segment, B = memory.
    // Operands: dst, src, len. memory_init(mem, data, dst, src, len).
    callRuntime(*this, RuntimeFn::MemoryInit, {I.B, I.A}, 3);
    return true;
  case Opcode::DataDrop:
    callRuntime(*this, RuntimeFn::DataDrop, {I.A}, 0);
    return true;
  case Opcode::MemoryCopy:
    // Immediates: A = destination memory, B = source memory.
    // Operands: dst, src, len.
    callRuntime(*this, RuntimeFn::MemoryCopy, {I.A, I.B}, 3);
    return true;
  case Opcode::MemoryFill:
    // Immediate: A = memory. Operands: dst, value, len.
    callRuntime(*this, RuntimeFn::MemoryFill, {I.A}, 3);
    return true;
  case Opcode::TableInit:
    // Immediates: A = element segment, B = table.
    // Operands: dst, src, len. table_init(table, elem, dst, src, len).
    callRuntime(*this, RuntimeFn::TableInit, {I.B, I.A}, 3);
    return true;
  case Opcode::ElemDrop:
    callRuntime(*this, RuntimeFn::ElemDrop, {I.A}, 0);
    return true;
  case Opcode::TableCopy:
    // Immediates: A = destination table, B = source table.
    // Operands: dst, src, len.
    callRuntime(*this, RuntimeFn::TableCopy, {I.A, I.B}, 3);
    return true;
  default:
    return false;
  }
}
