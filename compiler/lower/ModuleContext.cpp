//===- ModuleContext.cpp - State shared by the lowering of all functions --===//
#include "lower/ModuleContext.h"
#include "wasmc/abi.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/IR/MDBuilder.h"

using namespace llvm;

namespace wasmc {

ModuleContext::ModuleContext(const Module &WM, llvm::Module &LM,
                             const LowerOptions &Opts, const TargetInfo &Target)
    : WM(WM), LM(LM), Ctx(LM.getContext()), Opts(Opts), Target(Target) {
  PtrTy = PointerType::get(Ctx, 0);
  I8Ty = Type::getInt8Ty(Ctx);
  I16Ty = Type::getInt16Ty(Ctx);
  I32Ty = Type::getInt32Ty(Ctx);
  I64Ty = Type::getInt64Ty(Ctx);
  F32Ty = Type::getFloatTy(Ctx);
  F64Ty = Type::getDoubleTy(Ctx);
  V128Ty = FixedVectorType::get(I64Ty, 2);

  // Two sibling scalar types under one root never alias, so stores to
  // linear memory do not force reloads of vmctx fields, table pointers or
  // global cells (and the other way round).
  MDBuilder MDB(Ctx);
  MDNode *Root = MDB.createTBAARoot("wasmc TBAA");
  MDNode *MemTy = MDB.createTBAAScalarTypeNode("wasm linear memory", Root);
  MDNode *StateTy = MDB.createTBAAScalarTypeNode("wasmc instance state", Root);
  TBAAMemory = MDB.createTBAAStructTagNode(MemTy, MemTy, 0);
  TBAAVMCtx = MDB.createTBAAStructTagNode(StateTy, StateTy, 0);
  // A trap leaves the instance's globals as the spec says: every global.set
  // before the trapping instruction done, none after (an embedder may call
  // the instance again). An explicit check's trap is a call, which LLVM
  // keeps stores in front of. A guard-page trap is a load or store that
  // faults, which LLVM does not know can happen: a global cell it believed
  // apart from linear memory, it would keep in a register across a loop of
  // memory accesses and store only on the way out, or order after them, so
  // a fault in the loop would leave a stale value. Under the linear-memory
  // type (a child aliases its parent), global cells stay ordered with every
  // memory access, and still apart from the vmctx fields.
  MDNode *GlobalTy = MDB.createTBAAScalarTypeNode(
      "wasm mutable global",
      Opts.Bounds == BoundsChecks::Guard ? MemTy : StateTy);
  TBAAMutableGlobal = MDB.createTBAAStructTagNode(GlobalTy, GlobalTy, 0);
}

Type *ModuleContext::toLLVM(ValType T) const {
  switch (T.code()) {
  case TypeCode::I32:
    return I32Ty;
  case TypeCode::I64:
    return I64Ty;
  case TypeCode::F32:
    return F32Ty;
  case TypeCode::F64:
    return F64Ty;
  case TypeCode::V128:
    return V128Ty;
  case TypeCode::Ref:
    return PtrTy;
  case TypeCode::Unknown:
    break;
  }
  llvm_unreachable("value type not produced by the reader");
}

StructType *ModuleContext::resultsType(const FuncType &FT) const {
  SmallVector<Type *, 4> Elts;
  for (ValType R : FT.Results)
    Elts.push_back(toLLVM(R));
  return StructType::get(Ctx, Elts);
}

FunctionType *ModuleContext::nativeType(const FuncType &FT) const {
  SmallVector<Type *, 8> Params;
  Params.push_back(PtrTy);
  if (resultsInMemory(FT))
    Params.push_back(PtrTy);
  for (ValType P : FT.Params)
    Params.push_back(toLLVM(P));
  Type *Ret;
  if (FT.Results.empty() || resultsInMemory(FT))
    Ret = Type::getVoidTy(Ctx);
  else if (FT.Results.size() == 1)
    Ret = toLLVM(FT.Results[0]);
  else
    Ret = resultsType(FT);
  return FunctionType::get(Ret, Params, /*isVarArg=*/false);
}

/// Parses one type of the WASMC_RT_LIST signature notation ("void", "ptr",
/// "i32", "i64").
static Type *runtimeType(StringRef S, const ModuleContext &MC) {
  S = S.trim();
  return StringSwitch<Type *>(S)
      .Case("void", Type::getVoidTy(MC.Ctx))
      .Case("ptr", MC.PtrTy)
      .Case("i32", MC.I32Ty)
      .Case("i64", MC.I64Ty)
      .Default(nullptr);
}

FunctionCallee ModuleContext::runtime(RuntimeFn F) {
  FunctionCallee &Callee = Runtime[size_t(F)];
  if (Callee)
    return Callee;

  StringRef Name = runtimeSymbol(F);
  StringRef Sig = runtimeSignature(F);
  // "ret(arg,arg,...)"
  auto [RetS, Rest] = Sig.split('(');
  Rest = Rest.drop_back(); // ')'
  Type *Ret = runtimeType(RetS, *this);
  SmallVector<Type *, 8> Params;
  SmallVector<StringRef, 8> ParamS;
  Rest.split(ParamS, ',', -1, /*KeepEmpty=*/false);
  for (StringRef P : ParamS)
    Params.push_back(runtimeType(P, *this));
  if (!Ret || is_contained(Params, nullptr))
    report_fatal_error(Twine("wasmc: bad runtime signature for ") + Name);

  FunctionType *FTy = FunctionType::get(Ret, Params, false);
  Callee = LM.getOrInsertFunction(Name, FTy);
  if (auto *Fn = dyn_cast<Function>(Callee.getCallee())) {
    // Traps leave by a non-local exit from the signal/trap machinery, so
    // the only runtime calls that unwind are the throws, which raise Wasm
    // exceptions on the platform unwinder (rtlib/exceptions).
    bool Throws = F == RuntimeFn::Throw || F == RuntimeFn::ThrowRef;
    if (!Throws)
      Fn->addFnAttr(Attribute::NoUnwind);
    if (F == RuntimeFn::Trap || Throws) {
      Fn->addFnAttr(Attribute::NoReturn);
      Fn->addFnAttr(Attribute::Cold);
    }
    if (F == RuntimeFn::StackCheck)
      Fn->addFnAttr(Attribute::Cold);
  }
  return Callee;
}

MDNode *ModuleContext::unlikely() const {
  return MDBuilder(Ctx).createBranchWeights(1, 1u << 20);
}

Align ModuleContext::stateAlign(Type *Ty) const {
  // Instance state is C data from abi.h: nothing in it (wasmc_value cells
  // holding a v128 included) is aligned beyond 8.
  return std::min(LM.getDataLayout().getABITypeAlign(Ty), Align(8));
}

LoadInst *ModuleContext::loadField(IRBuilderBase &B, Value *Base,
                                   uint64_t Offset, Type *Ty, bool Invariant,
                                   const Twine &Name) {
  Value *Addr = Offset ? B.CreateConstInBoundsGEP1_64(I8Ty, Base, Offset)
                       : Base;
  LoadInst *L = B.CreateAlignedLoad(Ty, Addr, stateAlign(Ty), Name);
  L->setMetadata(LLVMContext::MD_tbaa, TBAAVMCtx);
  if (Invariant)
    L->setMetadata(LLVMContext::MD_invariant_load, MDNode::get(Ctx, {}));
  return L;
}

ModuleContext::CallTarget
ModuleContext::functionTarget(IRBuilderBase &B, Value *VMCtx,
                              uint32_t FuncIdx) {
  const FuncType &FT = WM.funcType(FuncIdx);
  if (!WM.isImportedFunc(FuncIdx)) {
    Function *Body = definedFunction(FuncIdx);
    return {&FT, Body, VMCtx, Body->getCallingConv()};
  }
  // The funcs array and imported records are filled at instantiation and
  // never change afterwards.
  Value *Funcs = loadField(B, VMCtx, WASMC_VMCTX_FUNCS, PtrTy, true, "funcs");
  Value *Rec = B.CreateConstInBoundsGEP1_64(
      I8Ty, Funcs, uint64_t(FuncIdx) * sizeof(wasmc_funcref), "import");
  Value *Code = loadField(B, Rec, offsetof(wasmc_funcref, code), PtrTy, true,
                          "import.code");
  Value *CalleeCtx = loadField(B, Rec, offsetof(wasmc_funcref, vmctx), PtrTy,
                               true, "import.vmctx");
  return {&FT, FunctionCallee(nativeType(FT), Code), CalleeCtx,
          CallingConv::Tail};
}

ModuleContext::CallTarget
ModuleContext::funcrefTarget(IRBuilderBase &B, Value *Ref, uint32_t TypeIdx) {
  const FuncType &FT = WM.Types[TypeIdx];
  Value *Code = loadField(B, Ref, offsetof(wasmc_funcref, code), PtrTy, false,
                          "callee.code");
  Value *CalleeCtx = loadField(B, Ref, offsetof(wasmc_funcref, vmctx), PtrTy,
                               false, "callee.vmctx");
  return {&FT, FunctionCallee(nativeType(FT), Code), CalleeCtx,
          CallingConv::Tail};
}

/// The native arguments of a call of T: vmctx, the result buffer if any,
/// then the Wasm arguments.
static SmallVector<Value *, 8> nativeArgs(const ModuleContext::CallTarget &T,
                                          Value *Results,
                                          ArrayRef<Value *> Args) {
  SmallVector<Value *, 8> CallArgs;
  CallArgs.push_back(T.VMCtx);
  if (Results)
    CallArgs.push_back(Results);
  CallArgs.append(Args.begin(), Args.end());
  return CallArgs;
}

CallInst *ModuleContext::emitCall(IRBuilderBase &B, const CallTarget &T,
                                  ArrayRef<Value *> Args,
                                  SmallVectorImpl<Value *> &Out) {
  const FuncType &FT = *T.Type;
  Value *Buf = nullptr;
  StructType *ResTy = nullptr;
  if (resultsInMemory(FT)) {
    ResTy = resultsType(FT);
    // The entry block may still be empty (an export trampoline without
    // parameters), so insert by block and position, not before an
    // instruction.
    BasicBlock &Entry = B.GetInsertBlock()->getParent()->getEntryBlock();
    IRBuilder<> EB(&Entry, Entry.getFirstInsertionPt());
    Buf = EB.CreateAlloca(ResTy, nullptr, "call.results");
  }
  CallInst *C = B.CreateCall(T.Code, nativeArgs(T, Buf, Args));
  C->setCallingConv(T.CC);
  if (Buf) {
    for (size_t K = 0; K < FT.Results.size(); ++K)
      Out.push_back(B.CreateLoad(ResTy->getElementType(K),
                                 B.CreateStructGEP(ResTy, Buf, K),
                                 "result" + Twine(K)));
  } else if (FT.Results.size() == 1) {
    Out.push_back(C);
  } else {
    for (size_t K = 0; K < FT.Results.size(); ++K)
      Out.push_back(B.CreateExtractValue(C, {unsigned(K)}));
  }
  return C;
}

void ModuleContext::emitTailCall(IRBuilderBase &B, Function *Caller,
                                 const CallTarget &T, ArrayRef<Value *> Args) {
  // musttail needs tailcc on both sides: a function with a tail call and
  // the direct targets of return_call have tailcc bodies, and everything
  // else is called through a record (CallConventions.h).
  assert(Caller->getCallingConv() == CallingConv::Tail &&
         T.CC == CallingConv::Tail && "a tail call outside tailcc");
  // Validation made T's results the caller's, so both have the same
  // native return type, or both take a result buffer: the caller's own.
  Value *Buf = resultsInMemory(*T.Type) ? Caller->getArg(1) : nullptr;
  CallInst *C = B.CreateCall(T.Code, nativeArgs(T, Buf, Args));
  C->setCallingConv(CallingConv::Tail);
  C->setTailCallKind(CallInst::TCK_MustTail);
  if (C->getType()->isVoidTy())
    B.CreateRetVoid();
  else
    B.CreateRet(C);
}

std::string ModuleContext::codeSectionName() const {
  // Mach-O section specifiers name the segment too; the section stays
  // executable code.
  if (isMachO())
    return std::string("__TEXT,") + WASMC_CODE_SECTION +
           ",regular,pure_instructions";
  return WASMC_CODE_SECTION;
}

void ModuleContext::markWasmCode(Function &Fn, uint32_t FuncIdx,
                                 bool Copy) const {
  if (!Opts.AddressMap)
    return;
  Type *I32 = Type::getInt32Ty(Ctx);
  Fn.setMetadata(WasmCodeMetadata,
                 MDNode::get(Ctx, {ConstantAsMetadata::get(
                                       ConstantInt::get(I32, FuncIdx)),
                                   ConstantAsMetadata::get(
                                       ConstantInt::get(I32, Copy))}));
}

Constant *ModuleContext::personality() {
  auto *P = cast<Function>(
      LM.getOrInsertFunction(WASMC_PERSONALITY_SYMBOL,
                             FunctionType::get(I32Ty, /*isVarArg=*/true))
          .getCallee());
  // Weak: every export trampoline refers to it, and a program that throws
  // nothing need not link the unwinder (rtlib's throws pull it in; an
  // unresolved personality makes the entry's pad inert, and with no throw
  // in the process no exception can reach it).
  P->setLinkage(GlobalValue::ExternalWeakLinkage);
  return P;
}

void ModuleContext::setWasmFunctionAttributes(Function &Fn) const {
  // The trap handler identifies Wasm code by this section, and walks frame
  // pointers for the backtrace.
  Fn.setSection(codeSectionName());
  Fn.addFnAttr("frame-pointer", "all");
  // Not nounwind: Wasm exceptions unwind through compiled frames. LLVM
  // infers nounwind where nothing a function calls can throw, and emits
  // unwind tables for the others.
  // Only return_call* may reuse the frame (musttail ignores this
  // attribute): an ordinary call takes stack, so unbounded recursion must
  // end in the stack-exhaustion trap. Tail-recursion elimination and
  // sibling calls would turn it into an endless loop.
  Fn.addFnAttr("disable-tail-calls", "true");
  // The prologue's stack-limit check only sees the frame address; a frame
  // larger than rtlib's margin below the limit could skip past it. Probing
  // makes such a frame touch every page on its way down, so it faults on
  // the guard below the Wasm stack (reported as stack exhaustion) instead of
  // writing beyond it.
  Fn.addFnAttr("probe-stack", "inline-asm");
}

} // namespace wasmc
