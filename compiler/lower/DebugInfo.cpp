//===- DebugInfo.cpp - Native debug info for the lowered module ----------===//
#include "lower/DebugInfo.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace wasmc {

DebugInfo::DebugInfo(const Module &WM, llvm::Module &LM, StringRef ModuleName,
                     bool Optimized, Kind K, const WasmDwarf *Source)
    : WM(WM), Ctx(LM.getContext()), DIB(LM), Optimized(Optimized), K(K),
      Source(K == Kind::Full ? Source : nullptr) {
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
                             Optimized, "", 0, "",
                             K == Kind::Full
                                 ? DICompileUnit::FullDebug
                                 : DICompileUnit::LineTablesOnly);
  FnType = DIB.createSubroutineType(DIB.getOrCreateTypeArray({}));
  if (this->Source)
    Files.assign(this->Source->files().size(), nullptr);
}

DIFile *DebugInfo::file(uint32_t Index) {
  DIFile *&F = Files[Index];
  if (!F) {
    StringRef Path = Source->files()[Index];
    F = DIB.createFile(sys::path::filename(Path), sys::path::parent_path(Path));
  }
  return F;
}

void DebugInfo::beginFunction(Function &F, uint32_t FuncIdx) {
  const FunctionBody &Body = WM.Bodies[FuncIdx - WM.NumImportedFuncs];
  const WasmDwarf::Row *First = Source ? Source->rowAt(Body.CodeOffset)
                                        : nullptr;
  OffsetLines =
      Source && !Source->covers(Body.CodeOffset,
                                Body.CodeOffset + Body.Code.size());
  DIFile *File = First ? file(First->File) : ModuleFile;
  // Declared at the body's offset, always: the address map finds the Wasm
  // function of an inlined_subroutine that way (codegen/AddressMap.cpp).
  // Its code starts at the source line of its first instruction.
  unsigned Line = unsigned(Body.CodeOffset);
  unsigned ScopeLine = First ? First->Line : Line;
  auto Flags = DISubprogram::SPFlagDefinition;
  if (Optimized)
    Flags |= DISubprogram::SPFlagOptimized;
  // No linkage name: debuggers would show it instead of the guest's name.
  // Line-tables-only units describe inlined calls with the callee's name
  // alone, so for the address map the name is the function index
  // (codegen/AddressMap.cpp reads it back).
  std::string Name = K == Kind::Full ? WM.funcDisplayName(FuncIdx)
                                     : std::to_string(FuncIdx);
  SP = DIB.createFunction(File, Name, "", File, Line, FnType, ScopeLine,
                          DINode::FlagPrototyped, Flags);
  F.setSubprogram(SP);
  CallSites.clear();
}

DILocalScope *DebugInfo::scopeIn(DISubprogram *Fn, DIFile *File) {
  if (Fn->getFile() == File)
    return Fn;
  DILocalScope *&S = Scopes[{Fn, File}];
  if (!S) // code of another file, such as an inlined header function
    S = DIB.createLexicalBlockFile(Fn, File);
  return S;
}

DISubprogram *DebugInfo::inlinedFunction(uint32_t Call, DIFile *File) {
  const std::string &Name = Source->calls()[Call - 1].Name;
  DISubprogram *&Fn = InlinedFunctions[Name];
  if (!Fn) {
    auto Flags = DISubprogram::SPFlagDefinition;
    if (Optimized)
      Flags |= DISubprogram::SPFlagOptimized;
    // Declared at line 0, so that the address map never takes it for a
    // Wasm function; its file is that of its first code met.
    Fn = DIB.createFunction(File, Name, "", File, 0, FnType, 0,
                            DINode::FlagPrototyped, Flags);
  }
  return Fn;
}

/// The call that Source's inlined call Call replaced, in the function that
/// made it, itself perhaps inlined. File: where the callee's code is, for a
/// callee first met here.
DILocation *DebugInfo::callSite(uint32_t Call, DIFile *File) {
  auto It = CallSites.find(Call);
  if (It != CallSites.end())
    return It->second;
  const WasmDwarf::InlinedCall &C = Source->calls()[Call - 1];
  DIFile *CallFile = C.CallLine ? file(C.CallFile) : File;
  DISubprogram *Caller = C.Parent ? inlinedFunction(C.Parent, CallFile) : SP;
  DILocation *Outer = C.Parent ? callSite(C.Parent, CallFile) : nullptr;
  DILocation *L = DILocation::get(Ctx, C.CallLine, C.CallCol,
                                  scopeIn(Caller, CallFile), Outer);
  CallSites[Call] = L;
  return L;
}

DILocation *DebugInfo::at(uint64_t Offset) {
  if (!Source || Source->empty() || OffsetLines)
    return DILocation::get(Ctx, unsigned(Offset), 0, SP);
  const WasmDwarf::Row *R = Source->rowAt(Offset);
  // Code the line table does not cover (compiler-generated) keeps line 0,
  // as clang marks it, rather than borrowing a neighbour's line.
  if (!R)
    return DILocation::get(Ctx, 0, 0, SP);
  DIFile *File = file(R->File);
  if (!R->Inline)
    return DILocation::get(Ctx, R->Line, R->Col, scopeIn(SP, File));
  return DILocation::get(Ctx, R->Line, R->Col,
                         scopeIn(inlinedFunction(R->Inline, File), File),
                         callSite(R->Inline, File));
}

void DebugInfo::finalize() { DIB.finalize(); }

} // namespace wasmc
