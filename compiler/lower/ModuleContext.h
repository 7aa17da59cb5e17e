//===- ModuleContext.h - State shared by the lowering of all functions -*- C++ -*-===//
//
// Owns the mapping from Wasm entities to LLVM ones for one module: LLVM
// types of Wasm values and function types, the LLVM function of each defined
// Wasm function, and declarations of the rtlib entry points (abi.h).
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LOWER_MODULECONTEXT_H
#define WASMC_LOWER_MODULECONTEXT_H

#include "lower/CallConventions.h"
#include "lower/Lowering.h"
#include "lower/RuntimeFn.h"
#include "reader/Module.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/MDBuilder.h"
#include <vector>

namespace wasmc {

class DebugInfo;

class ModuleContext {
public:
  ModuleContext(const Module &WM, llvm::Module &LM, const LowerOptions &Opts,
                const TargetInfo &Target);

  const Module &WM;
  llvm::Module &LM;
  llvm::LLVMContext &Ctx;
  const LowerOptions &Opts;
  /// With -g: the debug info every function's code is described in.
  DebugInfo *DI = nullptr;
  /// The only source of target facts in the lowering (never LM's triple).
  const TargetInfo &Target;

  llvm::PointerType *PtrTy;
  llvm::IntegerType *I8Ty, *I16Ty, *I32Ty, *I64Ty;
  llvm::Type *F32Ty, *F64Ty;
  llvm::FixedVectorType *V128Ty; // <2 x i64>; SIMD ops bitcast as needed

  llvm::Type *toLLVM(ValType T) const;
  /// Native signature of a Wasm function type: (ptr vmctx, params...) ->
  /// void | T | {T1, T2, ...}, or with more than MaxRegisterResults
  /// results (ptr vmctx, ptr results, params...) -> void, the results
  /// stored to resultsType() at `results`. Called with the tailcc
  /// convention through funcref records, and with the body's own (tailcc or
  /// C, CallConventions.h) by direct calls (docs/architecture.md, "Calls and
  /// tail calls").
  llvm::FunctionType *nativeType(const FuncType &FT) const;
  llvm::FunctionType *nativeType(uint32_t TypeIdx) const {
    return nativeType(WM.Types[TypeIdx]);
  }
  /// The most results a function returns in registers. A musttail call
  /// cannot return a value that the backend would return through a hidden
  /// pointer, and x86-64 returns at most three integers in registers (RAX,
  /// RDX, RCX); AArch64 returns eight. Beyond this the caller passes the
  /// result buffer explicitly, and a tail call passes its own caller's on.
  static constexpr size_t MaxRegisterResults = 3;
  static bool resultsInMemory(const FuncType &FT) {
    return FT.Results.size() > MaxRegisterResults;
  }
  /// The literal struct of FT's results (the in-memory result layout).
  llvm::StructType *resultsType(const FuncType &FT) const;
  /// Argument number of FT's first Wasm parameter in its native signature.
  static unsigned firstParamArg(const FuncType &FT) {
    return resultsInMemory(FT) ? 2 : 1;
  }

  /// LLVM function of a defined (not imported) Wasm function: its body,
  /// tailcc or C (CallConventions.h).
  llvm::Function *definedFunction(uint32_t FuncIdx) const {
    return Functions[FuncIdx - WM.NumImportedFuncs];
  }
  /// The tailcc code of a defined function that its funcref record holds:
  /// the body if that is tailcc, else its entry, or null for a C body that
  /// no funcref can reference.
  llvm::Function *functionEntry(uint32_t FuncIdx) const {
    return Entries[FuncIdx - WM.NumImportedFuncs];
  }
  /// What functionEntry is when it is not the body.
  EntryKind entryKind(uint32_t FuncIdx) const {
    return EntryKinds[FuncIdx - WM.NumImportedFuncs];
  }

  /// Declaration of an rtlib entry point, built from its WASMC_RT_LIST
  /// signature on first use.
  llvm::FunctionCallee runtime(RuntimeFn F);
  /// rtlib's personality routine (WASMC_PERSONALITY_SYMBOL, a weak
  /// reference), for functions with landing pads.
  llvm::Constant *personality();

  /// TBAA tags that tell LLVM linear memory, instance state (vmctx fields,
  /// globals, tables) and the stack of locals never alias.
  llvm::MDNode *TBAAMemory = nullptr;
  llvm::MDNode *TBAAVMCtx = nullptr;
  /// The cells of mutable globals: instance state with explicit bounds
  /// checks; with guard pages, a type that may alias linear memory (see
  /// ModuleContext's constructor).
  llvm::MDNode *TBAAMutableGlobal = nullptr;

  /// Branch weights for a conditional branch whose *true* edge is cold
  /// (the trap edge in trapIf).
  llvm::MDNode *unlikely() const;

  /// Loads a field at byte Offset of instance state at Base (vmctx, a table,
  /// a funcref record, ...), tagged as instance state. Invariant marks
  /// fields that never change once the instance is built (!invariant.load).
  llvm::LoadInst *loadField(llvm::IRBuilderBase &B, llvm::Value *Base,
                            uint64_t Offset, llvm::Type *Ty, bool Invariant,
                            const llvm::Twine &Name = "");

  /// Alignment of a Ty-typed field of instance state (abi.h structures,
  /// wasmc_value cells and argument slots): at most 8.
  llvm::Align stateAlign(llvm::Type *Ty) const;

  /// What a call of a Wasm function calls: its native type, the code and
  /// the vmctx the callee runs with, and the code's calling convention.
  struct CallTarget {
    const FuncType *Type;
    llvm::FunctionCallee Code;
    llvm::Value *VMCtx;
    llvm::CallingConv::ID CC;
  };
  /// Wasm function FuncIdx called from code running with VMCtx: the
  /// defined function's body in its own convention, or the (tailcc) code
  /// and vmctx of the import's record vmctx->funcs[FuncIdx].
  CallTarget functionTarget(llvm::IRBuilderBase &B, llvm::Value *VMCtx,
                            uint32_t FuncIdx);
  /// The funcref record Ref's code and vmctx, called as type TypeIdx.
  CallTarget funcrefTarget(llvm::IRBuilderBase &B, llvm::Value *Ref,
                           uint32_t TypeIdx);

  /// Calls T with the Wasm arguments Args and returns its Wasm results in
  /// Out. Results in memory go through a buffer allocated in the entry
  /// block of the function B is in.
  llvm::CallInst *emitCall(llvm::IRBuilderBase &B, const CallTarget &T,
                           llvm::ArrayRef<llvm::Value *> Args,
                           llvm::SmallVectorImpl<llvm::Value *> &Out);
  /// Ends the current block with a guaranteed tail call of T (tailcc) from
  /// Caller (a tailcc Wasm function whose results T's match): a musttail
  /// call and a return of its value. Results in memory are written
  /// by the callee straight to the buffer Caller received.
  void emitTailCall(llvm::IRBuilderBase &B, llvm::Function *Caller,
                    const CallTarget &T, llvm::ArrayRef<llvm::Value *> Args);

  /// Section specifier of WASMC_CODE_SECTION for the target's object
  /// format ("wasmc_text" on ELF, "__TEXT,wasmc_text,..." on Mach-O).
  std::string codeSectionName() const;
  bool isMachO() const { return Target.isMachO(); }

  /// Attributes every compiled Wasm function body and tailcc entry carries
  /// (section, frame pointers, nounwind, no sibling calls). The calling
  /// convention is the caller's choice.
  void setWasmFunctionAttributes(llvm::Function &Fn) const;
  /// Tags Fn as the code of Wasm function FuncIdx (WasmCodeMetadata).
  void markWasmCode(llvm::Function &Fn, uint32_t FuncIdx, bool Copy) const;

private:
  std::vector<llvm::Function *> Functions; // defined functions' bodies
  std::vector<llvm::Function *> Entries;   // their tailcc entries, or null
  std::vector<EntryKind> EntryKinds;
  llvm::FunctionCallee Runtime[NumRuntimeFns]; // by RuntimeFn
  friend class ModuleLowering;
};

} // namespace wasmc

#endif // WASMC_LOWER_MODULECONTEXT_H
