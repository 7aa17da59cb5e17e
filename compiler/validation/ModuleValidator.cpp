//===- ModuleValidator.cpp - Module-level validation rules ----------------===//
//
// The rules that do not look inside function bodies: imports, limits,
// globals, element and data segments, the start function and exports. The
// order of the checks follows the spec's reference interpreter, so that a
// module with several faults reports the same one the spec tests expect.
//
//===----------------------------------------------------------------------===//
#include "validation/Validator.h"
#include "validation/ValidatorInternal.h"
#include "support/Diagnostic.h"
#include "llvm/ADT/DenseSet.h"

using namespace llvm;

namespace wasmc {
namespace validation {

ModuleFacts::ModuleFacts(const Module &M) : M(M), Rel(M) {
  NumFuncs = static_cast<uint32_t>(M.FuncTypes.size());
  NumImportedGlobals = std::min<uint32_t>(
      M.NumImportedGlobals, static_cast<uint32_t>(M.GlobalTypes.size()));
  DeclaredRefs.resize(NumFuncs);
  for (uint32_t Idx : M.DeclaredFuncRefs)
    if (Idx < NumFuncs)
      DeclaredRefs.set(Idx);
}

} // namespace validation

using namespace validation;

/// Where a diagnostic about a table or memory goes: its limits, or failing
/// that (a reader that does not record Limits::Offset) the import that
/// declared it; a defined one is then reported without a position.
static Error limitsError(const Module &M, ExternKind Kind, uint32_t Idx,
                         const Twine &Msg) {
  const Limits *L = nullptr;
  if (Kind == ExternKind::Table && Idx < M.Tables.size())
    L = &M.Tables[Idx].Lim;
  else if (Kind == ExternKind::Memory && Idx < M.Memories.size())
    L = &M.Memories[Idx].Lim;
  if (L && L->Offset)
    return makeError(L->Offset, Msg);
  uint32_t Seen = 0;
  for (const Import &Imp : M.Imports) {
    if (Imp.Kind != Kind)
      continue;
    if (Seen++ == Idx)
      return makeError(Imp.Offset, Msg);
  }
  const char *What = Kind == ExternKind::Table ? "table" : "memory";
  return makeError(Msg + " (" + What + " " + Twine(Idx) + ")");
}

static Error checkLimits(const Module &M, ExternKind Kind, uint32_t Idx,
                         const Limits &L, uint64_t Bound,
                         const char *RangeMsg) {
  if (L.Min > Bound || (L.Max && *L.Max > Bound))
    return limitsError(M, Kind, Idx, RangeMsg);
  if (L.Max && L.Min > *L.Max)
    return limitsError(M, Kind, Idx,
                       "size minimum must not be greater than maximum");
  return Error::success();
}

/// A concrete heap type in T must name one of the first NumTypes types.
static bool knownType(ValType T, size_t NumTypes) {
  return !T.isRef() || !T.heap().isConcrete() || T.heap().index() < NumTypes;
}

static Error unknownType(uint64_t Offset, ValType T) {
  return makeError(Offset, "unknown type " + Twine(T.heap().index()));
}

static Error checkTable(const Module &M, uint32_t Idx) {
  const TableType &T = M.Tables[Idx];
  if (!isRefType(T.Elem))
    return limitsError(M, ExternKind::Table, Idx,
                       "malformed reference type in table");
  if (!knownType(T.Elem, M.Types.size()))
    return limitsError(M, ExternKind::Table, Idx,
                       "unknown type " + Twine(T.Elem.heap().index()));
  if (T.Lim.Is64) // every u64 is a valid table64 size
    return checkLimits(M, ExternKind::Table, Idx, T.Lim, UINT64_MAX, "");
  return checkLimits(M, ExternKind::Table, Idx, T.Lim, 0xFFFFFFFFu,
                     "table size must be at most 2^32-1");
}

static Error checkMemory(const Module &M, uint32_t Idx) {
  const Limits &L = M.Memories[Idx].Lim;
  // 2^48 pages of 64 KiB span the whole 64-bit address space.
  if (L.Is64)
    return checkLimits(M, ExternKind::Memory, Idx, L, uint64_t(1) << 48,
                       "memory size must be at most 2^48 pages");
  return checkLimits(M, ExternKind::Memory, Idx, L, 65536,
                     "memory size must be at most 65536 pages (4GiB)");
}

/// Things the reader is expected to guarantee but that would make later
/// checks index out of range if it did not.
static Error checkReaderInvariants(const Module &M) {
  if (M.NumImportedFuncs > M.FuncTypes.size() ||
      M.NumImportedTables > M.Tables.size() ||
      M.NumImportedMemories > M.Memories.size() ||
      M.NumImportedGlobals > M.GlobalTypes.size() ||
      M.NumImportedTags > M.TagTypes.size() ||
      M.GlobalTypes.size() - M.NumImportedGlobals != M.Globals.size())
    return makeError("internal error: inconsistent module index spaces");
  if (M.Bodies.size() != M.FuncTypes.size() - M.NumImportedFuncs)
    return makeError(
        "function and code section have inconsistent lengths");
  if (M.DataCount && *M.DataCount != M.Datas.size())
    return makeError("data count and data section have inconsistent lengths");
  return Error::success();
}

/// Types may refer to the types of their own recursion group and of
/// earlier ones, not to later groups.
static Error checkTypes(const Module &M) {
  for (uint32_t I = 0; I < M.Types.size(); ++I) {
    const FuncType &FT = M.Types[I];
    uint32_t GroupEnd = FT.recStart(I) + FT.RecSize;
    for (const std::vector<ValType> *List : {&FT.Params, &FT.Results})
      for (ValType T : *List)
        if (!knownType(T, GroupEnd))
          return makeError("unknown type " + Twine(T.heap().index()));
  }
  return Error::success();
}

/// A tag's type: a function type whose params are the exception's values
/// and which has no results (a thrown exception returns nowhere).
static Error checkTagType(const Module &M, uint32_t TypeIdx, uint64_t Offset) {
  auto Fail = [&](const Twine &Msg) {
    return Offset ? makeError(Offset, Msg) : makeError(Msg);
  };
  if (TypeIdx >= M.Types.size())
    return Fail("unknown type " + Twine(TypeIdx));
  if (!M.Types[TypeIdx].Results.empty())
    return Fail("non-empty tag result type (type " + Twine(TypeIdx) + ")");
  return Error::success();
}

static Error checkImports(const Module &M) {
  for (const Import &Imp : M.Imports) {
    if (Imp.Kind == ExternKind::Func && Imp.FuncTypeIdx >= M.Types.size())
      return makeError(Imp.Offset,
                       "unknown type " + Twine(Imp.FuncTypeIdx));
    if (Imp.Kind == ExternKind::Tag)
      if (Error E = checkTagType(M, Imp.TagTypeIdx, Imp.Offset))
        return E;
    if (Imp.Kind == ExternKind::Global &&
        !knownType(Imp.Global.Type, M.Types.size()))
      return unknownType(Imp.Offset, Imp.Global.Type);
  }
  for (uint32_t I = 0; I < M.NumImportedTables; ++I)
    if (Error E = checkTable(M, I))
      return E;
  for (uint32_t I = 0; I < M.NumImportedMemories; ++I)
    if (Error E = checkMemory(M, I))
      return E;
  // Function types of defined functions are resolved when the context is
  // built, before anything else is checked. (Imported ones were checked
  // above, at their import.)
  for (size_t I = M.NumImportedFuncs; I < M.FuncTypes.size(); ++I)
    if (M.FuncTypes[I] >= M.Types.size())
      return makeError(M.Bodies[I - M.NumImportedFuncs].BodyOffset,
                       "unknown type " + Twine(M.FuncTypes[I]));
  for (size_t I = 0; I < M.NumImportedFuncs; ++I)
    if (M.FuncTypes[I] >= M.Types.size())
      return makeError("unknown type " + Twine(M.FuncTypes[I]));
  return Error::success();
}

static Error checkElemSegment(const ModuleFacts &F, const ElemSegment &S) {
  const Module &M = F.M;
  uint32_t AllGlobals = static_cast<uint32_t>(M.GlobalTypes.size());
  if (!knownType(S.ElemType, M.Types.size()))
    return unknownType(S.FileOffset, S.ElemType);
  for (const ConstExpr &Item : S.Items)
    if (Error E = validateConstExpr(F, Item, S.ElemType, AllGlobals))
      return E;
  if (S.Mode != SegmentMode::Active)
    return Error::success();
  if (S.Table >= M.Tables.size())
    return makeError(S.FileOffset, "unknown table " + Twine(S.Table));
  if (!F.Rel.isSubtype(S.ElemType, M.Tables[S.Table].Elem))
    return makeError(S.FileOffset,
                     Twine("type mismatch in active element segment: ") +
                         typeName(S.ElemType) + " segment for a " +
                         typeName(M.Tables[S.Table].Elem) + " table");
  return validateConstExpr(F, S.Offset, M.tableAddrType(S.Table), AllGlobals);
}

static Error checkDataSegment(const ModuleFacts &F, const DataSegment &S) {
  if (S.Mode != SegmentMode::Active)
    return Error::success();
  if (S.Memory >= F.M.Memories.size())
    return makeError(S.FileOffset, "unknown memory " + Twine(S.Memory));
  return validateConstExpr(F, S.Offset, F.M.memoryAddrType(S.Memory),
                           static_cast<uint32_t>(F.M.GlobalTypes.size()));
}

static Error checkStart(const ModuleFacts &F) {
  const Module &M = F.M;
  if (!M.Start)
    return Error::success();
  uint32_t Idx = *M.Start;
  // Without the start section's offset, a defined function's body is the
  // next best place to point at.
  uint64_t Off = M.StartOffset;
  if (!Off && Idx >= M.NumImportedFuncs && Idx < F.NumFuncs)
    Off = M.Bodies[Idx - M.NumImportedFuncs].BodyOffset;
  auto Fail = [&](const Twine &Msg) {
    return Off ? makeError(Off, Msg) : makeError(Msg);
  };
  if (Idx >= F.NumFuncs)
    return Fail("unknown function " + Twine(Idx) + " as start function");
  const FuncType &T = M.funcType(Idx);
  if (!T.Params.empty() || !T.Results.empty())
    return Fail("start function must not have parameters or results "
                "(function " +
                Twine(Idx) + ")");
  return Error::success();
}

static Error checkExports(const ModuleFacts &F) {
  const Module &M = F.M;
  DenseSet<StringRef> Names;
  Names.reserve(M.Exports.size());
  for (const Export &Ex : M.Exports) {
    uint64_t Bound = 0;
    const char *What = "";
    switch (Ex.Kind) {
    case ExternKind::Func:
      Bound = F.NumFuncs;
      What = "unknown function ";
      break;
    case ExternKind::Table:
      Bound = M.Tables.size();
      What = "unknown table ";
      break;
    case ExternKind::Memory:
      Bound = M.Memories.size();
      What = "unknown memory ";
      break;
    case ExternKind::Global:
      Bound = M.GlobalTypes.size();
      What = "unknown global ";
      break;
    case ExternKind::Tag:
      Bound = M.TagTypes.size();
      What = "unknown tag ";
      break;
    }
    if (Ex.Index >= Bound)
      return makeError(Ex.Offset, What + Twine(Ex.Index));
    if (!Names.insert(Ex.Name).second)
      return makeError(Ex.Offset, "duplicate export name \"" + Ex.Name + "\"");
  }
  return Error::success();
}

Error validateModule(const Module &M) {
  if (Error E = checkReaderInvariants(M))
    return E;
  if (Error E = checkTypes(M))
    return E;
  if (Error E = checkImports(M))
    return E;
  ModuleFacts F(M);
  for (uint32_t I = 0; I < M.Globals.size(); ++I) {
    if (!knownType(M.Globals[I].Type.Type, M.Types.size()))
      return unknownType(M.Globals[I].Init.Offset, M.Globals[I].Type.Type);
    if (Error E = validateConstExpr(F, M.Globals[I].Init,
                                    M.Globals[I].Type.Type,
                                    F.NumImportedGlobals + I))
      return E;
  }
  for (uint32_t I = M.NumImportedTables; I < M.Tables.size(); ++I) {
    if (Error E = checkTable(M, I))
      return E;
    // The table section comes before the global section: an initialiser
    // sees the imported globals only.
    uint32_t Defined = I - M.NumImportedTables;
    if (Defined < M.TableInits.size())
      if (Error E = validateConstExpr(F, M.TableInits[Defined],
                                      M.Tables[I].Elem, F.NumImportedGlobals))
        return E;
  }
  for (uint32_t I = M.NumImportedMemories; I < M.Memories.size(); ++I)
    if (Error E = checkMemory(M, I))
      return E;
  for (uint32_t I = M.NumImportedTags; I < M.TagTypes.size(); ++I)
    if (Error E = checkTagType(M, M.TagTypes[I],
                               I < M.TagOffsets.size() ? M.TagOffsets[I] : 0))
      return E;
  for (const ElemSegment &S : M.Elems)
    if (Error E = checkElemSegment(F, S))
      return E;
  for (const DataSegment &S : M.Datas)
    if (Error E = checkDataSegment(F, S))
      return E;
  if (Error E = validateFunctionBodies(F))
    return E;
  if (Error E = checkStart(F))
    return E;
  if (Error E = checkExports(F))
    return E;
  if (!M.Feats.MultiMemory && M.Memories.size() > 1) {
    // Wasm 2.0 allows one memory; the second is the offending declaration.
    return limitsError(M, ExternKind::Memory, 1,
                       "multiple memories are not allowed without the "
                       "multi-memory feature");
  }
  return Error::success();
}

} // namespace wasmc
