//===- ModuleLowering.h - Module-level parts of the lowering ----*- C++ -*-===//
//
// Internal to compiler/lower: the steps lowerModule (Lowering.h) runs after
// the functions are lowered. Not part of the interface other stages use.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LOWER_MODULELOWERING_H
#define WASMC_LOWER_MODULELOWERING_H

#include "lower/ModuleContext.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <vector>

namespace wasmc {

class ModuleLowering {
public:
  explicit ModuleLowering(ModuleContext &MC) : MC(MC) {}

  /// Creates "wasm_func_N" (or "wasm:<name>", LowerOptions::GuestSymbols)
  /// for every defined function, in the calling
  /// convention CallConventions.h chooses, so that calls can refer to
  /// functions not lowered yet.
  llvm::Error declareFunctions();
  llvm::Error lowerFunctions();
  /// Builds the tailcc entries of the C bodies that funcrefs can reference
  /// (after lowerFunctions: an entry may be a copy of its body).
  void buildEntries();

private:
  std::string symbolName(uint32_t FuncIdx) const;

  ModuleContext &MC;
  CallConventionPlan Plan;
};

/// Entry trampoline "wasmc_tramp_<ExportIdx>" for an exported function (see
/// wasmc_trampoline in abi.h). Trampolines.cpp.
llvm::Function *buildTrampoline(ModuleContext &MC, uint32_t ExportIdx,
                                uint32_t FuncIdx);

/// Tailcc entry "wasm_entry_<FuncIdx>" (with guest symbols and a name,
/// "wasm:<name>.entry") of a defined function whose body has the C
/// convention and is lowered, for its funcref record: a copy of the body
/// (EntryKind::Copy) or a function that calls it and returns what it returns
/// (EntryKind::Call). Trampolines.cpp.
llvm::Function *buildTailEntry(ModuleContext &MC, uint32_t FuncIdx,
                               EntryKind Kind);

/// Name prefix of import thunks, followed by the function index.
inline constexpr const char ImportThunkPrefix[] = "wasmc_import_thunk_";

/// Import thunk "wasmc_import_thunk_<FuncIdx>" for imported function FuncIdx
/// (see wasmc_import_desc.host_thunk in abi.h). ImportThunks.cpp.
llvm::Function *buildImportThunk(ModuleContext &MC, uint32_t FuncIdx);

/// The start function's C-convention entry `void (vmctx)` (abi.h,
/// wasmc_module_desc.start_entry): Wasm code may be tailcc. Trampolines.cpp.
llvm::Function *buildStartEntry(ModuleContext &MC, uint32_t FuncIdx);

/// The init function of an extended constant expression (one that is not
/// a single instruction): `void Name(wasmc_vmctx *, wasmc_value *out)`.
/// ConstExprInit.cpp.
llvm::Function *buildConstExprInit(ModuleContext &MC, const ConstExpr &E,
                                   const llvm::Twine &Name);

/// Emits the wasmc_module_descriptor constant. Trampolines has one entry per
/// export (null for non-functions); import thunks are found by name. Fails when the target's layout of the
/// descriptor structures differs from abi.h's. Descriptor.cpp.
llvm::Error buildDescriptor(ModuleContext &MC,
                            llvm::ArrayRef<llvm::Function *> Trampolines);

} // namespace wasmc

#endif // WASMC_LOWER_MODULELOWERING_H
