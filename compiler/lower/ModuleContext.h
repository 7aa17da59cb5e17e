//===- ModuleContext.h - State shared by the lowering of all functions -*- C++ -*-===//
//
// Owns the mapping from Wasm entities to LLVM ones for one module: LLVM
// types of Wasm values and function types, the LLVM function of each defined
// Wasm function, and declarations of the rtlib entry points (abi.h).
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LOWER_MODULECONTEXT_H
#define WASMC_LOWER_MODULECONTEXT_H

#include "lower/Lowering.h"
#include "lower/RuntimeFn.h"
#include "reader/Module.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/MDBuilder.h"
#include <vector>

namespace wasmc {

class ModuleContext {
public:
  ModuleContext(const Module &WM, llvm::Module &LM, const LowerOptions &Opts,
                const TargetInfo &Target);

  const Module &WM;
  llvm::Module &LM;
  llvm::LLVMContext &Ctx;
  const LowerOptions &Opts;
  /// The only source of target facts in the lowering (never LM's triple).
  const TargetInfo &Target;

  llvm::PointerType *PtrTy;
  llvm::IntegerType *I8Ty, *I16Ty, *I32Ty, *I64Ty;
  llvm::Type *F32Ty, *F64Ty;
  llvm::FixedVectorType *V128Ty; // <2 x i64>; SIMD ops bitcast as needed

  llvm::Type *toLLVM(ValType T) const;
  /// Native signature of a Wasm function type: (ptr vmctx, params...) ->
  /// void | T | {T1, T2, ...}.
  llvm::FunctionType *nativeType(const FuncType &FT) const;
  llvm::FunctionType *nativeType(uint32_t TypeIdx) const {
    return nativeType(WM.Types[TypeIdx]);
  }

  /// LLVM function of a defined (not imported) Wasm function.
  llvm::Function *definedFunction(uint32_t FuncIdx) const {
    return Functions[FuncIdx - WM.NumImportedFuncs];
  }

  /// Declaration of an rtlib entry point, built from its WASMC_RT_LIST
  /// signature on first use.
  llvm::FunctionCallee runtime(RuntimeFn F);

  /// TBAA tags that tell LLVM linear memory, instance state (vmctx fields,
  /// globals, tables) and the stack of locals never alias.
  llvm::MDNode *TBAAMemory = nullptr;
  llvm::MDNode *TBAAVMCtx = nullptr;

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

  /// Calls Wasm function FuncIdx from code running with VMCtx: a direct call
  /// for defined functions, through vmctx->funcs[FuncIdx] for imported ones.
  /// Returns the call (of type nativeType(funcType)).
  llvm::CallInst *callFunction(llvm::IRBuilderBase &B, llvm::Value *VMCtx,
                               uint32_t FuncIdx,
                               llvm::ArrayRef<llvm::Value *> Args);

  /// Splits the result of a native call into its Wasm results (none, the
  /// value itself, or each element of the literal struct).
  void unpackResults(llvm::IRBuilderBase &B, llvm::Value *Call,
                     size_t NumResults,
                     llvm::SmallVectorImpl<llvm::Value *> &Out) const;

  /// Section specifier of WASMC_CODE_SECTION for the target's object
  /// format ("wasmc_text" on ELF, "__TEXT,wasmc_text,..." on Mach-O).
  std::string codeSectionName() const;
  bool isMachO() const { return Target.isMachO(); }

  /// Attributes every compiled Wasm function carries (section, frame
  /// pointers, nounwind).
  void setWasmFunctionAttributes(llvm::Function &Fn) const;

private:
  std::vector<llvm::Function *> Functions; // defined functions, in order
  llvm::FunctionCallee Runtime[NumRuntimeFns]; // by RuntimeFn
  friend class ModuleLowering;
};

} // namespace wasmc

#endif // WASMC_LOWER_MODULECONTEXT_H
