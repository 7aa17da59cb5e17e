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

/// Builds the LLVM module for M: one internal function per defined Wasm
/// function, an entry trampoline per exported function, and the
/// wasmc_module_descriptor that rtlib instantiates from (see abi.h). The
/// module gets T's triple and DL (the TargetMachine's). It is not verified
/// here: the caller runs verifyLoweredModule (codegen/CodeGen.h).
llvm::Expected<std::unique_ptr<llvm::Module>>
lowerModule(const Module &M, llvm::LLVMContext &Ctx, const TargetInfo &T,
            const llvm::DataLayout &DL, const LowerOptions &Opts);

} // namespace wasmc

#endif // WASMC_LOWER_LOWERING_H
