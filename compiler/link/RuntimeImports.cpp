//===- RuntimeImports.cpp - Can rtlib satisfy a module? -------------------===//
#include "link/RuntimeImports.h"
#include "support/Diagnostic.h"
#include "wasmc/abi.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

using namespace llvm;

namespace wasmc {

/// The signature rtlib implements for WASI function Name, if any.
static std::optional<StringRef> wasiSignature(StringRef Name) {
  static const StringMap<StringRef> Signatures = {
#define WASI_FUNC(name, signature) {#name, signature},
#include "wasmc/wasi_functions.def"
  };
  auto It = Signatures.find(Name);
  if (It == Signatures.end())
    return std::nullopt;
  return It->second;
}

static const char *externKindName(ExternKind K) {
  switch (K) {
  case ExternKind::Func:
    return "func";
  case ExternKind::Table:
    return "table";
  case ExternKind::Memory:
    return "memory";
  case ExternKind::Global:
    return "global";
  case ExternKind::Tag:
    return "tag";
  }
  return "unknown";
}

/// Why rtlib cannot provide Imp, or nullopt if it can.
static std::optional<std::string> unresolvedReason(const Module &M,
                                                   const Import &Imp) {
  std::string What = Imp.ModuleName + "." + Imp.FieldName + " (" +
                     externKindName(Imp.Kind);
  if (Imp.Kind != ExternKind::Func || Imp.ModuleName != WASMC_WASI_MODULE)
    return What + ")";
  std::optional<StringRef> Expected = wasiSignature(Imp.FieldName);
  if (!Expected)
    return What + ")";
  // The validator has checked the type index, but stay robust anyway.
  if (Imp.FuncTypeIdx >= M.Types.size())
    return What + " of an unknown type)";
  std::string Actual = M.Types[Imp.FuncTypeIdx].signature();
  if (Actual != *Expected)
    return What + " " + Actual + ", but WASI defines " + Expected->str() + ")";
  return std::nullopt;
}

Error checkRuntimeImports(const Module &M) {
  std::string List;
  std::optional<uint64_t> FirstOffset;
  for (const Import &Imp : M.Imports) {
    std::optional<std::string> Reason = unresolvedReason(M, Imp);
    if (!Reason)
      continue;
    if (!FirstOffset)
      FirstOffset = Imp.Offset;
    else
      List += ", ";
    List += *Reason;
  }
  if (!FirstOffset)
    return Error::success();
  return makeError(*FirstOffset,
                   "unresolved imports (the runtime provides only WASI "
                   "preview1 functions): " +
                       List);
}

Error checkCommandEntry(const Module &M) {
  for (const Export &E : M.Exports) {
    if (E.Name != "_start")
      continue;
    if (E.Kind != ExternKind::Func)
      return makeError(E.Offset, "the export '_start' must be a function of "
                                 "type [] -> [] to build an executable");
    if (E.Index < M.FuncTypes.size() && M.FuncTypes[E.Index] < M.Types.size()) {
      const FuncType &T = M.funcType(E.Index);
      if (T.Params.empty() && T.Results.empty())
        return Error::success();
    }
    return makeError(E.Offset, "the exported function '_start' must have "
                               "type [] -> [] to build an executable");
  }
  return makeError("the module exports no function '_start', so it is not a "
                   "WASI command and cannot be linked into an executable "
                   "(use -c to compile it to an object)");
}

} // namespace wasmc
