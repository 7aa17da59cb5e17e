//===- TypeRelations.h - Type equivalence and subtyping --------*- C++ -*-===//
//
// Wasm 3.0 compares defined types by structure, a recursion group at a
// time (iso-recursive equivalence): two groups are the same when they hold
// equal types in the same order, with references to earlier groups'
// types replaced by those types' canonical forms and references inside
// the group kept as positions in it; the k-th types of equivalent groups
// are the same type. TypeRelations computes, once per module, the
// canonical representative of each type index (the first index of its
// equivalence class), so equivalence is an integer compare, and decides
// subtyping between value types on top of it.
//
// Without GC every defined type is a function type with no declared
// supertype (the reader rejects supertypes), so a concrete heap type is a
// subtype of func, of itself (up to equivalence), and has nofunc below
// it. GC's declared supertypes will extend isHeapSubtype. Exception
// references are a third hierarchy, exn with noexn below it, unrelated to
// the other two.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_READER_TYPERELATIONS_H
#define WASMC_READER_TYPERELATIONS_H

#include "reader/Module.h"
#include <vector>

namespace wasmc {

class TypeRelations {
public:
  explicit TypeRelations(const Module &M);

  /// The first type index equivalent to Idx (Idx itself if out of range).
  uint32_t canonical(uint32_t Idx) const {
    return Idx < Canon.size() ? Canon[Idx] : Idx;
  }
  bool equivalent(HeapType A, HeapType B) const;
  bool equivalent(ValType A, ValType B) const;
  /// A <: B. The validator's Unknown and Bot are below everything.
  bool isHeapSubtype(HeapType A, HeapType B) const;
  bool isSubtype(ValType A, ValType B) const;
  /// The top of A's hierarchy: func, extern or exn.
  static HeapType top(HeapType A);
  /// The bottom of A's hierarchy: nofunc, noextern or noexn.
  static HeapType bottom(HeapType A);
  /// Whether a value of type T has a default value (numbers, vectors,
  /// nullable references), so a local of it needs no initialisation.
  static bool defaultable(ValType T) { return !T.isRef() || T.isNullable(); }

private:
  std::vector<uint32_t> Canon;
};

} // namespace wasmc

#endif // WASMC_READER_TYPERELATIONS_H
