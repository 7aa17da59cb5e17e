//===- Trampolines.cpp - Entries into compiled Wasm functions -------------===//
//
// rtlib calls exported functions without knowing their native signature:
// it fills an array of wasmc_value slots and calls the function's
// trampoline, which unpacks the slots, makes the typed call and writes the
// results back over the arguments. The trampolines (and the start entry)
// are C functions that rtlib can call; they call the Wasm function's body in
// its own convention (tailcc or C, CallConventions.h).
//
// Compiled code calls a funcref record's code with tailcc. A body with the
// C convention that a record can hold gets a tailcc entry here: a copy of
// it, or a call of it (CallConventions.h, EntryKind).
//
//===----------------------------------------------------------------------===//
#include "lower/ModuleLowering.h"
#include "wasmc/abi.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

namespace wasmc {

/// Makes Call, the call into Wasm code of entry T (a trampoline or the
/// start entry), an invoke with a landing pad outside Wasm code. rtlib's
/// personality ends the unwinder's search there (docs/architecture.md,
/// "Exceptions"): an exception no Wasm frame catches ends the call at its
/// entry, with every frame still in place for the backtrace, and never
/// unwinds the host's frames. The pad itself is never entered. Returns the
/// invoke; B continues after it, and Results (the call's, from emitCall)
/// are updated.
static void guardEntry(ModuleContext &MC, Function *T, CallInst *Call,
                       IRBuilderBase &B, SmallVectorImpl<Value *> &Results) {
  T->setPersonalityFn(MC.personality());
  BasicBlock *Pad = BasicBlock::Create(MC.Ctx, "entry.barrier", T);
  BasicBlock *Cont = changeToInvokeAndSplitBasicBlock(Call, Pad);
  Instruction *Invoke = Cont->getSinglePredecessor()->getTerminator();
  for (Value *&V : Results)
    if (V == Call)
      V = Invoke;
  IRBuilder<> PB(Pad);
  LandingPadInst *LP = PB.CreateLandingPad(
      StructType::get(MC.Ctx, {MC.PtrTy, MC.I32Ty}), 1, "barrier");
  LP->addClause(ConstantPointerNull::get(MC.PtrTy));
  // Not a bare `unreachable`, which SimplifyCFG would take for a pad that
  // is never reached and turn the invoke back into a call.
  PB.CreateIntrinsic(Intrinsic::trap, {}, {});
  PB.CreateUnreachable();
  B.SetInsertPoint(Cont);
}

Function *buildTrampoline(ModuleContext &MC, uint32_t ExportIdx,
                          uint32_t FuncIdx) {
  const FuncType &FT = MC.WM.funcType(FuncIdx);
  FunctionType *TTy =
      FunctionType::get(Type::getVoidTy(MC.Ctx), {MC.PtrTy, MC.PtrTy}, false);
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
    return B.CreateConstInBoundsGEP1_64(MC.I8Ty, Args, K * sizeof(wasmc_value));
  };

  std::vector<Value *> Params;
  for (size_t K = 0; K < FT.Params.size(); ++K) {
    // Every union member starts at offset 0 of its slot.
    Type *Ty = MC.toLLVM(FT.Params[K]);
    Params.push_back(
        B.CreateAlignedLoad(Ty, slot(K), MC.stateAlign(Ty), "arg" + Twine(K)));
  }
  SmallVector<Value *, 4> Results;
  CallInst *Call =
      MC.emitCall(B, MC.functionTarget(B, VMCtx, FuncIdx), Params, Results);
  // Inlined here, Wasm code would run outside WASMC_CODE_SECTION, where the
  // trap handler does not recognise its faults as Wasm traps.
  Call->setIsNoInline();
  guardEntry(MC, T, Call, B, Results);

  for (size_t K = 0; K < Results.size(); ++K)
    B.CreateAlignedStore(Results[K], slot(K),
                         MC.stateAlign(Results[K]->getType()));
  B.CreateRetVoid();
  return T;
}

/// "wasm_entry_<FuncIdx>", or where the body's symbol is "wasm:<name>"
/// (LowerOptions::GuestSymbols), that with ".entry": profilers and
/// disassemblers read symbols, and a copy runs the function's code.
static std::string entryName(const Function &Body, uint32_t FuncIdx) {
  if (Body.getName().starts_with("wasm:"))
    return (Body.getName() + ".entry").str();
  return ("wasm_entry_" + Twine(FuncIdx)).str();
}

Function *declareTailEntry(ModuleContext &MC, uint32_t FuncIdx, EntryKind Kind,
                           GlobalValue::LinkageTypes Linkage) {
  Function *Body = MC.definedFunction(FuncIdx);
  assert(Body->getCallingConv() != CallingConv::Tail &&
         "a tailcc body is its own entry");
  Function *E = Function::Create(Body->getFunctionType(), Linkage,
                                 entryName(*Body, FuncIdx), MC.LM);
  E->setVisibility(Body->getVisibility());
  // Wasm code as far as traps are concerned: in WASMC_CODE_SECTION, with a
  // frame, so that the backtrace walk goes on through it to the caller
  // (rtlib leaves a calling entry's own frame out, abi.h wasmc_func_desc).
  MC.setWasmFunctionAttributes(*E);
  E->setCallingConv(CallingConv::Tail);
  if (Kind == EntryKind::Copy)
    MC.markWasmCode(*E, FuncIdx, /*Copy=*/true);
  return E;
}

void defineTailEntry(ModuleContext &MC, uint32_t FuncIdx, EntryKind Kind,
                     Function &E) {
  Function *Body = MC.definedFunction(FuncIdx);
  // Stack use stays bounded with C bodies in a chain of tail calls: a
  // return_call* from a tailcc body replaces that body's frame with its
  // callee's, and the callee is either another tailcc body or an entry
  // like this one (or an import thunk). At an entry the chain ends: the body
  // has no tail call (else it would be tailcc, CallConventions.h), and
  // neither has a copy of it, so once it returns, the chain has returned. A
  // chain therefore holds at most one tailcc frame, one entry and the C body
  // it calls (whose own ordinary calls are ordinary recursion, checked
  // against the stack limit as always).
  if (Kind == EntryKind::Copy) {
    // Same code, same attributes (section, frame pointers, no sibling
    // calls); a recursive call in it still calls the C body. What
    // CloneFunction does, into the declared entry.
    ValueToValueMapTy VMap;
    auto NewArg = E.arg_begin();
    for (const Argument &A : Body->args()) {
      NewArg->setName(A.getName());
      VMap[&A] = &*NewArg++;
    }
    SmallVector<ReturnInst *, 8> Returns;
    CloneFunctionInto(&E, Body, VMap, CloneFunctionChangeType::LocalChangesOnly,
                      Returns);
    // The clone took the body's convention and code metadata.
    E.setCallingConv(CallingConv::Tail);
    MC.markWasmCode(E, FuncIdx, /*Copy=*/true);
    return;
  }
  SmallVector<Value *, 8> Args;
  for (Argument &A : E.args())
    Args.push_back(&A);
  E.getArg(0)->setName("vmctx");
  IRBuilder<> B(BasicBlock::Create(MC.Ctx, "entry", &E));
  CallInst *C = B.CreateCall(Body, Args);
  C->setCallingConv(Body->getCallingConv());
  // Inlined, the body would run in a frame that backtraces omit.
  C->setIsNoInline();
  if (C->getType()->isVoidTy())
    B.CreateRetVoid();
  else
    B.CreateRet(C);
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
  CallInst *Call =
      MC.emitCall(B, MC.functionTarget(B, VMCtx, FuncIdx), {}, NoResults);
  Call->setIsNoInline();
  guardEntry(MC, T, Call, B, NoResults);
  B.CreateRetVoid();
  return T;
}

} // namespace wasmc
