//===- ModuleLowering.h - Module-level parts of the lowering ----*- C++ -*-===//
//
// Internal to compiler/lower: the steps LoweringPlan::lower (Lowering.h)
// takes to build a module or a piece of one: declaring every function,
// lowering a run of bodies, and the module-level code and data. Not part of
// the interface other stages use.
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
  /// Linkage: of the bodies and entries, internal when the module is
  /// lowered whole, hidden external when it is lowered in pieces (each
  /// piece's code calls functions another piece defines).
  ModuleLowering(ModuleContext &MC, const CallConventionPlan &Plan,
                 llvm::GlobalValue::LinkageTypes Linkage)
      : MC(MC), Plan(Plan), Linkage(Linkage) {}

  /// Declares "wasm_func_N" (or "wasm:<name>", LowerOptions::GuestSymbols)
  /// for every defined function, in the calling convention CallConventions.h
  /// chooses, then the tailcc entries of the C bodies that funcrefs can
  /// reference, so that calls and the descriptor can refer to functions not
  /// lowered yet. Every piece of a module declares them all in the same
  /// order, so that LLVM numbers duplicate names apart the same way in each.
  void declareFunctions();
  /// Lowers the bodies of defined functions [Begin, End) (indices into
  /// Module::Bodies) and defines their entries (an entry may be a copy of
  /// its body).
  llvm::Error lowerFunctions(size_t Begin, size_t End);

private:
  std::string symbolName(uint32_t FuncIdx) const;

  ModuleContext &MC;
  const CallConventionPlan &Plan;
  llvm::GlobalValue::LinkageTypes Linkage;
};

/// Entry trampoline "wasmc_tramp_<ExportIdx>" for an exported function (see
/// wasmc_trampoline in abi.h). Trampolines.cpp.
llvm::Function *buildTrampoline(ModuleContext &MC, uint32_t ExportIdx,
                                uint32_t FuncIdx);

/// Declares the tailcc entry "wasm_entry_<FuncIdx>" (with guest symbols and
/// a name, "wasm:<name>.entry") of a defined function whose body has the C
/// convention, for its funcref record. Trampolines.cpp.
llvm::Function *declareTailEntry(ModuleContext &MC, uint32_t FuncIdx,
                                 EntryKind Kind,
                                 llvm::GlobalValue::LinkageTypes Linkage);

/// Defines Entry, declared by declareTailEntry, once the body of FuncIdx is
/// lowered: a copy of the body (EntryKind::Copy) or a function that calls
/// it and returns what it returns (EntryKind::Call). Trampolines.cpp.
void defineTailEntry(ModuleContext &MC, uint32_t FuncIdx, EntryKind Kind,
                     llvm::Function &Entry);

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
/// export (null for non-functions); import thunks are found by name. Fails when
/// the target's layout of the descriptor structures differs from abi.h's.
/// Descriptor.cpp.
llvm::Error buildDescriptor(ModuleContext &MC,
                            llvm::ArrayRef<llvm::Function *> Trampolines);

} // namespace wasmc

#endif // WASMC_LOWER_MODULELOWERING_H
