//===- Control.cpp - Structured control flow -----------------------------===//
//
// Wasm blocks map onto LLVM blocks with phi nodes for the values that cross
// block boundaries: a block's or if's results are phis in its merge block
// (one incoming value per branch or fall-through), a loop's parameters are
// phis in its header. Block parameters that flow straight in need no phi:
// they stay on the operand stack. A branch hint (the
// metadata.code.branch_hint section) on an `if` or `br_if` becomes branch
// weights on its conditional branch.
//
//===----------------------------------------------------------------------===//
#include "lower/FunctionLowering.h"
#include "llvm/IR/MDBuilder.h"

using namespace llvm;

namespace wasmc {

static std::vector<PHINode *> makePhis(ModuleContext &MC, BasicBlock *BB,
                                       ArrayRef<ValType> Types,
                                       const char *Name) {
  std::vector<PHINode *> Phis;
  for (ValType T : Types)
    Phis.push_back(PHINode::Create(MC.toLLVM(T), 2, Name, BB));
  return Phis;
}

/// Emits the function's return from its merge block.
static void emitReturn(FunctionLowering &FL, ArrayRef<PHINode *> Results) {
  IRBuilder<> &B = FL.B;
  FL.saveFuel();
  if (Results.empty()) {
    B.CreateRetVoid();
    return;
  }
  if (Results.size() == 1) {
    B.CreateRet(Results[0]);
    return;
  }
  if (Results.size() > ModuleContext::MaxRegisterResults) {
    // Into the buffer the caller passed (ModuleContext::nativeType).
    SmallVector<Type *, 8> Tys;
    for (PHINode *R : Results)
      Tys.push_back(R->getType());
    StructType *ResTy = StructType::get(FL.MC.Ctx, Tys);
    for (size_t K = 0; K < Results.size(); ++K)
      B.CreateStore(Results[K],
                    B.CreateStructGEP(ResTy, FL.F->getArg(1), K));
    B.CreateRetVoid();
    return;
  }
  Value *Agg = PoisonValue::get(FL.F->getReturnType());
  for (size_t K = 0; K < Results.size(); ++K)
    Agg = B.CreateInsertValue(Agg, Results[K], {unsigned(K)});
  B.CreateRet(Agg);
}

void FunctionLowering::fallThrough(ControlFrame &Fr) {
  if (Fr.Unreachable)
    return;
  if (Fr.CaughtExn) // the end of a legacy catch_all body: done with it
    B.CreateCall(MC.runtime(RuntimeFn::ExceptionDrop), {VMCtx, Fr.CaughtExn});
  std::vector<Value *> Vals = popN(Fr.NumResults);
  for (size_t K = 0; K < Vals.size(); ++K)
    Fr.Results[K]->addIncoming(Vals[K], B.GetInsertBlock());
  B.CreateBr(Fr.Merge);
}

void FunctionLowering::endFrame() {
  FunctionLowering &FL = *this;
  FunctionLowering::ControlFrame Fr = std::move(FL.Controls.back());
  FL.Controls.pop_back();
  fallThrough(Fr);
  // An `if` without `else` passes its parameters through as results (the
  // validator made sure their types agree).
  if (Fr.ElseBlock) {
    Fr.ElseBlock->insertInto(FL.F);
    for (size_t K = 0; K < Fr.ElseParams.size(); ++K)
      Fr.Results[K]->addIncoming(Fr.ElseParams[K], Fr.ElseBlock);
    BranchInst::Create(Fr.Merge, Fr.ElseBlock);
  }
  FL.Stack.resize(Fr.StackHeight);
  // A try's handlers catch what its body threw; their labels are outside.
  FL.finishHandlers(Fr);

  Fr.Merge->insertInto(FL.F);
  if (pred_empty(Fr.Merge)) {
    // Nothing reaches the end: whatever follows in the parent is dead.
    Fr.Merge->eraseFromParent();
    if (!FL.Controls.empty())
      FL.markUnreachable();
    return;
  }
  B.SetInsertPoint(Fr.Merge);
  if (Fr.Kind == Opcode::Nop) {
    emitReturn(FL, Fr.Results);
    return;
  }
  for (PHINode *P : Fr.Results)
    FL.push(P);
}

/// A hinted branch is weighted as clang weights __builtin_expect: likely
/// 2000 to 1. A hint is a producer's expectation (often from a profile),
/// not a certainty like a trap edge (ModuleContext::unlikely()).
static constexpr uint32_t HintedWeight = 2000;
static constexpr uint32_t OtherWeight = 1;

MDNode *FunctionLowering::branchHintWeights(const Instr &I) {
  const std::vector<BranchHint> &Hints =
      WM.Bodies[FuncIdx - WM.NumImportedFuncs].BranchHints;
  // Hints on branches in dead code were skipped with it.
  while (NextHint < Hints.size() && Hints[NextHint].Offset < I.Offset)
    ++NextHint;
  if (NextHint == Hints.size() || Hints[NextHint].Offset != I.Offset)
    return nullptr;
  // The weights of a conditional branch are for its true successor, then
  // its false one.
  bool Likely = Hints[NextHint++].Likely;
  return MDBuilder(MC.Ctx).createBranchWeights(
      Likely ? HintedWeight : OtherWeight, Likely ? OtherWeight : HintedWeight);
}

void FunctionLowering::openBlock(const Instr &I, Opcode Kind) {
  std::vector<ValType> Params, Results;
  blockSignature(I.Block, Params, Results);
  ControlFrame Fr;
  Fr.Kind = Kind;
  Fr.ElseBlock = nullptr;
  Fr.NumParams = Params.size();
  Fr.NumResults = Results.size();
  Fr.StackHeight = Stack.size() - Params.size();
  Fr.Merge = BasicBlock::Create(MC.Ctx, Kind == Opcode::Loop ? "loop.end"
                                                             : "block.end");
  Fr.Results = makePhis(MC, Fr.Merge, Results, "res");
  if (Kind != Opcode::Loop) {
    Fr.BranchTarget = Fr.Merge;
  } else {
    BasicBlock *Header = BasicBlock::Create(MC.Ctx, "loop", F);
    Fr.BranchTarget = Header;
    Fr.Params = makePhis(MC, Header, Params, "lp");
    BasicBlock *From = B.GetInsertBlock();
    std::vector<Value *> Args = popN(Params.size());
    for (size_t K = 0; K < Args.size(); ++K) {
      Fr.Params[K]->addIncoming(Args[K], From);
      push(Fr.Params[K]);
    }
    B.CreateBr(Header);
    B.SetInsertPoint(Header);
    // Every iteration passes the header.
    epochCheck();
    fuelCheck();
  }
  Controls.push_back(std::move(Fr));
}

bool FunctionLowering::lowerControl(const Instr &I) {
  switch (I.Op) {
  case Opcode::Nop:
    return true;

  case Opcode::Unreachable:
    trap(WASMC_TRAP_UNREACHABLE);
    markUnreachable();
    return true;

  case Opcode::Block:
  case Opcode::Loop:
    openBlock(I, I.Op);
    return true;

  case Opcode::If: {
    std::vector<ValType> Params, Results;
    blockSignature(I.Block, Params, Results);
    Value *Cond = B.CreateICmpNE(pop(), i32(0), "if.cond");
    ControlFrame Fr;
    Fr.Kind = Opcode::If;
    Fr.NumParams = Params.size();
    Fr.NumResults = Results.size();
    Fr.StackHeight = Stack.size() - Params.size();
    Fr.Merge = BasicBlock::Create(MC.Ctx, "if.end");
    Fr.BranchTarget = Fr.Merge;
    Fr.Results = makePhis(MC, Fr.Merge, Results, "res");
    // The else arm (or the implicit empty one) starts from the same
    // parameters as the then arm.
    Fr.ElseParams.assign(Stack.end() - Params.size(), Stack.end());
    Fr.ElseBlock = BasicBlock::Create(MC.Ctx, "if.else");
    BasicBlock *Then = BasicBlock::Create(MC.Ctx, "if.then", F);
    B.CreateCondBr(Cond, Then, Fr.ElseBlock, branchHintWeights(I));
    B.SetInsertPoint(Then);
    Controls.push_back(std::move(Fr));
    return true;
  }

  case Opcode::Else: {
    ControlFrame &Fr = Controls.back();
    fallThrough(Fr);
    Stack.resize(Fr.StackHeight);
    Fr.ElseBlock->insertInto(F);
    B.SetInsertPoint(Fr.ElseBlock);
    for (Value *V : Fr.ElseParams)
      push(V);
    Fr.ElseParams.clear();
    Fr.ElseBlock = nullptr;
    Fr.Kind = Opcode::Else;
    Fr.Unreachable = false;
    return true;
  }

  case Opcode::End:
    endFrame();
    return true;

  case Opcode::Br:
    B.CreateBr(addBranchEdge(I.A));
    markUnreachable();
    return true;

  case Opcode::BrIf: {
    Value *Cond = B.CreateICmpNE(pop(), i32(0), "br_if.cond");
    // The carried values stay on the stack for the fall-through.
    BasicBlock *Dest = addBranchEdge(I.A);
    BasicBlock *Cont = BasicBlock::Create(MC.Ctx, "br_if.cont", F);
    B.CreateCondBr(Cond, Dest, Cont, branchHintWeights(I));
    B.SetInsertPoint(Cont);
    return true;
  }

  case Opcode::BrTable: {
    Value *Index = pop();
    // One phi entry per switch edge, duplicates included: LLVM wants an
    // incoming value for every predecessor edge.
    BasicBlock *Default = addBranchEdge(I.Targets.back());
    size_t NumCases = I.Targets.size() - 1;
    SwitchInst *SI = B.CreateSwitch(Index, Default, NumCases);
    for (size_t K = 0; K < NumCases; ++K)
      SI->addCase(i32(K), addBranchEdge(I.Targets[K]));
    markUnreachable();
    return true;
  }

  case Opcode::BrOnNull: {
    // Branches with the values below the reference when it is null (the
    // reference is dropped), else falls through with it, now non-null.
    Value *Ref = pop();
    Value *IsNull = B.CreateIsNull(Ref, "is.null");
    BasicBlock *Dest = addBranchEdge(I.A);
    BasicBlock *Cont = BasicBlock::Create(MC.Ctx, "br_on_null.cont", F);
    B.CreateCondBr(IsNull, Dest, Cont);
    B.SetInsertPoint(Cont);
    push(Ref);
    return true;
  }

  case Opcode::BrOnNonNull: {
    // Branches with the reference on top when it is not null; falls
    // through without it.
    Value *IsNull = B.CreateIsNull(peek(), "is.null");
    BasicBlock *Dest = addBranchEdge(I.A);
    BasicBlock *Cont = BasicBlock::Create(MC.Ctx, "br_on_non_null.cont", F);
    B.CreateCondBr(IsNull, Cont, Dest);
    B.SetInsertPoint(Cont);
    pop();
    return true;
  }

  case Opcode::Return:
    B.CreateBr(addBranchEdge(Controls.size() - 1));
    markUnreachable();
    return true;

  default:
    return false;
  }
}

} // namespace wasmc
