//===- ImportThunks.cpp - Adapters from native calls to host callbacks ----===//
//
// An embedder written in C cannot supply a native function of every Wasm
// signature, so for each imported function the module carries a thunk with
// that function's native signature which packs the arguments into
// wasmc_value slots and calls wasmc_rt_call_host; rtlib then calls the
// embedder's generic callback (abi.h, wasmc_import_desc.host_thunk). rtlib
// binds an import to its thunk only when the embedder supplies such a
// callback; otherwise the thunk is never called.
//
//===----------------------------------------------------------------------===//
#include "lower/ModuleLowering.h"
#include "wasmc/abi.h"

using namespace llvm;

namespace wasmc {

Function *buildImportThunk(ModuleContext &MC, uint32_t FuncIdx) {
  const FuncType &FT = MC.WM.funcType(FuncIdx);
  FunctionType *NTy = MC.nativeType(MC.WM.FuncTypes[FuncIdx]);
  // Not Wasm code: stays in .text like the entry trampolines, so a trap
  // raised by the host is attributed to the Wasm caller and the thunk is
  // left out of backtraces; frame pointers keep the walk going through it.
  Function *T =
      Function::Create(NTy, GlobalValue::InternalLinkage,
                       Twine(ImportThunkPrefix) + Twine(FuncIdx), MC.LM);
  T->addFnAttr(Attribute::NoUnwind);
  T->addFnAttr("frame-pointer", "all");
  Value *VMCtx = T->getArg(0);
  VMCtx->setName("vmctx");

  IRBuilder<> B(BasicBlock::Create(MC.Ctx, "entry", T));
  // wasmc_value slots are 16 bytes; an array of i128 has their size and an
  // alignment at least theirs.
  Type *SlotTy = Type::getInt128Ty(MC.Ctx);
  auto slots = [&](size_t N, const Twine &Name) -> Value * {
    if (N == 0)
      return ConstantPointerNull::get(MC.PtrTy);
    AllocaInst *A = B.CreateAlloca(ArrayType::get(SlotTy, N), nullptr, Name);
    A->setAlignment(Align(16));
    return A;
  };
  Value *Args = slots(FT.Params.size(), "args");
  Value *Results = slots(FT.Results.size(), "results");
  auto slot = [&](Value *Base, size_t K) {
    return B.CreateConstInBoundsGEP1_64(MC.I8Ty, Base,
                                        K * sizeof(wasmc_value));
  };

  for (size_t K = 0; K < FT.Params.size(); ++K) {
    Value *P = T->getArg(K + 1);
    // The whole slot is defined (zero above the value) so that the host
    // never reads uninitialised bytes through another union member.
    B.CreateAlignedStore(ConstantInt::get(SlotTy, 0), slot(Args, K),
                         Align(16));
    B.CreateAlignedStore(P, slot(Args, K), MC.stateAlign(P->getType()));
  }
  B.CreateCall(MC.runtime(RuntimeFn::CallHost),
               {VMCtx, ConstantInt::get(MC.I32Ty, FuncIdx), Args, Results});

  Type *RetTy = NTy->getReturnType();
  if (FT.Results.empty()) {
    B.CreateRetVoid();
    return T;
  }
  if (FT.Results.size() == 1) {
    B.CreateRet(B.CreateAlignedLoad(RetTy, slot(Results, 0),
                                    MC.stateAlign(RetTy), "result"));
    return T;
  }
  Value *Ret = PoisonValue::get(RetTy);
  for (size_t K = 0; K < FT.Results.size(); ++K) {
    Type *Ty = MC.toLLVM(FT.Results[K]);
    Value *V = B.CreateAlignedLoad(Ty, slot(Results, K), MC.stateAlign(Ty),
                                   "result" + Twine(K));
    Ret = B.CreateInsertValue(Ret, V, {unsigned(K)});
  }
  B.CreateRet(Ret);
  return T;
}

} // namespace wasmc
