//===- TypeRelations.cpp - Type equivalence and subtyping -----------------===//
#include "reader/TypeRelations.h"
#include "llvm/ADT/StringMap.h"

namespace wasmc {

/// The canonical key of one type in the notation of FuncType::signature,
/// with concrete references replaced: "=k" for a type of an earlier group
/// whose canonical index is k, "^j" for the j-th type of the type's own
/// group, "?n" for a type of a later group (invalid; validation reports
/// it, the key just keeps it distinct).
static void appendKey(std::string &Key, ValType T, uint32_t GroupStart,
                      uint32_t GroupEnd, const std::vector<uint32_t> &Canon) {
  if (!T.isRef() || !T.heap().isConcrete()) {
    Key += valTypeName(T);
    Key += ' ';
    return;
  }
  Key += T.isNullable() ? "(ref null " : "(ref ";
  uint32_t Idx = T.heap().index();
  if (Idx < GroupStart)
    Key += "=" + std::to_string(Canon[Idx]);
  else if (Idx < GroupEnd)
    Key += "^" + std::to_string(Idx - GroupStart);
  else
    Key += "?" + std::to_string(Idx);
  Key += ") ";
}

TypeRelations::TypeRelations(const Module &M) {
  Canon.resize(M.Types.size());
  // Groups are equivalent when their keys are: the same types in the same
  // order, referring to earlier groups' types up to equivalence and to
  // their own group's at the same positions. Equivalent groups' k-th types
  // are then the same type, represented by the first such group's.
  llvm::StringMap<uint32_t> Seen;
  std::string Key;
  for (uint32_t Start = 0; Start < M.Types.size();) {
    uint32_t End = Start + M.Types[Start].RecSize;
    if (M.Types[Start].RecIndex != 0 || End > M.Types.size() || End <= Start)
      End = Start + 1; // not a group the reader made; compare alone
    Key.clear();
    for (uint32_t I = Start; I < End; ++I) {
      const FuncType &T = M.Types[I];
      Key += T.Final ? "func " : "sub func ";
      for (ValType V : T.Params)
        appendKey(Key, V, Start, End, Canon);
      Key += "->";
      for (ValType V : T.Results)
        appendKey(Key, V, Start, End, Canon);
      Key += ';';
    }
    uint32_t First = Seen.try_emplace(Key, Start).first->second;
    for (uint32_t I = Start; I < End; ++I)
      Canon[I] = First + (I - Start);
    Start = End;
  }
}

bool TypeRelations::equivalent(HeapType A, HeapType B) const {
  if (A.isConcrete() && B.isConcrete())
    return canonical(A.index()) == canonical(B.index());
  return A == B;
}

bool TypeRelations::equivalent(ValType A, ValType B) const {
  if (!A.isRef() || !B.isRef())
    return A == B;
  return A.isNullable() == B.isNullable() && equivalent(A.heap(), B.heap());
}

HeapType TypeRelations::top(HeapType A) {
  switch (A.code()) {
  case HeapType::Extern:
  case HeapType::NoExtern:
    return HeapType::Extern;
  case HeapType::Exn:
  case HeapType::NoExn:
    return HeapType::Exn;
  default:
    return HeapType::Func;
  }
}

HeapType TypeRelations::bottom(HeapType A) {
  switch (top(A).code()) {
  case HeapType::Extern:
    return HeapType::NoExtern;
  case HeapType::Exn:
    return HeapType::NoExn;
  default:
    return HeapType::NoFunc;
  }
}

bool TypeRelations::isHeapSubtype(HeapType A, HeapType B) const {
  if (A.code() == HeapType::Bot || equivalent(A, B))
    return true;
  switch (B.code()) {
  case HeapType::Func:
    return A.isConcrete() || A.code() == HeapType::NoFunc;
  case HeapType::Extern:
    return A.code() == HeapType::NoExtern;
  case HeapType::Exn:
    return A.code() == HeapType::NoExn;
  case HeapType::Concrete:
    return A.code() == HeapType::NoFunc;
  default:
    return false;
  }
}

bool TypeRelations::isSubtype(ValType A, ValType B) const {
  if (A.isUnknown() || B.isUnknown())
    return true;
  if (!A.isRef() || !B.isRef())
    return A == B;
  if (A.isNullable() && !B.isNullable())
    return false;
  return isHeapSubtype(A.heap(), B.heap());
}

} // namespace wasmc
