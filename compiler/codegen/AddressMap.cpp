//===- AddressMap.cpp - Native code back to Wasm offsets -----------------===//
#include "codegen/AddressMap.h"
#include "codegen/CodeGen.h"
#include "lower/Lowering.h"
#include "reader/WasmDwarf.h"
#include "support/Diagnostic.h"
#include "wasmc/abi.h"
#include "llvm/DebugInfo/DWARF/DWARFContext.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/LEB128.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include <cstddef>
#include <map>
#include <tuple>

using namespace llvm;

namespace wasmc {

// The map is emitted as flat arrays of 32-bit words, a byte stream of rows
// and a struct of
// {i32, ptr, ptr, ptr, ptr, i32, ptr}; these are the C layouts that matches.
static_assert(sizeof(wasmc_source_loc) == 20 &&
                  sizeof(wasmc_inline_frame) == 16 &&
                  sizeof(wasmc_addr_range) == 16,
              "address map entries are no longer five or four words");
static_assert(sizeof(void *) == 8 && offsetof(wasmc_addr_map, ranges) == 8 &&
                  offsetof(wasmc_addr_map, rows) == 16 &&
                  offsetof(wasmc_addr_map, locs) == 24 &&
                  offsetof(wasmc_addr_map, inlines) == 32 &&
                  offsetof(wasmc_addr_map, num_files) == 40 &&
                  offsetof(wasmc_addr_map, files) == 48,
              "wasmc_addr_map changed shape");

WasmCodeSymbols collectWasmCode(const llvm::Module &LM) {
  WasmCodeSymbols Symbols;
  for (const Function &F : LM) {
    // A piece of a module lowered in pieces declares the others' code.
    if (F.isDeclaration())
      continue;
    const MDNode *MD = F.getMetadata(WasmCodeMetadata);
    if (!MD || MD->getNumOperands() != 2)
      continue;
    auto Word = [&](unsigned I) {
      return uint32_t(mdconst::extract<ConstantInt>(MD->getOperand(I))
                          ->getZExtValue());
    };
    Symbols[F.getName()] = {Word(0), Word(1) != 0};
  }
  return Symbols;
}

namespace {

/// A row of the map before it is encoded (abi.h wasmc_addr_map). Loc is an
/// index into the map's locs or NoLoc; Inline an index into its inlines
/// plus one, or 0.
struct AddrRow {
  uint32_t Native, Wasm, Loc, Inline;
};
constexpr uint32_t NoLoc = UINT32_MAX;

class MapBuilder {
public:
  MapBuilder(const WasmCodeSymbols &Symbols, const Module &WM,
             const WasmDwarf &Source, bool FullDebugInfo,
             StringRef ModuleFile)
      : Symbols(Symbols), WM(WM), FullDebugInfo(FullDebugInfo), Source(Source),
        SourceLines(FullDebugInfo && !Source.empty()), ModuleFile(ModuleFile) {}

  Error addObject(ArrayRef<char> Bytes);
  Expected<SmallVector<char, 0>> emit(TargetMachine &TM);

private:
  /// A row of an object's line table. File is an index into Files, or
  /// NoLoc (offsets mode: lines are Wasm offsets).
  struct LineRow {
    uint64_t Section, Addr;
    uint32_t Line, Col, File;
    uint32_t Inline = 0; // the innermost inlined call's, as AddrRow's
  };
  struct CodeSymbol {
    uint64_t Section, Start;
    const WasmCode *Code; // null: code that is not Wasm functions'
  };
  struct Range {
    uint32_t Func, Copy;
    std::vector<AddrRow> Rows;
  };

  uint32_t fileIndex(StringRef Path);
  /// A position in the Wasm function's own source (Call 0) or in the
  /// source function that Source's call Call - 1 inlined there.
  uint32_t locIndex(uint32_t File, uint32_t Line, uint32_t Col,
                    uint32_t Call = 0);
  /// The source position of the instruction at Offset, or NoLoc.
  uint32_t sourceLoc(uint64_t Offset);
  /// The innermost inlined source call at Offset (Source's, plus one; 0:
  /// none).
  uint32_t sourceCallAt(uint64_t Offset) const;
  uint32_t sourceFile(uint32_t SourceIndex);
  /// An entry of the map's inlines (Loc and Parent as in AddrRow), plus one.
  uint32_t inlineIndex(uint32_t Func, uint32_t CallOffset, uint32_t CallLoc,
                       uint32_t Parent);
  void readInlining(DWARFContext &DC, std::vector<LineRow> &Lines);
  AddrRow rowFor(const WasmCode &Code, const LineRow &R);
  /// The defined function whose body holds file offset Offset (Default
  /// for 0 or an offset before the first body).
  uint32_t funcAt(uint64_t Offset, uint32_t Default) const;
  /// The defined Wasm function that a subprogram of the objects' debug info
  /// (or its abstract origin) describes, or UINT32_MAX.
  uint32_t wasmFunctionOf(DWARFDie Subprogram) const;
  static constexpr uint32_t AnyFunction = UINT32_MAX;
  uint64_t firstOffsetAt(uint32_t FuncIdx, uint32_t File, uint32_t Line,
                         uint32_t Col);

  const WasmCodeSymbols &Symbols;
  const Module &WM;
  bool FullDebugInfo;
  const WasmDwarf &Source;
  bool SourceLines; // the objects' lines are Source's, not Wasm offsets
  /// With SourceLines, the file whose lines are Wasm offsets all the same
  /// (code Source does not cover, lower/DebugInfo.h).
  StringRef ModuleFile;
  std::vector<uint32_t> SourceFiles; // Source's file index -> Files index
  std::vector<Range> Ranges;
  std::vector<wasmc_source_loc> Locs;
  std::vector<wasmc_inline_frame> Inlines; // as the map has them
  std::map<std::tuple<uint32_t, uint32_t, uint32_t, uint32_t>, uint32_t>
      InlineIndex;
  std::map<std::tuple<uint32_t, uint32_t, uint32_t, uint32_t>, uint32_t>
      LocIndex;
  std::vector<std::string> Files;
  StringMap<uint32_t> FileIndex;
  /// SourceLines: per function (or AnyFunction), its first Wasm offset at
  /// each source position (file name, line, column).
  std::map<uint32_t, std::map<std::tuple<std::string, uint32_t, uint32_t>,
                              uint64_t>>
      FirstOffsets;
};

} // namespace

uint32_t MapBuilder::fileIndex(StringRef Path) {
  auto [It, New] = FileIndex.try_emplace(Path, uint32_t(Files.size()));
  if (New)
    Files.push_back(Path.str());
  return It->second;
}

uint32_t MapBuilder::locIndex(uint32_t File, uint32_t Line, uint32_t Col,
                              uint32_t Call) {
  auto It = LocIndex.find({File, Line, Col, Call});
  if (It != LocIndex.end())
    return It->second;
  uint32_t Name = 0, Parent = 0;
  if (Call) {
    const WasmDwarf::InlinedCall &C = Source.calls()[Call - 1];
    Name = fileIndex(C.Name) + 1;
    if (C.CallLine)
      Parent = locIndex(sourceFile(C.CallFile), C.CallLine, C.CallCol,
                        C.Parent) +
               1;
  }
  uint32_t Index = uint32_t(Locs.size());
  Locs.push_back({File, Line, Col, Name, Parent});
  LocIndex[{File, Line, Col, Call}] = Index;
  return Index;
}

uint32_t MapBuilder::sourceFile(uint32_t SourceIndex) {
  if (SourceFiles.empty())
    for (const std::string &Path : Source.files())
      SourceFiles.push_back(fileIndex(Path));
  return SourceFiles[SourceIndex];
}

uint32_t MapBuilder::sourceCallAt(uint64_t Offset) const {
  const WasmDwarf::Row *S = Source.rowAt(Offset);
  return S ? S->Inline : 0;
}

uint64_t MapBuilder::firstOffsetAt(uint32_t FuncIdx, uint32_t File,
                                   uint32_t Line, uint32_t Col) {
  auto [It, New] = FirstOffsets.try_emplace(FuncIdx);
  if (New && (FuncIdx == AnyFunction || !WM.isImportedFunc(FuncIdx))) {
    uint64_t Begin = 0, End = UINT64_MAX; // AnyFunction: the whole module
    if (FuncIdx != AnyFunction) {
      const FunctionBody &Body = WM.Bodies[FuncIdx - WM.NumImportedFuncs];
      Begin = Body.CodeOffset;
      End = Body.CodeOffset + Body.Code.size();
    }
    const std::vector<WasmDwarf::Row> &Rows = Source.rows();
    auto R = std::lower_bound(Rows.begin(), Rows.end(), Begin,
                              [](const WasmDwarf::Row &Row, uint64_t O) {
                                return Row.Offset < O;
                              });
    for (; R != Rows.end() && R->Offset < End; ++R)
      if (!R->End)
        It->second.try_emplace(
            {sys::path::filename(Source.files()[R->File]).str(), R->Line,
             R->Col},
            R->Offset);
  }
  auto Found = It->second.find(
      {sys::path::filename(Files[File]).str(), Line, Col});
  return Found == It->second.end() ? 0 : Found->second;
}

uint32_t MapBuilder::funcAt(uint64_t Offset, uint32_t Default) const {
  auto It = std::upper_bound(WM.Bodies.begin(), WM.Bodies.end(), Offset,
                             [](uint64_t O, const FunctionBody &B) {
                               return O < B.BodyOffset;
                             });
  if (Offset == 0 || It == WM.Bodies.begin())
    return Default;
  return WM.NumImportedFuncs + uint32_t(std::prev(It) - WM.Bodies.begin());
}

uint32_t MapBuilder::wasmFunctionOf(DWARFDie Subprogram) const {
  if (!Subprogram)
    return UINT32_MAX;
  uint32_t Func = UINT32_MAX;
  if (FullDebugInfo)
    Func = funcAt(Subprogram.getDeclLine(), UINT32_MAX);
  else if (const char *Name = Subprogram.getName(DINameKind::ShortName))
    if (StringRef(Name).getAsInteger(10, Func) || Func >= WM.FuncTypes.size())
      Func = UINT32_MAX;
  return Func == UINT32_MAX || WM.isImportedFunc(Func) ? UINT32_MAX : Func;
}

uint32_t MapBuilder::sourceLoc(uint64_t Offset) {
  const WasmDwarf::Row *S = Source.rowAt(Offset);
  if (!S)
    return NoLoc;
  return locIndex(sourceFile(S->File), S->Line, S->Col, S->Inline);
}

uint32_t MapBuilder::inlineIndex(uint32_t Func, uint32_t CallOffset,
                                 uint32_t CallLoc, uint32_t Parent) {
  auto [It, New] = InlineIndex.try_emplace({Func, CallOffset, CallLoc, Parent},
                                           uint32_t(Inlines.size() + 1));
  if (New)
    Inlines.push_back(
        {Func, CallOffset, CallLoc == NoLoc ? 0 : CallLoc + 1, Parent});
  return It->second;
}

/// The inlined_subroutine entries of the objects' debug info (line-tables-
/// only units keep them): each one's function, the Wasm offset of the call
/// it replaced (its call line, since lines are Wasm offsets; with source
/// lines, the caller's first instruction at its call position) and its code
/// ranges give each line row its innermost inlined call.
void MapBuilder::readInlining(DWARFContext &DC, std::vector<LineRow> &Lines) {
  struct Scope {
    uint64_t Section, Lo, Hi;
    unsigned Depth;
    uint32_t Inline;
  };
  std::vector<Scope> Scopes;
  for (const std::unique_ptr<DWARFUnit> &Unit : DC.compile_units()) {
    const DWARFDebugLine::LineTable *LT = DC.getLineTableForUnit(Unit.get());
    const char *CompDir = Unit->getCompilationDir();
    // The inline entry and depth of each inlined_subroutine read so far, by
    // DIE offset (a parent comes before its children).
    DenseMap<uint64_t, std::pair<uint32_t, unsigned>> Entries;
    for (const DWARFDebugInfoEntry &Entry : Unit->dies()) {
      DWARFDie Die(Unit.get(), &Entry);
      if (Die.getTag() != dwarf::DW_TAG_inlined_subroutine)
        continue;
      // The callee: without -g, its subprogram is named by its index
      // (lower/DebugInfo.cpp); with -g, declared at its body's offset. A
      // function the module's compiler inlined is declared at line 0, and
      // is not the map's to name: the module's DWARF has it.
      uint32_t Func = wasmFunctionOf(
          Die.getAttributeValueAsReferencedDie(dwarf::DW_AT_abstract_origin));
      if (Func == UINT32_MAX)
        continue;
      uint32_t Parent = 0;
      unsigned Depth = 1;
      uint32_t Caller = UINT32_MAX;
      for (DWARFDie P = Die.getParent(); P; P = P.getParent()) {
        if (P.getTag() == dwarf::DW_TAG_subprogram) {
          Caller = wasmFunctionOf(P);
          break;
        }
        auto It = Entries.find(P.getOffset());
        if (It != Entries.end()) {
          Parent = It->second.first;
          Depth = It->second.second + 1;
          Caller = Inlines[Parent - 1].func;
          break;
        }
      }
      uint64_t CallLine =
          dwarf::toUnsigned(Die.find(dwarf::DW_AT_call_line), 0);
      uint64_t CallOffset = CallLine;
      if (SourceLines && CallLine) {
        std::string Path;
        uint64_t CallFile =
            dwarf::toUnsigned(Die.find(dwarf::DW_AT_call_file), 0);
        uint64_t CallCol =
            dwarf::toUnsigned(Die.find(dwarf::DW_AT_call_column), 0);
        if (!LT || Caller == UINT32_MAX ||
            !LT->getFileNameByIndex(
                CallFile, CompDir ? CompDir : "",
                DILineInfoSpecifier::FileLineInfoKind::AbsoluteFilePath, Path))
          CallOffset = 0;
        else if (Path != ModuleFile) // else the line is the Wasm offset
          CallOffset = firstOffsetAt(Caller, fileIndex(Path),
                                     uint32_t(CallLine), uint32_t(CallCol));
      }
      uint32_t Inline = inlineIndex(Func, uint32_t(CallOffset),
                                    CallOffset ? sourceLoc(CallOffset) : NoLoc,
                                    Parent);
      Entries[Die.getOffset()] = {Inline, Depth};
      Expected<DWARFAddressRangesVector> Ranges = Die.getAddressRanges();
      if (!Ranges) {
        consumeError(Ranges.takeError());
        continue;
      }
      for (const DWARFAddressRange &R : *Ranges)
        Scopes.push_back({R.SectionIndex, R.LowPC, R.HighPC, Depth, Inline});
    }
  }
  // Deeper scopes last, so that each row ends with its innermost one.
  llvm::sort(Scopes, [](const Scope &A, const Scope &B) {
    return std::tie(A.Depth, A.Section, A.Lo) <
           std::tie(B.Depth, B.Section, B.Lo);
  });
  for (const Scope &S : Scopes) {
    auto L = std::lower_bound(Lines.begin(), Lines.end(), S,
                              [](const LineRow &R, const Scope &S) {
                                return std::tie(R.Section, R.Addr) <
                                       std::tie(S.Section, S.Lo);
                              });
    for (; L != Lines.end() && L->Section == S.Section && L->Addr < S.Hi; ++L)
      L->Inline = S.Inline;
  }
}

AddrRow MapBuilder::rowFor(const WasmCode &Code, const LineRow &R) {
  if (R.Line == 0) // code no instruction accounts for
    return {0, 0, NoLoc, 0};
  uint64_t Offset;
  uint32_t Loc;
  if (SourceLines && Files[R.File] != ModuleFile) {
    // Inlined code is at a source position of another function: the
    // inlined one where the objects say which.
    Offset = firstOffsetAt(R.Inline ? Inlines[R.Inline - 1].func
                                    : Code.FuncIdx,
                           R.File, R.Line, R.Col);
    if (!Offset)
      Offset = firstOffsetAt(AnyFunction, R.File, R.Line, R.Col);
    Loc = locIndex(R.File, R.Line, R.Col, Offset ? sourceCallAt(Offset) : 0);
  } else {
    Offset = R.Line;
    Loc = sourceLoc(Offset);
  }
  uint32_t Inline = R.Inline;
  // Where the debug info has no inlining record (-g with source lines), an
  // offset outside the function's own code is still inlined code's, from a
  // call the map cannot place.
  if (!Inline) {
    uint32_t Func = funcAt(Offset, Code.FuncIdx);
    if (Func != Code.FuncIdx)
      Inline = inlineIndex(Func, 0, NoLoc, 0);
  }
  return {0, uint32_t(Offset), Loc, Inline};
}

Error MapBuilder::addObject(ArrayRef<char> Bytes) {
  Expected<std::unique_ptr<object::ObjectFile>> Obj =
      object::ObjectFile::createObjectFile(
          MemoryBufferRef(StringRef(Bytes.data(), Bytes.size()), "code"));
  if (!Obj)
    return makeError("internal compiler error: the code generator's object "
                     "does not read back: " +
                     toString(Obj.takeError()));

  // Every function symbol, Wasm code or not: the next one's start ends a
  // function's code.
  std::vector<CodeSymbol> Code;
  for (const object::SymbolRef &S : (*Obj)->symbols()) {
    Expected<object::SymbolRef::Type> Type = S.getType();
    Expected<StringRef> Name = S.getName();
    Expected<uint64_t> Addr = S.getAddress();
    Expected<object::section_iterator> Sec = S.getSection();
    if (!Type || !Name || !Addr || !Sec || *Sec == (*Obj)->section_end() ||
        *Type != object::SymbolRef::ST_Function) {
      consumeError(Type.takeError());
      consumeError(Name.takeError());
      consumeError(Addr.takeError());
      consumeError(Sec.takeError());
      continue;
    }
    StringRef N = *Name;
    if ((*Obj)->isMachO())
      N.consume_front("_"); // Mach-O's C symbol prefix
    auto It = Symbols.find(N);
    Code.push_back({(*Sec)->getIndex(), *Addr,
                    It == Symbols.end() ? nullptr : &It->second});
  }
  llvm::sort(Code, [](const CodeSymbol &A, const CodeSymbol &B) {
    return std::tie(A.Section, A.Start) < std::tie(B.Section, B.Start);
  });

  // The objects are the code generator's own; a line table it wrote that
  // does not read would only make the map poorer, never the output wrong.
  auto Ignore = [](Error E) { consumeError(std::move(E)); };
  std::unique_ptr<DWARFContext> DC = DWARFContext::create(
      **Obj, DWARFContext::ProcessDebugRelocations::Process, nullptr, "",
      Ignore, Ignore);
  std::vector<LineRow> Lines;
  for (const std::unique_ptr<DWARFUnit> &Unit : DC->compile_units()) {
    const DWARFDebugLine::LineTable *LT = DC->getLineTableForUnit(Unit.get());
    if (!LT)
      continue;
    const char *CompDir = Unit->getCompilationDir();
    DenseMap<uint64_t, uint32_t> FileOf; // SourceLines only
    for (const DWARFDebugLine::Row &R : LT->Rows) {
      if (R.EndSequence)
        continue;
      uint32_t File = NoLoc;
      if (SourceLines) {
        auto [It, New] = FileOf.try_emplace(R.File, 0);
        if (New) {
          std::string Path;
          if (!LT->getFileNameByIndex(
                  R.File, CompDir ? CompDir : "",
                  DILineInfoSpecifier::FileLineInfoKind::AbsoluteFilePath,
                  Path))
            Path = "<unknown>";
          It->second = fileIndex(Path);
        }
        File = It->second;
      }
      Lines.push_back({R.Address.SectionIndex, R.Address.Address, R.Line,
                       R.Column, File});
    }
  }
  // Rows at one address: the order only has to be deterministic.
  llvm::sort(Lines, [](const LineRow &A, const LineRow &B) {
    return std::tie(A.Section, A.Addr, A.Line, A.Col, A.File) <
           std::tie(B.Section, B.Addr, B.Line, B.Col, B.File);
  });
  readInlining(*DC, Lines);

  for (size_t I = 0; I < Code.size(); ++I) {
    const CodeSymbol &S = Code[I];
    if (!S.Code)
      continue;
    uint64_t End = I + 1 < Code.size() && Code[I + 1].Section == S.Section
                       ? Code[I + 1].Start
                       : UINT64_MAX;
    auto L = std::lower_bound(Lines.begin(), Lines.end(), S,
                              [](const LineRow &R, const CodeSymbol &S) {
                                return std::tie(R.Section, R.Addr) <
                                       std::tie(S.Section, S.Start);
                              });
    Range Out{S.Code->FuncIdx, S.Code->Copy, {}};
    for (; L != Lines.end() && L->Section == S.Section && L->Addr < End; ++L) {
      AddrRow Row = rowFor(*S.Code, *L);
      Row.Native = uint32_t(L->Addr - S.Start);
      // A row that says what the one before it says adds nothing.
      if (!Out.Rows.empty() && Out.Rows.back().Wasm == Row.Wasm &&
          Out.Rows.back().Loc == Row.Loc && Out.Rows.back().Inline == Row.Inline)
        continue;
      if (!Out.Rows.empty() && Out.Rows.back().Native == Row.Native)
        Out.Rows.back() = Row; // the later row at an address is its
      else
        Out.Rows.push_back(Row);
    }
    if (!Out.Rows.empty())
      Ranges.push_back(std::move(Out));
  }
  return Error::success();
}

Expected<SmallVector<char, 0>> MapBuilder::emit(TargetMachine &TM) {
  llvm::sort(Ranges, [](const Range &A, const Range &B) {
    return std::tie(A.Func, A.Copy) < std::tie(B.Func, B.Copy);
  });
  std::vector<uint32_t> RangeWords, LocWords, InlineWords;
  SmallVector<char, 0> Rows;
  raw_svector_ostream OS(Rows);
  for (const Range &R : Ranges) {
    RangeWords.insert(RangeWords.end(), {R.Func, R.Copy, uint32_t(Rows.size()),
                                         uint32_t(R.Rows.size())});
    AddrRow Prev{0, 0, NoLoc, 0};
    for (const AddrRow &Row : R.Rows) {
      bool LocChanged = Row.Loc != Prev.Loc;
      bool InlineChanged = Row.Inline != Prev.Inline;
      encodeULEB128((uint64_t(Row.Native - Prev.Native) << 2) |
                        (uint64_t(LocChanged) << 1) | uint64_t(InlineChanged),
                    OS);
      encodeSLEB128(int64_t(Row.Wasm) - int64_t(Prev.Wasm), OS);
      auto Coded = [](uint32_t Loc) {
        return Loc == NoLoc ? int64_t(0) : int64_t(Loc) + 1;
      };
      if (LocChanged)
        encodeSLEB128(Coded(Row.Loc) - Coded(Prev.Loc), OS);
      if (InlineChanged)
        encodeSLEB128(int64_t(Row.Inline) - int64_t(Prev.Inline), OS);
      Prev = Row;
    }
  }
  for (const wasmc_source_loc &L : Locs)
    LocWords.insert(LocWords.end(), {L.file, L.line, L.column,
                                     L.inlined_name, L.parent});
  for (const wasmc_inline_frame &F : Inlines)
    InlineWords.insert(InlineWords.end(),
                       {F.func, F.call_offset, F.call_loc, F.parent});

  LLVMContext Ctx;
  llvm::Module M("wasmc.addrmap", Ctx);
  M.setTargetTriple(TM.getTargetTriple().str());
  M.setDataLayout(TM.createDataLayout());
  Type *I32 = Type::getInt32Ty(Ctx);
  PointerType *Ptr = PointerType::getUnqual(Ctx);
  auto Private = [&](Constant *Init, const Twine &Name) -> Constant * {
    auto *GV = new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                                  GlobalValue::PrivateLinkage, Init, Name);
    GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
    return GV;
  };
  auto Words = [&](ArrayRef<uint32_t> W, const Twine &Name) -> Constant * {
    if (W.empty())
      return ConstantPointerNull::get(Ptr);
    return Private(ConstantDataArray::get(Ctx, W), Name);
  };
  std::vector<Constant *> FilePtrs;
  for (const std::string &F : Files)
    FilePtrs.push_back(
        Private(ConstantDataArray::getString(Ctx, F), "wasmc.addrmap.file"));
  Constant *FileArray =
      FilePtrs.empty()
          ? static_cast<Constant *>(ConstantPointerNull::get(Ptr))
          : Private(ConstantArray::get(ArrayType::get(Ptr, FilePtrs.size()),
                                       FilePtrs),
                    "wasmc.addrmap.files");
  auto *MapTy = StructType::get(Ctx, {I32, Ptr, Ptr, Ptr, Ptr, I32, Ptr});
  Constant *Map = ConstantStruct::get(
      MapTy, {ConstantInt::get(I32, Ranges.size()),
              Words(RangeWords, "wasmc.addrmap.ranges"),
              Rows.empty()
                  ? static_cast<Constant *>(ConstantPointerNull::get(Ptr))
                  : Private(ConstantDataArray::get(
                                Ctx, ArrayRef<uint8_t>(
                                         reinterpret_cast<const uint8_t *>(
                                             Rows.data()),
                                         Rows.size())),
                            "wasmc.addrmap.rows"),
              Words(LocWords, "wasmc.addrmap.locs"),
              Words(InlineWords, "wasmc.addrmap.inlines"),
              ConstantInt::get(I32, Files.size()), FileArray});
  auto *GV = new GlobalVariable(M, MapTy, /*isConstant=*/true,
                                GlobalValue::ExternalLinkage, Map,
                                WASMC_ADDR_MAP_SYMBOL);
  GV->setVisibility(GlobalValue::HiddenVisibility);
  return emitModule(M, TM, EmitKind::Object);
}

Expected<SmallVector<char, 0>>
buildAddressMap(ArrayRef<SmallVector<char, 0>> Objects,
                const WasmCodeSymbols &Symbols, const Module &WM,
                const WasmDwarf &Source, bool FullDebugInfo,
                StringRef ModuleFile, TargetMachine &TM) {
  MapBuilder B(Symbols, WM, Source, FullDebugInfo, ModuleFile);
  for (const SmallVector<char, 0> &Object : Objects)
    if (Error E = B.addObject(Object))
      return std::move(E);
  return B.emit(TM);
}

} // namespace wasmc
