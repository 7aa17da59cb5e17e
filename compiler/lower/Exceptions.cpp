//===- Exceptions.cpp - throw, throw_ref, try_table and the legacy try ----===//
//
// Wasm exceptions ride on the platform's table-based unwinder, so code that
// throws nothing pays nothing (docs/architecture.md, "Exceptions"):
//  - `throw` and `throw_ref` call rtlib (wasmc_rt_throw/throw_ref), which
//    raises the exception with _Unwind_RaiseException;
//  - inside a try_table, every call that may throw (Wasm calls, throws)
//    becomes an `invoke` whose unwind edge is the try_table's landing pad,
//    a catch-all for rtlib's personality, followed by the dispatch: its
//    clauses compare the exception's tag with theirs in order and branch to
//    their labels with the payload; when none matches, the dispatch hands
//    the exception to the enclosing try_table's in this function, or
//    raises it again to the callers.
// The legacy instructions clang-19 emits use the same pads: a `try` opens
// a handler without clauses, each `catch`/`catch_all` continues its
// dispatch with a body of its own, `delegate` hands the exception to the
// handlers around its label, and `rethrow` throws the caught exception
// again. Return calls stay plain musttail calls: the caller's frame, and so
// its handlers, are gone once the callee runs, as the spec says.
//
//===----------------------------------------------------------------------===//
#include "lower/FunctionLowering.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

namespace wasmc {

CallBase *FunctionLowering::guardCall(CallInst *Call) {
  if (Handlers.empty())
    return Call;
  BasicBlock *Cont = changeToInvokeAndSplitBasicBlock(Call, Handlers.back().Pad);
  Cont->setName("invoke.cont");
  B.SetInsertPoint(Cont);
  // The call is gone; its uses are the invoke's now.
  return cast<InvokeInst>(Cont->getSinglePredecessor()->getTerminator());
}

/// Leaves the block with a runtime call that never returns (a throw).
static void emitThrowCall(FunctionLowering &FL, RuntimeFn Fn,
                          ArrayRef<Value *> Args) {
  CallInst *Call = FL.B.CreateCall(FL.MC.runtime(Fn), Args);
  FL.guardCall(Call);
  FL.B.CreateUnreachable();
  FL.markUnreachable();
}

Value *FunctionLowering::exceptionTag(uint32_t TagIdx) {
  Value *Tags = loadVMCtxField(WASMC_VMCTX_TAGS, MC.PtrTy, "tags");
  return MC.loadField(B, B.CreateConstInBoundsGEP1_64(MC.PtrTy, Tags, TagIdx),
                      0, MC.PtrTy, /*Invariant=*/true, "tag");
}

void FunctionLowering::openHandler(ArrayRef<CatchClause> Catches) {
  if (!F->hasPersonalityFn())
    F->setPersonalityFn(MC.personality());
  Handler H;
  H.Pad = BasicBlock::Create(MC.Ctx, "catch.pad");
  H.Dispatch = BasicBlock::Create(MC.Ctx, "catch.dispatch");
  H.Exn = PHINode::Create(MC.PtrTy, 2, "exn", H.Dispatch);
  H.Catches.assign(Catches.begin(), Catches.end());
  H.FrameIndex = Controls.size() - 1;
  Handlers.push_back(std::move(H));
}

BasicBlock *FunctionLowering::openDispatch(Handler &H) {
  if (pred_empty(H.Pad)) {
    // Nothing in the body can throw: no pad, and no inner dispatch passed
    // anything on to this one.
    H.Pad->deleteValue();
    if (pred_empty(H.Dispatch)) {
      H.Exn->dropAllReferences();
      H.Dispatch->deleteValue();
      return nullptr;
    }
  } else {
    H.Pad->insertInto(F);
    B.SetInsertPoint(H.Pad);
    LandingPadInst *LP = B.CreateLandingPad(
        StructType::get(MC.Ctx, {MC.PtrTy, MC.I32Ty}), 1, "lp");
    LP->addClause(ConstantPointerNull::get(MC.PtrTy));
    H.Exn->addIncoming(B.CreateExtractValue(LP, {0u}, "lp.exn"), H.Pad);
    // The callee that threw charged its own instructions.
    loadFuel();
    B.CreateBr(H.Dispatch);
  }
  H.Dispatch->insertInto(F);
  B.SetInsertPoint(H.Dispatch);
  return H.Dispatch;
}

void FunctionLowering::passOn(Value *Exn, size_t Limit) {
  for (auto It = Handlers.rbegin(); It != Handlers.rend(); ++It)
    if (It->FrameIndex <= Limit) {
      It->Exn->addIncoming(Exn, B.GetInsertBlock());
      B.CreateBr(It->Dispatch);
      return;
    }
  // Unguarded: no handler of this function encloses the target.
  B.CreateCall(MC.runtime(RuntimeFn::ThrowRef), {VMCtx, Exn});
  B.CreateUnreachable();
}

/// Loads the payload of Exn, of tag TagIdx's parameter types.
static std::vector<Value *> loadPayload(FunctionLowering &FL, Value *Exn,
                                        uint32_t TagIdx) {
  const FuncType &TT = FL.WM.Types[FL.WM.TagTypes[TagIdx]];
  std::vector<Value *> Vals;
  for (size_t K = 0; K < TT.Params.size(); ++K)
    Vals.push_back(FL.MC.loadField(
        FL.B, Exn, WASMC_EXCEPTION_VALUES + K * sizeof(wasmc_value),
        FL.MC.toLLVM(TT.Params[K]), /*Invariant=*/true, "payload"));
  return Vals;
}

/// Branches to Match if Exn's tag is TagIdx, else to a new block, which
/// it returns.
static BasicBlock *testTag(FunctionLowering &FL, Value *Exn, uint32_t TagIdx,
                           BasicBlock *Match) {
  IRBuilder<> &B = FL.B;
  Value *Thrown = FL.MC.loadField(B, Exn, WASMC_EXCEPTION_TAG, FL.MC.PtrTy,
                                  /*Invariant=*/true, "exn.tag");
  BasicBlock *Next = BasicBlock::Create(FL.MC.Ctx, "catch.next", FL.F);
  B.CreateCondBr(B.CreateICmpEQ(Thrown, FL.exceptionTag(TagIdx), "is.tag"),
                 Match, Next);
  return Next;
}

void FunctionLowering::closeHandler() {
  Handler H = std::move(Handlers.back());
  Handlers.pop_back();
  if (!openDispatch(H))
    return;
  Value *Exn = H.Exn;
  size_t Height = Stack.size();
  for (const CatchClause &C : H.Catches) {
    bool All = C.K == CatchClause::CatchAll || C.K == CatchClause::CatchAllRef;
    bool Ref = C.K == CatchClause::CatchRef || C.K == CatchClause::CatchAllRef;
    BasicBlock *Next = nullptr;
    if (!All) {
      BasicBlock *Match = BasicBlock::Create(MC.Ctx, "catch.match", F);
      Next = testTag(*this, Exn, C.Tag, Match);
      B.SetInsertPoint(Match);
      for (Value *V : loadPayload(*this, Exn, C.Tag))
        push(V);
    }
    if (Ref) {
      // An exnref may outlive the handler: the exception stays allocated.
      B.CreateCall(MC.runtime(RuntimeFn::ExceptionEscape), {VMCtx, Exn});
      push(Exn);
    } else {
      B.CreateCall(MC.runtime(RuntimeFn::ExceptionDrop), {VMCtx, Exn});
    }
    B.CreateBr(addBranchEdge(C.Label));
    Stack.resize(Height);
    if (All)
      return;
    B.SetInsertPoint(Next);
  }
  // No clause matched.
  passOn(Exn);
}

void FunctionLowering::finishHandlers(ControlFrame &Fr) {
  switch (Fr.Kind) {
  case Opcode::TryTable:
  case Opcode::Try: // a try without catch clauses catches nothing
    closeHandler();
    return;
  case Opcode::Catch:
    // A catch clause of a legacy try: what no clause matched goes on.
    if (Fr.CatchNext) {
      B.SetInsertPoint(Fr.CatchNext);
      passOn(Fr.DispatchExn);
    }
    return;
  default:
    return;
  }
}

void FunctionLowering::emitThrow(uint32_t Tag, ArrayRef<Value *> Vals) {
  Value *Slots = ConstantPointerNull::get(MC.PtrTy);
  if (!Vals.empty()) {
    IRBuilder<> EB(Entry->getTerminator());
    AllocaInst *A = EB.CreateAlloca(
        ArrayType::get(Type::getInt128Ty(MC.Ctx), Vals.size()), nullptr,
        "throw.values");
    A->setAlignment(Align(16));
    Slots = A;
    for (size_t K = 0; K < Vals.size(); ++K)
      B.CreateAlignedStore(
          Vals[K],
          B.CreateConstInBoundsGEP1_64(MC.I8Ty, A, K * sizeof(wasmc_value)),
          MC.stateAlign(Vals[K]->getType()));
  }
  emitThrowCall(*this, RuntimeFn::Throw, {VMCtx, i32(Tag), Slots});
}

bool FunctionLowering::lowerLegacyCatch(const Instr &I) {
  ControlFrame &Fr = Controls.back();
  switch (I.Op) {
  case Opcode::Catch:
  case Opcode::CatchAll: {
    bool First = Fr.Kind == Opcode::Try;
    fallThrough(Fr);
    Stack.resize(Fr.StackHeight);
    Fr.Unreachable = false;
    Fr.CaughtExn = nullptr;
    Fr.CaughtValues.clear();
    if (First) {
      Handler H = std::move(Handlers.back());
      Handlers.pop_back();
      Fr.HasDispatch = openDispatch(H) != nullptr;
      Fr.CatchNext = Fr.HasDispatch ? B.GetInsertBlock() : nullptr;
      Fr.DispatchExn = H.Exn;
    }
    Fr.Kind = I.Op;
    if (!Fr.CatchNext) {
      // Nothing thrown reaches this clause.
      markUnreachable();
      return true;
    }
    B.SetInsertPoint(Fr.CatchNext);
    if (I.Op == Opcode::CatchAll) {
      Fr.CatchNext = nullptr;
      Fr.CaughtExn = Fr.DispatchExn;
      return true;
    }
    BasicBlock *Body = BasicBlock::Create(MC.Ctx, "catch.body", F);
    Fr.CatchNext = testTag(*this, Fr.DispatchExn, I.A, Body);
    B.SetInsertPoint(Body);
    // rethrow throws the tag and payload anew: without exnrefs, nothing
    // can tell the copy from the original, and the original can go now.
    Fr.CaughtTag = I.A;
    Fr.CaughtValues = loadPayload(*this, Fr.DispatchExn, I.A);
    B.CreateCall(MC.runtime(RuntimeFn::ExceptionDrop),
                 {VMCtx, Fr.DispatchExn});
    for (Value *V : Fr.CaughtValues)
      push(V);
    return true;
  }
  case Opcode::Delegate: {
    // Ends the try body; what it throws goes to the handlers around label
    // I.A (counted from outside the try), or to the caller past the
    // function's outermost label.
    fallThrough(Fr);
    Stack.resize(Fr.StackHeight);
    Fr.Unreachable = true; // fallen through already
    Fr.Kind = Opcode::Block;
    Handler H = std::move(Handlers.back());
    Handlers.pop_back();
    // The frame label I.A names, outside the try (the function's body,
    // frame 0, for the outermost label: no handler encloses it).
    if (openDispatch(H))
      passOn(H.Exn, Controls.size() - 2 - I.A);
    endFrame();
    return true;
  }
  case Opcode::Rethrow: {
    ControlFrame &Target = Controls[Controls.size() - 1 - I.A];
    if (Target.CaughtExn)
      emitThrowCall(*this, RuntimeFn::ThrowRef, {VMCtx, Target.CaughtExn});
    else
      emitThrow(Target.CaughtTag, Target.CaughtValues);
    return true;
  }
  default:
    return false;
  }
}

bool FunctionLowering::lowerException(const Instr &I) {
  switch (I.Op) {
  case Opcode::Throw:
    emitThrow(I.A, popN(WM.Types[WM.TagTypes[I.A]].Params.size()));
    return true;
  case Opcode::ThrowRef:
    emitThrowCall(*this, RuntimeFn::ThrowRef, {VMCtx, pop()});
    return true;
  case Opcode::TryTable:
    openBlock(I, Opcode::TryTable);
    openHandler(I.Catches);
    return true;
  case Opcode::Try:
    openBlock(I, Opcode::Try);
    openHandler({});
    return true;
  default:
    return lowerLegacyCatch(I);
  }
}

} // namespace wasmc
