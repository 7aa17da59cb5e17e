//===- DebugInfo.cpp - Native debug info for the lowered module ----------===//
#include "lower/DebugInfo.h"
#include "llvm/DebugInfo/DWARF/DWARFContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace wasmc {

DebugInfo::DebugInfo(const Module &WM, llvm::Module &LM, StringRef ModuleName,
                     bool Optimized)
    : WM(WM), Ctx(LM.getContext()), DIB(LM), Optimized(Optimized) {
  LM.addModuleFlag(llvm::Module::Warning, "Debug Info Version",
                   DEBUG_METADATA_VERSION);
  // DWARF 4: with 5, LLVM adds a .debug_names index per object, and the
  // several that a partitioned compile links together make gdb drop them
  // all with a warning.
  LM.addModuleFlag(llvm::Module::Warning, "Dwarf Version", 4);
  ModuleFile = DIB.createFile(ModuleName, "");
  // Line tables and function names: what backtraces, breakpoints, stepping
  // and profilers need (variables would need the module's DWARF types and
  // locations translated). Full, not LineTablesOnly: LLVM leaves the
  // subprogram DIEs of a line-tables-only unit out unless something was
  // inlined, and without them gdb cannot `break main`.
  CU = DIB.createCompileUnit(dwarf::DW_LANG_C11, ModuleFile, "wasmc",
                             Optimized, "", 0);
  FnType = DIB.createSubroutineType(DIB.getOrCreateTypeArray({}));
  readLineTable();
}

DIFile *DebugInfo::file(StringRef Path) {
  auto [It, New] = Files.try_emplace(Path, nullptr);
  if (New)
    It->second = DIB.createFile(sys::path::filename(Path),
                                sys::path::parent_path(Path));
  return It->second;
}

/// The module's .debug_* custom sections, as DWARFContext reads them: the
/// addresses of Wasm DWARF are offsets into the code section's payload.
void DebugInfo::readLineTable() {
  StringMap<std::unique_ptr<MemoryBuffer>> Sections;
  for (const CustomSection &C : WM.Customs)
    if (StringRef(C.Name).starts_with(".debug_"))
      Sections[StringRef(C.Name).drop_front()] = MemoryBuffer::getMemBuffer(
          toStringRef(C.Payload), C.Name, /*RequiresNullTerminator=*/false);
  if (!Sections.count("debug_line") || !Sections.count("debug_info"))
    return;
  auto Ignore = [](Error E) { consumeError(std::move(E)); };
  std::unique_ptr<DWARFContext> DC =
      DWARFContext::create(Sections, /*AddrSize=*/4, /*isLittleEndian=*/true,
                           Ignore, Ignore);
  for (const std::unique_ptr<DWARFUnit> &Unit : DC->compile_units()) {
    const DWARFDebugLine::LineTable *LT = DC->getLineTableForUnit(Unit.get());
    if (!LT)
      continue;
    const char *CompDir = Unit->getCompilationDir();
    DenseMap<uint64_t, DIFile *> ByIndex;
    for (const DWARFDebugLine::Row &R : LT->Rows) {
      DIFile *&F = ByIndex[R.File];
      if (!F) {
        std::string Path;
        if (!LT->getFileNameByIndex(
                R.File, CompDir ? CompDir : "",
                DILineInfoSpecifier::FileLineInfoKind::AbsoluteFilePath, Path))
          Path = WM.ModuleName.empty() ? "<unknown>" : WM.ModuleName;
        F = file(Path);
      }
      Rows.push_back({R.Address.Address, F, R.Line, R.Column,
                      R.EndSequence != 0});
    }
  }
  // Sequences are sorted within themselves; order them all by address, an
  // end row before a row that starts at the same address (the rest of the
  // key only makes the order of overlapping sequences deterministic).
  llvm::sort(Rows, [](const Row &A, const Row &B) {
    return std::make_tuple(A.Addr, !A.End, A.Line, A.Col) <
           std::make_tuple(B.Addr, !B.End, B.Line, B.Col);
  });
}

const DebugInfo::Row *DebugInfo::rowAt(uint64_t Offset) const {
  if (Rows.empty() || Offset < WM.CodeSectionOffset)
    return nullptr;
  uint64_t Addr = Offset - WM.CodeSectionOffset;
  auto It = std::upper_bound(
      Rows.begin(), Rows.end(), Addr,
      [](uint64_t A, const Row &R) { return A < R.Addr; });
  if (It == Rows.begin())
    return nullptr;
  --It;
  return It->End || It->Line == 0 ? nullptr : &*It;
}

void DebugInfo::beginFunction(Function &F, uint32_t FuncIdx) {
  const FunctionBody &Body = WM.Bodies[FuncIdx - WM.NumImportedFuncs];
  const Row *First = rowAt(Body.CodeOffset);
  DIFile *File = First ? First->File : ModuleFile;
  unsigned Line = First ? First->Line : unsigned(Body.CodeOffset);
  auto Flags = DISubprogram::SPFlagDefinition;
  if (Optimized)
    Flags |= DISubprogram::SPFlagOptimized;
  // No linkage name: debuggers would show it instead of the guest's name.
  SP = DIB.createFunction(File, WM.funcDisplayName(FuncIdx), "", File, Line,
                          FnType, Line, DINode::FlagPrototyped, Flags);
  F.setSubprogram(SP);
  // The symbol too, for profilers and disassemblers, which read the symbol
  // table: "wasm:" + the name-section name. The prefix keeps guest names
  // from ever meeting C ones (a guest `memcpy` must not become the symbol a
  // libc call the code generator emits binds to).
  auto Name = WM.FuncNames.find(FuncIdx);
  if (Name != WM.FuncNames.end() && !Name->second.empty())
    F.setName("wasm:" + Name->second);
  Scopes.clear();
  Scopes[File] = SP;
}

DIScope *DebugInfo::scopeIn(DIFile *File) {
  DIScope *&S = Scopes[File];
  if (!S) // code of another file, such as an inlined header function
    S = DIB.createLexicalBlockFile(SP, File);
  return S;
}

DILocation *DebugInfo::at(uint64_t Offset) {
  if (Rows.empty())
    return DILocation::get(Ctx, unsigned(Offset), 0, SP);
  const Row *R = rowAt(Offset);
  // Code the line table does not cover (compiler-generated) keeps line 0,
  // as clang marks it, rather than borrowing a neighbour's line.
  if (!R)
    return DILocation::get(Ctx, 0, 0, SP);
  return DILocation::get(Ctx, R->Line, R->Col, scopeIn(R->File));
}

void DebugInfo::finalize() { DIB.finalize(); }

} // namespace wasmc
