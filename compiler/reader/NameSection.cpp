//===- NameSection.cpp - Function and module names from "name" ------------===//
//
// Only the module name (subsection 0) and function names (subsection 1) are
// used, for diagnostics and trap backtraces. The section is decoded into
// temporaries and committed only if all of it is well-formed: the spec
// treats a malformed name section as absent, never as an error.
//
//===----------------------------------------------------------------------===//
#include "reader/SectionReaders.h"

using namespace llvm;

namespace wasmc {

namespace {
enum NameSubsection : uint8_t { ModuleNameId = 0, FunctionNamesId = 1 };
} // namespace

static Error readFunctionNames(ByteReader &R,
                               DenseMap<uint32_t, std::string> &Names) {
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  Names.reserve(boundedReserve(Count, R, 2));
  std::optional<uint32_t> Prev;
  for (uint32_t N = 0; N < Count; ++N) {
    uint32_t Idx;
    if (Error E = R.readVarU32(Idx))
      return E;
    // A name map lists indices in increasing order, each once.
    if (Prev && Idx <= *Prev)
      return R.errorHere("function names out of order");
    Prev = Idx;
    std::string Name;
    if (Error E = R.readName(Name))
      return E;
    Names[Idx] = std::move(Name);
  }
  return Error::success();
}

static Error readNameSection(ByteReader &R, std::string &ModName,
                             DenseMap<uint32_t, std::string> &Names) {
  int LastId = -1;
  while (!R.atEnd()) {
    uint8_t Id;
    if (Error E = R.readByte(Id))
      return E;
    // Subsections appear at most once, in increasing order of id.
    if (int(Id) <= LastId)
      return R.errorHere("name subsection out of order");
    LastId = Id;
    uint32_t Size;
    if (Error E = R.readLength(Size))
      return E;
    ByteReader Sub = R.takeSub(Size);
    if (Id == ModuleNameId) {
      if (Error E = Sub.readName(ModName))
        return E;
    } else if (Id == FunctionNamesId) {
      if (Error E = readFunctionNames(Sub, Names))
        return E;
    } else {
      continue; // local, label, type... names: not used
    }
    if (!Sub.atEnd())
      return Sub.errorHere("name subsection size mismatch");
  }
  return Error::success();
}

bool parseNameSection(ArrayRef<uint8_t> Payload, uint64_t Offset, Module &M) {
  ByteReader R(Payload, Offset);
  std::string ModName;
  DenseMap<uint32_t, std::string> Names;
  if (Error E = readNameSection(R, ModName, Names)) {
    consumeError(std::move(E));
    return false;
  }
  M.ModuleName = std::move(ModName);
  M.FuncNames = std::move(Names);
  return true;
}

} // namespace wasmc
