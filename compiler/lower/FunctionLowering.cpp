//===- FunctionLowering.cpp - Lowering of one function body --------------===//
//
// The core of the per-function lowering: the prologue (locals, stack-limit
// check), the dispatch loop that hands each instruction to its family and
// skips dead code, and the instance-state and trap helpers that every family
// shares.
//
//===----------------------------------------------------------------------===//
#include "lower/FunctionLowering.h"
#include "lower/DebugInfo.h"
#include "lower/KeepAlive.h"
#include "lower/Simd.h"
#include "lower/StackCheck.h"
#include "reader/InstrReader.h"
#include "support/Diagnostic.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

namespace wasmc {

/// Web engines reject functions with more locals than this; wasmc does the
/// same rather than build an entry block of millions of allocas.
static constexpr uint64_t MaxLocals = 50000;

FunctionLowering::FunctionLowering(ModuleContext &MC, uint32_t FuncIdx)
    : MC(MC), WM(MC.WM), FuncIdx(FuncIdx), F(MC.definedFunction(FuncIdx)),
      B(MC.Ctx), VMCtx(F->getArg(0)) {
  VMCtx->setName("vmctx");
}

std::vector<Value *> FunctionLowering::popN(unsigned N) {
  std::vector<Value *> Vals(Stack.end() - N, Stack.end());
  Stack.resize(Stack.size() - N);
  return Vals;
}

//--- Instance state ----------------------------------------------------------

Value *FunctionLowering::loadVMCtxField(unsigned Offset, Type *Ty,
                                        const Twine &Name) {
  return MC.loadField(B, VMCtx, Offset, Ty, /*Invariant=*/true, Name);
}

/// The wasmc_memory* of memory Mem: memory 0 has its own vmctx field, the
/// others are in the vmctx->memories array. Neither moves during a call.
static Value *memoryObject(ModuleContext &MC, IRBuilderBase &B, Value *VMCtx,
                           uint32_t Mem) {
  if (Mem == 0)
    return MC.loadField(B, VMCtx, WASMC_VMCTX_MEM0, MC.PtrTy, true, "mem0");
  Value *Mems =
      MC.loadField(B, VMCtx, WASMC_VMCTX_MEMORIES, MC.PtrTy, true, "mems");
  Value *Slot = B.CreateConstInBoundsGEP1_64(MC.PtrTy, Mems, Mem);
  return MC.loadField(B, Slot, 0, MC.PtrTy, true, "mem" + Twine(Mem));
}

Value *FunctionLowering::memoryBase(uint32_t Mem) {
  // The base never moves (the reservation is mapped up front), so one load
  // in the entry block serves the whole body.
  if (Mem >= MemBases.size())
    MemBases.resize(Mem + 1, nullptr);
  if (!MemBases[Mem]) {
    IRBuilder<> EB(Entry->getTerminator());
    MemBases[Mem] =
        Mem == 0
            ? MC.loadField(EB, VMCtx, WASMC_VMCTX_MEM0_BASE, MC.PtrTy, true,
                           "mem0.base")
            : MC.loadField(EB, memoryObject(MC, EB, VMCtx, Mem),
                           offsetof(wasmc_memory, base), MC.PtrTy, true,
                           "mem" + Twine(Mem) + ".base");
  }
  return MemBases[Mem];
}

Value *FunctionLowering::memorySizeBytes(uint32_t Mem) {
  Value *Obj = memoryObject(MC, B, VMCtx, Mem);
  // Not invariant: memory.grow (here or in a callee) changes it.
  return MC.loadField(B, Obj, offsetof(wasmc_memory, size), MC.I64Ty, false,
                      "mem" + Twine(Mem) + ".size");
}

Value *FunctionLowering::globalCell(uint32_t Idx) {
  Value *Globals = loadVMCtxField(WASMC_VMCTX_GLOBALS, MC.PtrTy, "globals");
  Value *Slot = B.CreateConstInBoundsGEP1_64(MC.PtrTy, Globals, Idx);
  return MC.loadField(B, Slot, 0, MC.PtrTy, true, "global" + Twine(Idx));
}

Value *FunctionLowering::tableObject(IRBuilderBase &At, uint32_t Idx) {
  Value *Tables =
      MC.loadField(At, VMCtx, WASMC_VMCTX_TABLES, MC.PtrTy, true, "tables");
  Value *Slot = At.CreateConstInBoundsGEP1_64(MC.PtrTy, Tables, Idx);
  return MC.loadField(At, Slot, 0, MC.PtrTy, true, "table" + Twine(Idx));
}

Value *FunctionLowering::tablePtr(uint32_t Idx) { return tableObject(B, Idx); }

Value *FunctionLowering::fixedTableElems(uint32_t Idx) {
  Value *&Elems = FixedTableElems[Idx];
  if (!Elems) {
    IRBuilder<> EB(Entry->getTerminator());
    Elems = MC.loadField(EB, tableObject(EB, Idx),
                         offsetof(wasmc_table, elems), MC.PtrTy, true,
                         "table.elems");
  }
  return Elems;
}

Value *FunctionLowering::typeId(uint32_t TypeIdx) {
  Value *&Id = TypeIds[TypeIdx];
  if (!Id) {
    IRBuilder<> EB(Entry->getTerminator());
    Value *Ids = MC.loadField(EB, VMCtx, WASMC_VMCTX_TYPE_IDS, MC.PtrTy, true,
                              "type_ids");
    Id = MC.loadField(EB, EB.CreateConstInBoundsGEP1_64(MC.I32Ty, Ids, TypeIdx),
                      0, MC.I32Ty, true, "type" + Twine(TypeIdx) + ".id");
  }
  return Id;
}

//--- Traps -------------------------------------------------------------------

static const char *trapBlockName(wasmc_trap_code Code) {
  switch (Code) {
#define WASMC_TRAP_NAME(Name, Num, Text)                                       \
  case WASMC_TRAP_##Name:                                                      \
    return "trap." #Name;
    WASMC_TRAP_LIST(WASMC_TRAP_NAME)
#undef WASMC_TRAP_NAME
  default:
    return "trap";
  }
}

/// With debug locations (for the address map of backtraces), a trap call
/// must keep its own instruction's: nomerge stops the optimisers and the
/// code generator's tail merging from folding it into another site's.
void FunctionLowering::markTrapSite(CallInst *Call) {
  if (MC.DI)
    Call->addFnAttr(Attribute::NoMerge);
}

void FunctionLowering::trapIf(Value *Cond, wasmc_trap_code Code) {
  unsigned Slot = unsigned(Code) < std::size(TrapBlocks) ? unsigned(Code) : 0;
  // One trap block per kind of trap is enough to stop, but a backtrace
  // names the instruction that trapped, so with debug locations each site
  // has its own (stack exhaustion has one site, the function's entry).
  bool PerSite = MC.DI && Code != WASMC_TRAP_STACK_EXHAUSTED;
  BasicBlock *Shared = nullptr;
  BasicBlock *&TB = PerSite ? Shared : TrapBlocks[Slot];
  if (!TB) {
    TB = BasicBlock::Create(MC.Ctx, trapBlockName(Code), F);
    IRBuilder<> TBld(TB);
    TBld.SetCurrentDebugLocation(B.getCurrentDebugLocation());
    markTrapSite(TBld.CreateCall(MC.runtime(RuntimeFn::Trap), {VMCtx, i32(Code)}));
    TBld.CreateUnreachable();
    if (PerSite)
      SiteTrapBlocks.push_back(TB);
  }
  BasicBlock *Cont = BasicBlock::Create(MC.Ctx, "cont", F);
  B.CreateCondBr(Cond, TB, Cont, MC.unlikely());
  B.SetInsertPoint(Cont);
}

void FunctionLowering::trap(wasmc_trap_code Code) {
  markTrapSite(B.CreateCall(MC.runtime(RuntimeFn::Trap), {VMCtx, i32(Code)}));
  B.CreateUnreachable();
}

void FunctionLowering::markLinearMemory(Instruction *I) {
  I->setMetadata(LLVMContext::MD_tbaa, MC.TBAAMemory);
}

void FunctionLowering::markVMCtx(Instruction *I) {
  I->setMetadata(LLVMContext::MD_tbaa, MC.TBAAVMCtx);
}

//--- Shared by the core families ---------------------------------------------

void FunctionLowering::blockSignature(const BlockType &BT,
                                      std::vector<ValType> &Params,
                                      std::vector<ValType> &Results) const {
  Params.clear();
  Results.clear();
  switch (BT.K) {
  case BlockType::Empty:
    break;
  case BlockType::Value:
    Results.push_back(BT.Type);
    break;
  case BlockType::TypeIndex:
    Params = WM.Types[BT.Index].Params;
    Results = WM.Types[BT.Index].Results;
    break;
  }
}

void FunctionLowering::markUnreachable() {
  ControlFrame &Fr = Controls.back();
  Fr.Unreachable = true;
  Stack.resize(Fr.StackHeight);
}

BasicBlock *FunctionLowering::addBranchEdge(uint32_t Depth) {
  ControlFrame &Target = Controls[Controls.size() - 1 - Depth];
  // A branch to a loop re-enters its header with the loop's parameters;
  // a branch to anything else leaves it with its results.
  bool IsLoop = Target.Kind == Opcode::Loop;
  std::vector<PHINode *> &Phis = IsLoop ? Target.Params : Target.Results;
  BasicBlock *From = B.GetInsertBlock();
  size_t N = Phis.size();
  for (size_t K = 0; K < N; ++K)
    Phis[K]->addIncoming(Stack[Stack.size() - N + K], From);
  return IsLoop ? Target.BranchTarget : Target.Merge;
}


//--- Optimisation budget -----------------------------------------------------

/// Promoting locals to SSA values gives each local a phi at each loop
/// header (and join) it is live across, so n locals across m loops cost
/// n x m phis, and SROA, IPSCCP and InstCombine then take time and memory
/// quadratic in the function's size: a hostile 87 KB function took 44 s and
/// 1.9 GB (docs/robustness.md). The largest product in real code seen is in
/// the thousands (Duktape's interpreter: 49 locals x 63 loops).
static constexpr size_t MaxLocalLoopProduct = 100000;

/// Leaves a function over the budget unoptimised (its locals stay in
/// memory), which keeps its cost linear in its size. It is still correct
/// and traps the same way; it is only slower.
static void limitOptimisation(Function &F, size_t NumLocals, size_t NumLoops) {
  if (NumLocals * NumLoops <= MaxLocalLoopProduct)
    return;
  F.addFnAttr(Attribute::OptimizeNone);
  F.addFnAttr(Attribute::NoInline);
}

//--- Stack-limit check elision ------------------------------------------------

/// Leaf functions with few locals whose frames fit in rtlib's stack margin
/// (256 KiB below the limit) several times over.
static constexpr size_t MaxLeafLocals = 256;

/// True if F calls nothing that can use more stack: no Wasm function, import,
/// funcref or runtime entry, only intrinsics and the no-return trap.
static bool isLeaf(const Function &F) {
  for (const Instruction &I : instructions(F)) {
    const auto *CB = dyn_cast<CallBase>(&I);
    // Keep-alive uses of loads call nothing (they become empty asm).
    if (!CB || CB->isInlineAsm() || isKeepAlive(*CB))
      continue;
    const Function *Callee = CB->getCalledFunction();
    if (!Callee)
      return false;
    // Epoch and stack checks call the runtime, which traps or returns.
    if (Callee->isIntrinsic() ||
        Callee->getName() == runtimeSymbol(RuntimeFn::Trap) ||
        Callee->getName() == runtimeSymbol(RuntimeFn::EpochReached) ||
        Callee->getName() == runtimeSymbol(RuntimeFn::StackCheck))
      continue;
    return false;
  }
  return true;
}

static void elideLeafStackCheck(Function &F, BasicBlock *&CheckBB,
                                size_t NumLocals) {
  // The check exists so that recursion ends in a trap. A leaf cannot
  // recurse, and its caller's check left at least the margin below this
  // frame; a leaf frame larger than that is still caught, as probe-stack
  // makes it fault on the guard below the limit (stack exhaustion). For
  // small helpers the check is a large share of the call's cost.
  if (!CheckBB || NumLocals > MaxLeafLocals || !isLeaf(F) ||
      removeEntryStackCheck(F) != CheckBB)
    return;
  if (pred_empty(CheckBB)) {
    CheckBB->eraseFromParent();
    CheckBB = nullptr;
  }
}

//--- The body ------------------------------------------------------------------

/// Whether a backtrace frame can stop at Op: it traps or it calls. For the
/// address map alone (no -g), only these need a location of their own; the
/// code of the others keeps the location before it, which gives the line
/// tables, and so the map, a row for each of these rather than for every
/// instruction.
static bool mayStop(Opcode Op) {
  switch (opcodeFamily(Op)) {
  case OpFamily::Call:
  case OpFamily::Memory:
  case OpFamily::Bulk:
  case OpFamily::TableRef:
  case OpFamily::SimdMemory:
    return true;
  case OpFamily::Control:
    return Op == Opcode::Unreachable;
  case OpFamily::Exception:
    return true; // throws, or calls inside a handler's scope
  case OpFamily::Numeric:
  case OpFamily::Conversion: {
    // Integer division and remainder, float-to-integer truncation.
    StringRef Name = opcodeName(Op);
    return Name.contains(".div_") || Name.contains(".rem_") ||
           Name.contains(".trunc_f");
  }
  case OpFamily::Variable:
  case OpFamily::SimdLanes:
  case OpFamily::SimdInt:
  case OpFamily::SimdFloat:
  case OpFamily::SimdConversion:
  case OpFamily::SimdRelaxed:
    return false;
  }
  llvm_unreachable("an opcode family mayStop does not know");
}

bool FunctionLowering::lowerFamily(const Instr &I) {
  switch (opcodeFamily(I.Op)) {
  case OpFamily::Control:
    return lowerControl(I);
  case OpFamily::Variable:
    return lowerVariable(I);
  case OpFamily::Call:
    return lowerCall(I);
  case OpFamily::Numeric:
    return lowerNumeric(I);
  case OpFamily::Conversion:
    return lowerConversion(I);
  case OpFamily::Memory:
    return lowerMemory(I);
  case OpFamily::Bulk:
    return lowerBulk(I);
  case OpFamily::TableRef:
    return lowerTableRef(I);
  case OpFamily::SimdMemory:
    return simd::lowerSimdMemory(*this, I);
  case OpFamily::SimdLanes:
    return simd::lowerSimdLanes(*this, I);
  case OpFamily::SimdInt:
    return simd::lowerSimdInt(*this, I);
  case OpFamily::SimdFloat:
    return simd::lowerSimdFloat(*this, I);
  case OpFamily::SimdConversion:
    return simd::lowerSimdConversion(*this, I);
  case OpFamily::SimdRelaxed:
    return simd::lowerSimdRelaxed(*this, I);
  case OpFamily::Exception:
    return lowerException(I);
  }
  llvm_unreachable("opcodeFamily returned a value outside OpFamily");
}

Error FunctionLowering::lower() {
  const FunctionBody &Body = WM.Bodies[FuncIdx - WM.NumImportedFuncs];
  const FuncType &FT = WM.Types[Body.TypeIdx];
  if (Body.NumLocals > MaxLocals)
    return makeError(Body.BodyOffset,
                     "function " + Twine(FuncIdx) + " declares " +
                         Twine(Body.NumLocals) +
                         " locals, more than wasmc supports (" +
                         Twine(MaxLocals) + ")");

  Entry = BasicBlock::Create(MC.Ctx, "entry", F);
  B.SetInsertPoint(Entry);
  if (MC.DI) {
    MC.DI->beginFunction(*F, FuncIdx);
    B.SetCurrentDebugLocation(MC.DI->at(Body.CodeOffset));
  }

  // Locals live in allocas; mem2reg/SROA promote them.
  for (size_t K = 0; K < FT.Params.size(); ++K) {
    Type *Ty = MC.toLLVM(FT.Params[K]);
    AllocaInst *A = B.CreateAlloca(Ty, nullptr, "p" + Twine(K));
    Locals.push_back(A);
    LocalTypes.push_back(FT.Params[K]);
  }
  for (const LocalDecl &D : Body.Locals) {
    Type *Ty = MC.toLLVM(D.Type);
    for (uint32_t N = 0; N < D.Count; ++N) {
      AllocaInst *A =
          B.CreateAlloca(Ty, nullptr, "l" + Twine(Locals.size()));
      Locals.push_back(A);
      LocalTypes.push_back(D.Type);
    }
  }
  for (size_t K = 0; K < Locals.size(); ++K) {
    Value *Init = K < FT.Params.size()
                      ? static_cast<Value *>(
                            F->getArg(K + ModuleContext::firstParamArg(FT)))
                      : Constant::getNullValue(Locals[K]->getAllocatedType());
    B.CreateStore(Init, Locals[K]);
  }

  // Deep recursion must trap, not run into the guard page below the native
  // stack: compare this frame against the limit rtlib computed.
  const DataLayout &DL = MC.LM.getDataLayout();
  Type *IntPtrTy = DL.getIntPtrType(MC.Ctx);
  Value *Frame = B.CreateIntrinsic(Intrinsic::frameaddress, {MC.PtrTy},
                                   {i32(0)}, nullptr, "frame");
  Value *SP = B.CreatePtrToInt(Frame, IntPtrTy);
  Value *Limit = MC.loadField(B, VMCtx, WASMC_VMCTX_STACK_LIMIT, IntPtrTy,
                              /*Invariant=*/false, "stack_limit");
  // Below the limit, the runtime decides: the stack is exhausted (a trap),
  // or the limit is not this thread's (an instance reached through another
  // instance's imports, last run on another thread or not yet in this
  // call), and it sets this thread's and lets the function run.
  StackCheckBlock = BasicBlock::Create(MC.Ctx, "stack.check", F);
  BasicBlock *BodyBB = BasicBlock::Create(MC.Ctx, "body", F);
  B.CreateCondBr(B.CreateICmpULT(SP, Limit, "stack.below"), StackCheckBlock,
                 BodyBB, MC.unlikely());
  {
    IRBuilder<> SB(StackCheckBlock);
    SB.SetCurrentDebugLocation(B.getCurrentDebugLocation());
    markTrapSite(SB.CreateCall(MC.runtime(RuntimeFn::StackCheck), {VMCtx}));
    SB.CreateBr(BodyBB);
  }
  B.SetInsertPoint(BodyBB);
  // Recursion passes function entries (loops check their headers).
  BranchInst *EntryEpochCheck = epochCheck();
  fuelCheck();

  // The function body is the outermost frame; its merge block returns.
  ControlFrame Fn;
  Fn.Kind = Opcode::Nop;
  Fn.Merge = BasicBlock::Create(MC.Ctx, "return");
  Fn.BranchTarget = Fn.Merge;
  Fn.ElseBlock = nullptr;
  for (ValType R : FT.Results)
    Fn.Results.push_back(PHINode::Create(MC.toLLVM(R), 2, "ret", Fn.Merge));
  Fn.StackHeight = 0;
  Fn.NumParams = 0;
  Fn.NumResults = FT.Results.size();
  Controls.push_back(std::move(Fn));

  InstrReader R(Body.Code, Body.CodeOffset, MC.WM.Feats);
  Instr I;
  size_t NumLoops = 0;
  while (!R.atEnd()) {
    if (Error E = R.next(I))
      return E;
    if (Controls.empty())
      return makeError(I.Offset, "internal: code after the end of function " +
                                     Twine(FuncIdx));

    // Dead code is only scanned for the `else`/`end` that revives it.
    if (Controls.back().Unreachable) {
      switch (I.Op) {
      case Opcode::Block:
      case Opcode::Loop:
      case Opcode::If:
      case Opcode::TryTable:
      case Opcode::Try:
        ++DeadDepth;
        continue;
      case Opcode::Else:
      case Opcode::Catch:
      case Opcode::CatchAll:
        if (DeadDepth)
          continue;
        break;
      case Opcode::Delegate:
      case Opcode::End:
        if (DeadDepth) {
          --DeadDepth;
          continue;
        }
        break;
      default:
        continue;
      }
    }

    NumLoops += I.Op == Opcode::Loop;
    // A loop's header may stop at its epoch or fuel check.
    if (MC.DI && (MC.DI->full() || mayStop(I.Op) ||
                  (I.Op == Opcode::Loop &&
                   (MC.Opts.EpochChecks || MC.Opts.FuelMetering))))
      B.SetCurrentDebugLocation(MC.DI->at(I.Offset));
    meterFuel(I);
    if (lowerFamily(I)) {
      fuelAfter(I);
      // A family may end the block itself (an unconditional trap); what
      // follows is then dead code like after `unreachable`.
      if (!Controls.empty() && !Controls.back().Unreachable &&
          B.GetInsertBlock()->getTerminator())
        markUnreachable();
      continue;
    }
    return makeError(I.Offset, Twine("internal: unhandled opcode ") +
                                   opcodeName(I.Op) + " in function " +
                                   Twine(FuncIdx));
  }
  if (!Controls.empty())
    return makeError(R.offset(), "internal: function " + Twine(FuncIdx) +
                                     " ended inside a block");

  if (EntryEpochCheck && isLeaf(*F))
    elideLeafEpochCheck(EntryEpochCheck);
  elideLeafStackCheck(*F, StackCheckBlock, Locals.size());
  limitOptimisation(*F, Locals.size(), NumLoops);

  // Cold trap blocks last, out of the way of the straight-line code.
  for (BasicBlock *TB : TrapBlocks)
    if (TB)
      TB->moveAfter(&F->back());
  for (BasicBlock *TB : SiteTrapBlocks)
    TB->moveAfter(&F->back());
  for (BasicBlock *EB : EpochBlocks)
    EB->moveAfter(&F->back());
  if (StackCheckBlock)
    StackCheckBlock->moveAfter(&F->back());
  return Error::success();
}

} // namespace wasmc
