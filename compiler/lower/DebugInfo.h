//===- DebugInfo.h - Native debug info for the lowered module --*- C++ -*-===//
//
// With -g, every Wasm function gets a DISubprogram (named from the name
// section) and every instruction a source location, from which LLVM emits
// native DWARF: gdb, lldb and perf then see the guest's functions, and step
// through its source lines. Where the module carries DWARF (clang -g), the
// locations are its line table's (C source file, line, column); without it,
// they point into the module itself: file <module>.wasm, line = the
// instruction's file offset.
//
// Code that the source compiler inlined (an inlined_subroutine in the
// module's DWARF) gets the location LLVM would give code it inlined itself:
// the callee's position, inlined at the call's, so debuggers show the
// inlined function as a frame of its own.
//
// A function the module's DWARF does not cover at all (from a library built
// without -g) gets the locations it would get without DWARF.
//
// Without -g, the same locations, always the file offsets, in a unit of line
// tables only: the compiler reads them back from the objects it emitted to
// build the map of native code to Wasm offsets that backtraces use
// (codegen/AddressMap.h), and the linker leaves them out of the output.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LOWER_DEBUGINFO_H
#define WASMC_LOWER_DEBUGINFO_H

#include "reader/Module.h"
#include "reader/WasmDwarf.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/DIBuilder.h"
#include <memory>
#include <vector>

namespace wasmc {

class DebugInfo {
public:
  enum class Kind {
    /// -g: native DWARF for debuggers and profilers.
    Full,
    /// Line tables of Wasm file offsets, for the address map only.
    Offsets,
  };

  /// Creates the compile unit of LM. Source: WM's DWARF, whose line table
  /// gives the locations (Kind::Full only), or null.
  DebugInfo(const Module &WM, llvm::Module &LM, llvm::StringRef ModuleName,
            bool Optimized, Kind K, const WasmDwarf *Source);

  /// Gives F, the body of Wasm function FuncIdx, its DISubprogram; the
  /// locations that at() returns until the
  /// next call belong to it.
  void beginFunction(llvm::Function &F, uint32_t FuncIdx);

  /// Where the instruction at file offset Offset of the current function
  /// comes from.
  llvm::DILocation *at(uint64_t Offset);

  /// -g (Kind::Full), not the address map's line tables alone.
  bool full() const { return K == Kind::Full; }

  /// Completes the metadata; call once every function is lowered.
  void finalize();

private:
  llvm::DIFile *file(uint32_t Index);
  llvm::DILocalScope *scopeIn(llvm::DISubprogram *Fn, llvm::DIFile *File);
  llvm::DISubprogram *inlinedFunction(uint32_t Call, llvm::DIFile *File);
  llvm::DILocation *callSite(uint32_t Call, llvm::DIFile *File);

  const Module &WM;
  llvm::LLVMContext &Ctx;
  llvm::DIBuilder DIB;
  llvm::DIFile *ModuleFile;
  llvm::DICompileUnit *CU;
  llvm::DISubroutineType *FnType;
  bool Optimized;
  Kind K;
  const WasmDwarf *Source; // Kind::Full only; may be null
  std::vector<llvm::DIFile *> Files; // of Source, by index
  llvm::DISubprogram *SP = nullptr;
  /// The current function is code Source does not cover (a library built
  /// without -g): its locations are its Wasm offsets, as without Source.
  bool OffsetLines = false;
  /// The scope of (function, file): the function itself or a lexical block
  /// file in it.
  llvm::DenseMap<std::pair<llvm::DISubprogram *, llvm::DIFile *>,
                 llvm::DILocalScope *>
      Scopes;
  /// The subprogram of each function the source compiler inlined, by name:
  /// one for all its inlined copies, as if LLVM had inlined it.
  llvm::StringMap<llvm::DISubprogram *> InlinedFunctions;
  /// Where each of Source's inlined calls sits in the current function.
  llvm::DenseMap<uint32_t, llvm::DILocation *> CallSites;
};

} // namespace wasmc

#endif // WASMC_LOWER_DEBUGINFO_H
