//===- ConstExprInit.cpp - Init functions of extended constants ----------===//
//
// A constant expression of one instruction goes into the descriptor as a
// tagged value that rtlib evaluates itself. A longer one (Wasm 3.0 extended
// constants) becomes a function `void init(wasmc_vmctx *, wasmc_value *out)`
// that rtlib calls at instantiation, once the globals it may read are bound
// (WASMC_CONST_INIT_FUNC in abi.h). Code rather than a program for rtlib to
// interpret: the arithmetic wraps as LLVM's does, global access is the
// lowering's own (vmctx->globals), and later constant instructions (GC's
// struct.new, array.new) need no new interpreter.
//
//===----------------------------------------------------------------------===//
#include "lower/ModuleLowering.h"
#include "wasmc/abi.h"
#include "llvm/IR/IRBuilder.h"
#include <cassert>
#include <vector>

using namespace llvm;

namespace wasmc {

static Value *constLeaf(ModuleContext &MC, IRBuilderBase &B, Value *VMCtx,
                        const ConstExpr &E) {
  switch (E.K) {
  case ConstExpr::I32:
    return ConstantInt::get(MC.I32Ty, E.Bits[0] & 0xffffffffu);
  case ConstExpr::I64:
    return ConstantInt::get(MC.I64Ty, E.Bits[0]);
  case ConstExpr::GlobalGet: {
    Value *Globals = MC.loadField(B, VMCtx, WASMC_VMCTX_GLOBALS, MC.PtrTy,
                                  false, "globals");
    Value *Slot = B.CreateConstInBoundsGEP1_64(MC.PtrTy, Globals, E.Index);
    Value *Cell = MC.loadField(B, Slot, 0, MC.PtrTy, false, "cell");
    Type *Ty = MC.toLLVM(MC.WM.GlobalTypes[E.Index].Type);
    return MC.loadField(B, Cell, 0, Ty, false, "g" + Twine(E.Index));
  }
  default:
    // A validated program's operands are i32 and i64 (the arithmetic is
    // integer and exactly one value remains).
    llvm_unreachable("not an operand of extended-constant arithmetic");
  }
}

Function *buildConstExprInit(ModuleContext &MC, const ConstExpr &E,
                             const Twine &Name) {
  assert(E.K == ConstExpr::Program && "single instructions need no code");
  auto *FTy = FunctionType::get(Type::getVoidTy(MC.Ctx),
                                {MC.PtrTy, MC.PtrTy}, false);
  // Not Wasm code (as the trampolines): it never traps.
  Function *F =
      Function::Create(FTy, GlobalValue::InternalLinkage, Name, MC.LM);
  F->addFnAttr(Attribute::NoUnwind);
  F->addFnAttr("frame-pointer", "all");
  Value *VMCtx = F->getArg(0);
  Value *Out = F->getArg(1);
  VMCtx->setName("vmctx");
  Out->setName("out");

  IRBuilder<> B(BasicBlock::Create(MC.Ctx, "entry", F));
  std::vector<Value *> Stack;
  for (const ConstExpr &Op : E.Ops) {
    Instruction::BinaryOps Bin;
    switch (Op.K) {
    case ConstExpr::I32Add:
    case ConstExpr::I64Add:
      Bin = Instruction::Add;
      break;
    case ConstExpr::I32Sub:
    case ConstExpr::I64Sub:
      Bin = Instruction::Sub;
      break;
    case ConstExpr::I32Mul:
    case ConstExpr::I64Mul:
      Bin = Instruction::Mul;
      break;
    default:
      Stack.push_back(constLeaf(MC, B, VMCtx, Op));
      continue;
    }
    // The validator guarantees two operands of the instruction's type.
    Value *R = Stack.back();
    Stack.pop_back();
    Value *L = Stack.back();
    Stack.back() = B.CreateBinOp(Bin, L, R);
  }
  assert(Stack.size() == 1 && "validated: one value remains");
  Value *V = Stack.back();
  B.CreateAlignedStore(V, Out, MC.stateAlign(V->getType()));
  B.CreateRetVoid();
  return F;
}

} // namespace wasmc
