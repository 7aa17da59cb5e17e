//===- Trampolines.cpp - Entry trampolines for exported functions ---------===//
//
// rtlib calls exported functions without knowing their native signature:
// it fills an array of wasmc_value slots and calls the function's
// trampoline, which unpacks the slots, makes the typed call and writes the
// results back over the arguments. The trampolines (and the start entry)
// are C functions that rtlib can call; the Wasm functions they call are
// tailcc.
//
//===----------------------------------------------------------------------===//
#include "lower/ModuleLowering.h"
#include "wasmc/abi.h"

using namespace llvm;

namespace wasmc {

Function *buildTrampoline(ModuleContext &MC, uint32_t ExportIdx,
                          uint32_t FuncIdx) {
  const FuncType &FT = MC.WM.funcType(FuncIdx);
  FunctionType *TTy = FunctionType::get(Type::getVoidTy(MC.Ctx),
                                        {MC.PtrTy, MC.PtrTy}, false);
  // Not Wasm code: stays in .text so that a fault in it is not mistaken for
  // a Wasm trap; frame pointers keep the backtrace walk going through it.
  Function *T = Function::Create(TTy, GlobalValue::InternalLinkage,
                                 "wasmc_tramp_" + Twine(ExportIdx), MC.LM);
  T->addFnAttr(Attribute::NoUnwind);
  T->addFnAttr("frame-pointer", "all");
  Value *VMCtx = T->getArg(0);
  Value *Args = T->getArg(1);
  VMCtx->setName("vmctx");
  Args->setName("args");

  IRBuilder<> B(BasicBlock::Create(MC.Ctx, "entry", T));
  auto slot = [&](size_t K) {
    return B.CreateConstInBoundsGEP1_64(MC.I8Ty, Args,
                                        K * sizeof(wasmc_value));
  };

  std::vector<Value *> Params;
  for (size_t K = 0; K < FT.Params.size(); ++K) {
    // Every union member starts at offset 0 of its slot.
    Type *Ty = MC.toLLVM(FT.Params[K]);
    Params.push_back(B.CreateAlignedLoad(Ty, slot(K), MC.stateAlign(Ty),
                                         "arg" + Twine(K)));
  }
  SmallVector<Value *, 4> Results;
  CallInst *Call =
      MC.emitCall(B, MC.functionTarget(B, VMCtx, FuncIdx), Params, Results);
  // Inlined here, Wasm code would run outside WASMC_CODE_SECTION, where the
  // trap handler does not recognise its faults as Wasm traps.
  Call->setIsNoInline();

  for (size_t K = 0; K < Results.size(); ++K)
    B.CreateAlignedStore(Results[K], slot(K),
                         MC.stateAlign(Results[K]->getType()));
  B.CreateRetVoid();
  return T;
}

Function *buildStartEntry(ModuleContext &MC, uint32_t FuncIdx) {
  FunctionType *TTy =
      FunctionType::get(Type::getVoidTy(MC.Ctx), {MC.PtrTy}, false);
  // Not Wasm code, like the trampolines.
  Function *T = Function::Create(TTy, GlobalValue::InternalLinkage,
                                 "wasmc_start_entry", MC.LM);
  T->addFnAttr(Attribute::NoUnwind);
  T->addFnAttr("frame-pointer", "all");
  Value *VMCtx = T->getArg(0);
  VMCtx->setName("vmctx");
  IRBuilder<> B(BasicBlock::Create(MC.Ctx, "entry", T));
  SmallVector<Value *, 1> NoResults;
  CallInst *Call = MC.emitCall(B, MC.functionTarget(B, VMCtx, FuncIdx), {},
                               NoResults);
  Call->setIsNoInline();
  B.CreateRetVoid();
  return T;
}

} // namespace wasmc
