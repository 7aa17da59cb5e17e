//===- BinaryReader.cpp - Decode the Wasm binary format -------------------===//
//
// The module header, the framing of sections (id, size, order, duplicates)
// and the checks that span sections. The contents of each section are
// decoded in SectionReaders.cpp, CodeSection.cpp, NameSection.cpp and
// BranchHints.cpp.
//
//===----------------------------------------------------------------------===//
#include "reader/BinaryReader.h"
#include "reader/WasmDwarf.h"
#include "reader/SectionReaders.h"
#include "support/Diagnostic.h"
#include <iterator>

using namespace llvm;

namespace wasmc {

namespace {
enum SectionId : uint8_t {
  CustomId = 0,
  TypeId = 1,
  ImportId = 2,
  FunctionId = 3,
  TableId = 4,
  MemoryId = 5,
  GlobalId = 6,
  ExportId = 7,
  StartId = 8,
  ElementId = 9,
  CodeId = 10,
  DataId = 11,
  DataCountId = 12,
  TagId = 13, // exception handling
  LastSectionId = TagId,
};
} // namespace

static const char *sectionName(uint8_t Id) {
  static const char *const Names[] = {
      "custom", "type",    "import", "function", "table",
      "memory", "global",  "export", "start",    "element",
      "code",   "data",    "data count", "tag"};
  return Id <= LastSectionId ? Names[Id] : "unknown";
}

// Position of each non-custom section in the required order. The data count
// and tag sections were added after the others were numbered, so their ids
// are out of sequence with where they must appear: data count between
// element and code, tag between memory and global.
static unsigned sectionRank(uint8_t Id) {
  static const uint8_t Order[] = {TypeId,    ImportId,    FunctionId, TableId,
                                  MemoryId,  TagId,       GlobalId,   ExportId,
                                  StartId,   ElementId,   DataCountId, CodeId,
                                  DataId};
  for (unsigned Rank = 0; Rank < std::size(Order); ++Rank)
    if (Order[Rank] == Id)
      return Rank + 1;
  return 0; // custom sections have no rank
}

static Error readSectionContents(uint8_t Id, ByteReader &R, ReadState &S) {
  switch (Id) {
  case CustomId:
    return readCustomSection(R, S);
  case TypeId:
    return readTypeSection(R, S);
  case ImportId:
    return readImportSection(R, S);
  case FunctionId:
    return readFunctionSection(R, S);
  case TableId:
    return readTableSection(R, S);
  case MemoryId:
    return readMemorySection(R, S);
  case GlobalId:
    return readGlobalSection(R, S);
  case ExportId:
    return readExportSection(R, S);
  case StartId:
    return readStartSection(R, S);
  case ElementId:
    return readElementSection(R, S);
  case CodeId:
    return readCodeSection(R, S);
  case DataId:
    return readDataSection(R, S);
  case DataCountId:
    return readDataCountSection(R, S);
  case TagId:
    return readTagSection(R, S);
  }
  return R.errorHere("malformed section id");
}

static Error readHeader(ByteReader &R) {
  static const uint8_t Magic[4] = {0x00, 0x61, 0x73, 0x6D};
  uint64_t Word;
  if (Error E = R.readFixed(4, Word))
    return E;
  for (unsigned I = 0; I < 4; ++I)
    if (((Word >> (8 * I)) & 0xFF) != Magic[I])
      return makeError(0, "magic header not detected");
  if (Error E = R.readFixed(4, Word))
    return E;
  if (Word != 1)
    return makeError(4, "unknown binary version");
  return Error::success();
}

// Checks that apply once every section has been seen.
static Error checkAcrossSections(const ReadState &S, uint64_t EndOffset) {
  const Module &M = S.M;
  uint32_t NumFuncs = S.NumDeclaredFuncs.value_or(0);
  if (!S.SawCode && NumFuncs != 0)
    return makeError(EndOffset,
                     "function and code section have inconsistent lengths");
  if (M.DataCount && !S.SawData && *M.DataCount != 0)
    return makeError(EndOffset,
                     "data count and data section have inconsistent lengths");
  return Error::success();
}

Expected<std::unique_ptr<Module>> readModule(MemoryBufferRef Buffer,
                                             Features Feats) {
  ArrayRef<uint8_t> Bytes(
      reinterpret_cast<const uint8_t *>(Buffer.getBufferStart()),
      Buffer.getBufferSize());
  ByteReader R(Bytes, 0, "unexpected end");
  if (Error E = readHeader(R))
    return std::move(E);

  auto M = std::make_unique<Module>();
  M->Feats = Feats;
  ReadState S(*M);
  unsigned LastRank = 0;
  uint8_t LastId = CustomId;
  while (!R.atEnd()) {
    uint64_t IdOffset = R.offset();
    uint8_t Id;
    if (Error E = R.readByte(Id))
      return std::move(E);
    if (Id > LastSectionId)
      return makeError(IdOffset, "malformed section id");
    if (Id == TagId && !S.M.Feats.Exceptions)
      // As a 2.0 reader would see it, naming what would make it legal.
      return makeError(IdOffset, "malformed section id 13 (the tag section "
                                 "needs the exceptions feature, disabled by "
                                 "--disable-feature=exceptions)");
    uint32_t Size;
    if (Error E = R.readLength(Size))
      return std::move(E);
    if (Id != CustomId) {
      unsigned Rank = sectionRank(Id);
      if (Rank == LastRank)
        return makeError(IdOffset, Twine("unexpected content after last "
                                         "section: duplicate ") +
                                       sectionName(Id) + " section");
      if (Rank < LastRank)
        return makeError(IdOffset, Twine("unexpected content after last "
                                         "section: ") +
                                       sectionName(Id) +
                                       " section after " +
                                       sectionName(LastId) + " section");
      LastRank = Rank;
      LastId = Id;
    }
    ByteReader Section = R.takeSub(Size);
    if (Error E = readSectionContents(Id, Section, S))
      return std::move(E);
    if (!Section.atEnd())
      return Section.errorHere("section size mismatch");
  }
  if (Error E = checkAcrossSections(S, R.offset()))
    return std::move(E);
  readBranchHints(S);
  addDwarfFunctionNames(*M);
  return std::move(M);
}

} // namespace wasmc
