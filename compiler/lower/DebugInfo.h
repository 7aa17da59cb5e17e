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
//===----------------------------------------------------------------------===//
#ifndef WASMC_LOWER_DEBUGINFO_H
#define WASMC_LOWER_DEBUGINFO_H

#include "reader/Module.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/DIBuilder.h"
#include <memory>
#include <vector>

namespace wasmc {

class DebugInfo {
public:
  /// Creates the compile unit of LM and reads WM's DWARF line table, if it
  /// has one (a malformed one is ignored, like any custom section).
  DebugInfo(const Module &WM, llvm::Module &LM, llvm::StringRef ModuleName,
            bool Optimized);

  /// Gives F, the body of Wasm function FuncIdx, its DISubprogram, and its
  /// symbol the function's name; the locations that at() returns until the
  /// next call belong to it.
  void beginFunction(llvm::Function &F, uint32_t FuncIdx);

  /// Where the instruction at file offset Offset of the current function
  /// comes from.
  llvm::DILocation *at(uint64_t Offset);

  /// Completes the metadata; call once every function is lowered.
  void finalize();

private:
  /// One row of the module's line table: from code-section address Addr on
  /// (up to the next row), the code comes from File:Line:Col; an End row
  /// ends a sequence (no source there).
  struct Row {
    uint64_t Addr;
    llvm::DIFile *File;
    uint32_t Line;
    uint16_t Col;
    bool End;
  };

  void readLineTable();
  llvm::DIFile *file(llvm::StringRef Path);
  const Row *rowAt(uint64_t Offset) const;
  llvm::DIScope *scopeIn(llvm::DIFile *File);

  const Module &WM;
  llvm::LLVMContext &Ctx;
  llvm::DIBuilder DIB;
  llvm::DIFile *ModuleFile;
  llvm::DICompileUnit *CU;
  llvm::DISubroutineType *FnType;
  bool Optimized;
  std::vector<Row> Rows; // sorted by Addr
  llvm::StringMap<llvm::DIFile *> Files;
  llvm::DISubprogram *SP = nullptr;
  llvm::DenseMap<llvm::DIFile *, llvm::DIScope *> Scopes; // of SP
};

} // namespace wasmc

#endif // WASMC_LOWER_DEBUGINFO_H
