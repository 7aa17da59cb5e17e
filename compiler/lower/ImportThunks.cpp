//===- ImportThunks.cpp - Adapters from Wasm calls to host functions ------===//
//
// Compiled code calls every funcref record's code with the tailcc
// convention, which host functions written in C do not have. So for each
// imported function the module carries a tailcc thunk with that function's
// native signature, which rtlib binds an import to whenever the import is
// not another instance's compiled function (abi.h,
// wasmc_import_desc.host_thunk):
//  - a native host function (WASI, or an embedder's): the record's
//    host_code; the thunk calls it with the C convention and returns its
//    results. A tail call to it is therefore a tail call to the thunk, then
//    an ordinary call and return: constant stack, as host functions do not
//    call back into a tail-call chain without bound.
//  - a generic callback (wasmc_host_callback): the thunk packs the
//    arguments into wasmc_value slots and calls wasmc_rt_call_host, and
//    rtlib then calls the embedder's callback.
//
//===----------------------------------------------------------------------===//
#include "lower/ModuleLowering.h"
#include "wasmc/abi.h"

using namespace llvm;

namespace wasmc {

/// Calls the record's native host function with the C convention and
/// returns what it returns (the same native signature, result buffer
/// included).
static void forwardToNative(ModuleContext &MC, IRBuilderBase &B, Function *T,
                            Value *HostCode) {
  SmallVector<Value *, 8> Args;
  for (Argument &A : T->args())
    Args.push_back(&A);
  CallInst *C = B.CreateCall(T->getFunctionType(), HostCode, Args);
  if (C->getType()->isVoidTy())
    B.CreateRetVoid();
  else
    B.CreateRet(C);
}

Function *buildImportThunk(ModuleContext &MC, uint32_t FuncIdx) {
  const FuncType &FT = MC.WM.funcType(FuncIdx);
  FunctionType *NTy = MC.nativeType(FT);
  // Not Wasm code: stays in .text like the entry trampolines, so a trap
  // raised by the host is attributed to the Wasm caller and the thunk is
  // left out of backtraces; frame pointers keep the walk going through it.
  Function *T =
      Function::Create(NTy, GlobalValue::InternalLinkage,
                       Twine(ImportThunkPrefix) + Twine(FuncIdx), MC.LM);
  T->setCallingConv(CallingConv::Tail);
  T->addFnAttr(Attribute::NoUnwind);
  T->addFnAttr("frame-pointer", "all");
  Value *VMCtx = T->getArg(0);
  VMCtx->setName("vmctx");

  IRBuilder<> B(BasicBlock::Create(MC.Ctx, "entry", T));
  // The record is this instance's funcs[FuncIdx]: rtlib binds the thunk
  // only there, with the importing instance's vmctx.
  Value *Funcs =
      MC.loadField(B, VMCtx, WASMC_VMCTX_FUNCS, MC.PtrTy, true, "funcs");
  Value *Rec = B.CreateConstInBoundsGEP1_64(
      MC.I8Ty, Funcs, uint64_t(FuncIdx) * sizeof(wasmc_funcref), "record");
  Value *HostCode = MC.loadField(B, Rec, offsetof(wasmc_funcref, host_code),
                                 MC.PtrTy, true, "host_code");
  BasicBlock *Native = BasicBlock::Create(MC.Ctx, "native", T);
  BasicBlock *Generic = BasicBlock::Create(MC.Ctx, "generic", T);
  B.CreateCondBr(B.CreateIsNotNull(HostCode), Native, Generic);
  B.SetInsertPoint(Native);
  forwardToNative(MC, B, T, HostCode);

  B.SetInsertPoint(Generic);
  // wasmc_value slots are 16 bytes; an array of i128 has their size and an
  // alignment at least theirs.
  Type *SlotTy = Type::getInt128Ty(MC.Ctx);
  // Static allocas, in the entry block.
  IRBuilder<> EB(&T->getEntryBlock(), T->getEntryBlock().begin());
  auto slots = [&](size_t N, const Twine &Name) -> Value * {
    if (N == 0)
      return ConstantPointerNull::get(MC.PtrTy);
    AllocaInst *A = EB.CreateAlloca(ArrayType::get(SlotTy, N), nullptr, Name);
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
    Value *P = T->getArg(K + ModuleContext::firstParamArg(FT));
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
  StructType *ResTy = MC.resultsType(FT);
  bool InMemory = ModuleContext::resultsInMemory(FT);
  Value *Ret = PoisonValue::get(ResTy);
  for (size_t K = 0; K < FT.Results.size(); ++K) {
    Type *Ty = MC.toLLVM(FT.Results[K]);
    Value *V = B.CreateAlignedLoad(Ty, slot(Results, K), MC.stateAlign(Ty),
                                   "result" + Twine(K));
    if (InMemory)
      B.CreateStore(V, B.CreateStructGEP(ResTy, T->getArg(1), K));
    else
      Ret = B.CreateInsertValue(Ret, V, {unsigned(K)});
  }
  if (InMemory)
    B.CreateRetVoid();
  else
    B.CreateRet(Ret);
  return T;
}

} // namespace wasmc
