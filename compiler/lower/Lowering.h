//===- Lowering.h - Wasm module to LLVM IR ----------------------*- C++ -*-===//
//
// The entry point of the lowering stage. The input must have passed
// validation; the lowering relies on it and does not re-check types.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LOWER_LOWERING_H
#define WASMC_LOWER_LOWERING_H

#include "reader/Module.h"
#include "support/TargetInfo.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace wasmc {

class WasmDwarf;

enum class BoundsChecks { Guard, Explicit };

/// --relaxed-simd: which of the results the spec permits a relaxed SIMD
/// instruction gives (SimdRelaxed.cpp).
enum class RelaxedSimd {
  Fast,         // the target CPU's fastest sequence; may differ between CPUs
  Deterministic // one fixed choice, the same on every target and CPU
};

/// The function metadata that says which Wasm code a function is, for the
/// address map: !{i32 FuncIdx, i32 Copy} on each body (Copy 0) and on each
/// copy of a body (1, WASMC_CODE_COPY).
inline constexpr const char WasmCodeMetadata[] = "wasmc.code";

struct LowerOptions {
  BoundsChecks Bounds = BoundsChecks::Guard;
  RelaxedSimd Relaxed = RelaxedSimd::Fast;
  /// Used as the LLVM module identifier and source file name.
  std::string ModuleName = "wasm";
  /// -g: native debug info (DebugInfo.h).
  bool DebugInfo = false;
  /// Function symbols named after the guest's functions, "wasm:<name>",
  /// rather than "wasm_func_<index>" (objects and executables, for
  /// profilers and disassemblers; IR and assembly keep the indices).
  bool GuestSymbols = false;
  /// The module's DWARF (reader/WasmDwarf.h), read once by the caller,
  /// which the address map uses too; with DebugInfo, its line table gives
  /// the locations. Null: none is used.
  const WasmDwarf *Dwarf = nullptr;
  /// Line tables of Wasm offsets, from which the address map of backtraces
  /// is built after code generation (codegen/AddressMap.h); implied by -g.
  bool AddressMap = false;
  /// Deadline checks at function entries and loop headers
  /// (wasmc_rt_epoch_reached, abi.h).
  bool EpochChecks = false;
  /// Fuel metering: instruction counts charged to vmctx->fuel, checked at
  /// function entries and loop headers (FuelMetering.cpp).
  bool FuelMetering = false;
  /// The code will be optimised (recorded in the debug info).
  bool Optimized = true;
};

struct CallConventionPlan;

/// How a module is lowered (LoweringPlan.cpp). Whole, as one LLVM module;
/// or, for a module so large that its whole lowering would hold gigabytes
/// (a 30 MB application lowers to 17 million IR instructions), in pieces:
/// LLVM modules of their own, each in a context of its own, that can be
/// lowered, optimised and compiled on several threads and freed one by one,
/// so that the compiler's memory is bounded by the pieces in flight rather
/// than by the module. Every piece declares every function; piece I defines
/// the bodies of a run of consecutive functions (consecutive Wasm functions
/// mostly come from one source file, so most inlining stays possible) and
/// their entries, and the last piece also the module-level code and data
/// (descriptor, trampolines, import thunks). In pieces, the functions have
/// hidden external linkage, so that the pieces' objects link into the
/// module.
class LoweringPlan {
public:
  /// Refuses what the lowering does not support (signatures beyond its
  /// limits) before anything is lowered, and plans the calling conventions.
  /// MaySplit: the caller can compile and link pieces (object code); the
  /// module is then cut into pieces if its code is large enough. The cut
  /// depends on the module alone, so the output is the same for every -j.
  static llvm::Expected<LoweringPlan>
  create(const Module &M, const LowerOptions &Opts, bool MaySplit);

  /// 1 for a module lowered whole.
  unsigned pieces() const { return unsigned(Bounds.size() - 1); }
  /// Bytes of function bodies in the module.
  uint64_t codeSize() const { return CodeSize; }

  /// Builds piece Index (0 for a module lowered whole) in Ctx, with T's
  /// triple and DL (the TargetMachine's). Pieces may be lowered on several
  /// threads at once, each in its own context. The module is not verified
  /// here: the caller runs verifyLoweredModule (codegen/CodeGen.h).
  llvm::Expected<std::unique_ptr<llvm::Module>>
  lower(unsigned Index, llvm::LLVMContext &Ctx, const TargetInfo &T,
        const llvm::DataLayout &DL) const;

private:
  LoweringPlan(const Module &M, const LowerOptions &Opts);

  const Module *M;
  LowerOptions Opts;
  std::shared_ptr<const CallConventionPlan> Calls;
  /// Piece I defines the bodies [Bounds[I], Bounds[I + 1]).
  std::vector<size_t> Bounds;
  uint64_t CodeSize = 0;
};

/// Builds the LLVM module for M whole: one internal function per defined
/// Wasm function, an entry trampoline per exported function, and the
/// wasmc_module_descriptor that rtlib instantiates from (see abi.h). The
/// module gets T's triple and DL (the TargetMachine's). It is not verified
/// here: the caller runs verifyLoweredModule (codegen/CodeGen.h).
llvm::Expected<std::unique_ptr<llvm::Module>>
lowerModule(const Module &M, llvm::LLVMContext &Ctx, const TargetInfo &T,
            const llvm::DataLayout &DL, const LowerOptions &Opts);

} // namespace wasmc

#endif // WASMC_LOWER_LOWERING_H
