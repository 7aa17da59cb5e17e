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
#include "reader/Module.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/MDBuilder.h"
#include <vector>

namespace wasmc {

class ModuleContext {
public:
  ModuleContext(const Module &WM, llvm::Module &LM, const LowerOptions &Opts);

  const Module &WM;
  llvm::Module &LM;
  llvm::LLVMContext &Ctx;
  const LowerOptions &Opts;

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

  /// Declaration of an rtlib entry point from WASMC_RT_LIST (e.g.
  /// "wasmc_rt_memory_grow"), created on first use.
  llvm::FunctionCallee runtime(llvm::StringRef Name);

  /// TBAA tags that tell LLVM linear memory, instance state (vmctx fields,
  /// globals, tables) and the stack of locals never alias.
  llvm::MDNode *TBAAMemory = nullptr;
  llvm::MDNode *TBAAVMCtx = nullptr;

  /// Branch weights that mark a trap edge as cold.
  llvm::MDNode *unlikely() const;

private:
  std::vector<llvm::Function *> Functions; // defined functions, in order
  llvm::StringMap<llvm::FunctionCallee> Runtime;
  friend class ModuleLowering;
};

} // namespace wasmc

#endif // WASMC_LOWER_MODULECONTEXT_H
