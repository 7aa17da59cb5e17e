//===- Variables.cpp - Locals, globals, drop and select -------------------===//
#include "lower/FunctionLowering.h"

using namespace llvm;

namespace wasmc {

bool FunctionLowering::lowerVariable(const Instr &I) {
  switch (I.Op) {
  case Opcode::LocalGet: {
    AllocaInst *A = Locals[I.A];
    push(B.CreateLoad(A->getAllocatedType(), A, "local" + Twine(I.A)));
    return true;
  }
  case Opcode::LocalSet:
    B.CreateStore(pop(), Locals[I.A]);
    return true;
  case Opcode::LocalTee:
    B.CreateStore(peek(), Locals[I.A]);
    return true;

  case Opcode::GlobalGet: {
    const GlobalType &GT = WM.GlobalTypes[I.A];
    Type *Ty = MC.toLLVM(GT.Type);
    // An immutable global keeps its initial value for the life of the
    // instance, so its load may be hoisted and merged freely.
    LoadInst *L = MC.loadField(B, globalCell(I.A), 0, Ty,
                               /*Invariant=*/!GT.Mutable, "g" + Twine(I.A));
    if (GT.Mutable)
      L->setMetadata(LLVMContext::MD_tbaa, MC.TBAAMutableGlobal);
    push(L);
    return true;
  }
  case Opcode::GlobalSet: {
    Value *V = pop();
    Value *Cell = globalCell(I.A);
    StoreInst *S = B.CreateAlignedStore(V, Cell, MC.stateAlign(V->getType()));
    S->setMetadata(LLVMContext::MD_tbaa, MC.TBAAMutableGlobal);
    return true;
  }

  case Opcode::Drop:
    // A dropped load still faults when out of bounds: see keepLoad.
    pop();
    return true;

  case Opcode::Select:
  case Opcode::SelectT: {
    Value *Cond = B.CreateICmpNE(pop(), i32(0), "select.cond");
    Value *IfFalse = pop();
    Value *IfTrue = pop();
    push(B.CreateSelect(Cond, IfTrue, IfFalse));
    return true;
  }

  default:
    return false;
  }
}

} // namespace wasmc
