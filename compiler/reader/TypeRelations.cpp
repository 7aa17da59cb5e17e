//===- TypeRelations.cpp - Type equivalence and subtyping -----------------===//
#include "reader/TypeRelations.h"
#include "llvm/ADT/StringMap.h"

namespace wasmc {

/// The canonical key of one type in the notation of FuncType::signature,
/// with concrete references replaced: "=k" for an earlier type whose
/// canonical index is k, "^" for the type itself, "?n" for a later type
/// (invalid; validation reports it, the key just keeps it distinct).
static void appendKey(std::string &Key, ValType T, uint32_t Self,
                      const std::vector<uint32_t> &Canon) {
  if (!T.isRef() || !T.heap().isConcrete()) {
    Key += valTypeName(T);
    Key += ' ';
    return;
  }
  Key += T.isNullable() ? "(ref null " : "(ref ";
  uint32_t Idx = T.heap().index();
  if (Idx < Self)
    Key += "=" + std::to_string(Canon[Idx]);
  else if (Idx == Self)
    Key += "^";
  else
    Key += "?" + std::to_string(Idx);
  Key += ") ";
}

TypeRelations::TypeRelations(const Module &M) {
  Canon.resize(M.Types.size());
  llvm::StringMap<uint32_t> Seen;
  std::string Key;
  for (uint32_t I = 0; I < M.Types.size(); ++I) {
    Key.clear();
    for (ValType T : M.Types[I].Params)
      appendKey(Key, T, I, Canon);
    Key += "->";
    for (ValType T : M.Types[I].Results)
      appendKey(Key, T, I, Canon);
    // A key with a self-reference is only equal to another type's key if
    // that one refers to itself at the same places, which is what
    // equivalence of singleton recursion groups means.
    Canon[I] = Seen.try_emplace(Key, I).first->second;
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
