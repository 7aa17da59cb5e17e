//===- WasmDwarf.cpp - What wasmc reads of a module's DWARF --------------===//
#include "reader/WasmDwarf.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/DebugInfo/DWARF/DWARFContext.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace llvm;

namespace wasmc {

/// The module's .debug_* custom sections as a DWARFContext, or null if it
/// has no line table and no unit to read.
static std::unique_ptr<DWARFContext> openDwarf(const Module &WM) {
  StringMap<std::unique_ptr<MemoryBuffer>> Sections;
  for (const CustomSection &C : WM.Customs)
    if (StringRef(C.Name).starts_with(".debug_"))
      Sections[StringRef(C.Name).drop_front()] = MemoryBuffer::getMemBuffer(
          toStringRef(C.Payload), C.Name, /*RequiresNullTerminator=*/false);
  if (!Sections.count("debug_info"))
    return nullptr;
  auto Ignore = [](Error E) { consumeError(std::move(E)); };
  return DWARFContext::create(Sections, /*AddrSize=*/4,
                              /*isLittleEndian=*/true, Ignore, Ignore);
}

namespace {
/// The code ranges of one inlined call, at its depth of nesting.
struct InlineScope {
  uint64_t Lo, Hi;
  unsigned Depth;
  uint32_t Call; // index + 1 into Calls
};
} // namespace

/// The inlined_subroutine entries of Unit: each becomes an InlinedCall
/// (its parent the innermost enclosing one) and scopes for its ranges.
/// FileOf maps the unit's line-table file indices to Files indices.
static void readInlinedCalls(DWARFUnit &Unit, uint64_t CodeSectionOffset,
                             function_ref<uint32_t(uint64_t)> FileOf,
                             std::vector<WasmDwarf::InlinedCall> &Calls,
                             std::vector<InlineScope> &Scopes) {
  // The call and depth of each inlined_subroutine read so far, by DIE
  // offset (a parent comes before its children).
  DenseMap<uint64_t, std::pair<uint32_t, unsigned>> Entries;
  for (const DWARFDebugInfoEntry &Entry : Unit.dies()) {
    DWARFDie Die(&Unit, &Entry);
    if (Die.getTag() != dwarf::DW_TAG_inlined_subroutine)
      continue;
    WasmDwarf::InlinedCall Call;
    const char *Name = Die.getName(DINameKind::ShortName);
    Call.Name = Name && *Name ? Name : "<inlined function>";
    std::optional<uint64_t> File =
        dwarf::toUnsigned(Die.find(dwarf::DW_AT_call_file));
    Call.CallFile = File ? FileOf(*File) : 0;
    Call.CallLine =
        File ? uint32_t(dwarf::toUnsigned(Die.find(dwarf::DW_AT_call_line), 0))
             : 0;
    Call.CallCol =
        uint32_t(dwarf::toUnsigned(Die.find(dwarf::DW_AT_call_column), 0));
    Call.Parent = 0;
    unsigned Depth = 1;
    for (DWARFDie P = Die.getParent(); P; P = P.getParent()) {
      if (P.getTag() == dwarf::DW_TAG_subprogram)
        break;
      auto It = Entries.find(P.getOffset());
      if (It != Entries.end()) {
        Call.Parent = It->second.first;
        Depth = It->second.second + 1;
        break;
      }
    }
    Calls.push_back(std::move(Call));
    uint32_t Index = uint32_t(Calls.size());
    Entries[Die.getOffset()] = {Index, Depth};
    Expected<DWARFAddressRangesVector> Ranges = Die.getAddressRanges();
    if (!Ranges) {
      consumeError(Ranges.takeError());
      continue;
    }
    for (const DWARFAddressRange &R : *Ranges)
      Scopes.push_back({R.LowPC + CodeSectionOffset,
                        R.HighPC + CodeSectionOffset, Depth, Index});
  }
}

WasmDwarf::WasmDwarf(const Module &WM) {
  std::unique_ptr<DWARFContext> DC = openDwarf(WM);
  if (!DC)
    return;
  StringMap<uint32_t> FileIndex;
  std::vector<InlineScope> Scopes;
  for (const std::unique_ptr<DWARFUnit> &Unit : DC->compile_units()) {
    const DWARFDebugLine::LineTable *LT = DC->getLineTableForUnit(Unit.get());
    if (!LT)
      continue;
    const char *CompDir = Unit->getCompilationDir();
    DenseMap<uint64_t, uint32_t> ByIndex;
    auto FileOf = [&](uint64_t Index) {
      auto [It, New] = ByIndex.try_emplace(Index, 0);
      if (New) {
        std::string Path;
        if (!LT->getFileNameByIndex(
                Index, CompDir ? CompDir : "",
                DILineInfoSpecifier::FileLineInfoKind::AbsoluteFilePath, Path))
          Path = WM.ModuleName.empty() ? "<unknown>" : WM.ModuleName;
        auto [F, Added] = FileIndex.try_emplace(Path, Files.size());
        if (Added)
          Files.push_back(Path);
        It->second = F->second;
      }
      return It->second;
    };
    for (const DWARFDebugLine::Row &R : LT->Rows)
      Rows.push_back({R.Address.Address + WM.CodeSectionOffset,
                      FileOf(R.File), R.Line, R.Column, R.EndSequence != 0});
    readInlinedCalls(*Unit, WM.CodeSectionOffset, FileOf, Calls, Scopes);
  }
  // Sequences are sorted within themselves; order them all by address, an
  // end row before a row that starts at the same address (the rest of the
  // key only makes the order of overlapping sequences deterministic).
  llvm::sort(Rows, [](const Row &A, const Row &B) {
    return std::make_tuple(A.Offset, !A.End, A.Line, A.Col, A.File) <
           std::make_tuple(B.Offset, !B.End, B.Line, B.Col, B.File);
  });
  // Each row gets the innermost call whose ranges hold it: deeper scopes
  // are applied last. Inlined code starts a new row (its lines differ), so
  // a row lies wholly inside or outside each scope.
  llvm::sort(Scopes, [](const InlineScope &A, const InlineScope &B) {
    return std::tie(A.Depth, A.Lo) < std::tie(B.Depth, B.Lo);
  });
  for (const InlineScope &S : Scopes)
    for (auto R = std::lower_bound(Rows.begin(), Rows.end(), S.Lo,
                                   [](const Row &Row, uint64_t O) {
                                     return Row.Offset < O;
                                   });
         R != Rows.end() && R->Offset < S.Hi; ++R)
      R->Inline = S.Call;
}

/// Whether R gives its instructions a source position.
static bool hasLine(const WasmDwarf::Row &R) { return !R.End && R.Line != 0; }

std::vector<WasmDwarf::Row>::const_iterator
WasmDwarf::rowInForce(uint64_t Offset) const {
  auto It = std::upper_bound(
      Rows.begin(), Rows.end(), Offset,
      [](uint64_t A, const Row &R) { return A < R.Offset; });
  return It == Rows.begin() ? Rows.end() : std::prev(It);
}

const WasmDwarf::Row *WasmDwarf::rowAt(uint64_t Offset) const {
  auto It = rowInForce(Offset);
  return It != Rows.end() && hasLine(*It) ? &*It : nullptr;
}

bool WasmDwarf::covers(uint64_t Begin, uint64_t End) const {
  auto It = rowInForce(Begin);
  if (It == Rows.end()) // before the first row: from that row on
    It = Rows.begin();
  for (; It != Rows.end() && It->Offset < End; ++It)
    if (hasLine(*It))
      return true;
  return false;
}

void addDwarfFunctionNames(Module &WM) {
  if (WM.Bodies.empty() || WM.FuncNames.size() >= WM.Bodies.size() +
                                                     WM.NumImportedFuncs)
    return;
  std::unique_ptr<DWARFContext> DC = openDwarf(WM);
  if (!DC)
    return;
  for (const std::unique_ptr<DWARFUnit> &Unit : DC->compile_units())
    for (const DWARFDebugInfoEntry &Entry : Unit->dies()) {
      DWARFDie Die(Unit.get(), &Entry);
      if (Die.getTag() != dwarf::DW_TAG_subprogram)
        continue;
      std::optional<uint64_t> LowPC = dwarf::toAddress(Die.find(dwarf::DW_AT_low_pc));
      const char *Name = Die.getName(DINameKind::ShortName);
      if (!LowPC || !Name || !*Name)
        continue;
      // The body that holds the subprogram's first address (a body's, as
      // LLVM writes it, is that of its size field).
      uint64_t Offset = *LowPC + WM.CodeSectionOffset;
      auto It = std::upper_bound(WM.Bodies.begin(), WM.Bodies.end(), Offset,
                                 [](uint64_t O, const FunctionBody &B) {
                                   return O < B.BodyOffset;
                                 });
      if (It == WM.Bodies.begin())
        continue;
      // A function the linker dropped keeps its subprogram, with an address
      // out of every body (wasm-ld's tombstone).
      const FunctionBody &Body = *std::prev(It);
      if (Offset >= Body.CodeOffset + Body.Code.size())
        continue;
      uint32_t FuncIdx =
          WM.NumImportedFuncs + uint32_t(std::prev(It) - WM.Bodies.begin());
      WM.FuncNames.try_emplace(FuncIdx, Name);
    }
}

} // namespace wasmc
