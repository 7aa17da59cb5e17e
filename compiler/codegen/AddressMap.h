//===- AddressMap.h - Native code back to Wasm offsets ---------*- C++ -*-===//
//
// A trap's backtrace names, for each frame, the Wasm instruction it stopped
// at (its offset in the .wasm file) and, where the module carries DWARF, its
// source file, line and column. Only the emitted code knows which native
// address came from which instruction, so the map is built after code
// generation: the lowering gives every instruction a debug location whose
// line is its Wasm offset (lower/DebugInfo.h), and this reads the line
// tables back out of the objects and turns them into a wasmc_addr_map
// (abi.h), emitted as one more object that replaces the descriptor's weak,
// empty map when the objects are linked. The debug sections themselves go
// into the output only with -g.
//
// With -g and DWARF in the module, the line tables hold the module's source
// lines instead; a row's Wasm offset is then the first instruction of its
// function at that source position. Functions the DWARF does not cover keep
// their offsets, as lines of the module's own file.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_CODEGEN_ADDRESSMAP_H
#define WASMC_CODEGEN_ADDRESSMAP_H

#include "reader/Module.h"
#include "reader/WasmDwarf.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"

namespace llvm {
class Module;
class TargetMachine;
} // namespace llvm

namespace wasmc {

/// Which Wasm function a symbol's code is (lower/Lowering.h,
/// WasmCodeMetadata).
struct WasmCode {
  uint32_t FuncIdx;
  bool Copy;
};
using WasmCodeSymbols = llvm::StringMap<WasmCode>;

/// The symbols of LM's Wasm code, by name; read before code generation
/// (the symbols keep their names through it).
WasmCodeSymbols collectWasmCode(const llvm::Module &LM);

/// The object that defines WASMC_ADDR_MAP_SYMBOL for Objects, the code
/// generated for WM, whose DWARF is Source. FullDebugInfo: the objects were
/// compiled with -g, so their line tables hold WM's source lines if it has
/// DWARF, except in file ModuleFile (LowerOptions::ModuleName), whose lines
/// are Wasm offsets.
llvm::Expected<llvm::SmallVector<char, 0>>
buildAddressMap(llvm::ArrayRef<llvm::SmallVector<char, 0>> Objects,
                const WasmCodeSymbols &Symbols, const Module &WM,
                const WasmDwarf &Source, bool FullDebugInfo,
                llvm::StringRef ModuleFile, llvm::TargetMachine &TM);

} // namespace wasmc

#endif // WASMC_CODEGEN_ADDRESSMAP_H
