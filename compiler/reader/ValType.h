//===- ValType.h - Value, reference and heap types --------------*- C++ -*-===//
//
// Wasm 3.0 value types: the numeric and vector types, and reference types
// `(ref null? ht)` whose heap type ht is abstract (func, extern and their
// bottoms nofunc, noextern) or a concrete type index. A ValType is 8 bytes
// and compared by value, so operand stacks and signatures stay vectors of
// plain values. GC adds abstract heap types (any, eq, i31, struct, array,
// none) as further HeapType codes; the representation here does not change
// for them.
//
// Subtyping and type equivalence need the module's defined types; they are
// in TypeRelations.h.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_READER_VALTYPE_H
#define WASMC_READER_VALTYPE_H

#include <cstdint>
#include <string>

namespace wasmc {

/// The kind of a value type; numeric codes are their binary encodings.
enum class TypeCode : uint8_t {
  /// The validator's bottom type for values conjured from the polymorphic
  /// stack of unreachable code; not a type of any module.
  Unknown = 0,
  I32 = 0x7F,
  I64 = 0x7E,
  F32 = 0x7D,
  F64 = 0x7C,
  V128 = 0x7B,
  /// A reference; nullability and heap type are in the ValType.
  Ref = 0x64,
};

/// A heap type: abstract heap types by their binary (shorthand) encodings,
/// or Concrete with a type index.
class HeapType {
public:
  enum Code : uint8_t {
    Concrete = 0,
    Func = 0x70,
    Extern = 0x6F,
    NoFunc = 0x73,
    NoExtern = 0x72,
    /// Exception references (exnref) and their bottom (exception
    /// handling, Wasm 3.0).
    Exn = 0x69,
    NoExn = 0x74,
    /// The validator's bottom heap type (below every other), for
    /// references conjured in unreachable code (br_on_null's operand).
    Bot = 0x01,
  };

  constexpr HeapType(Code C = Func, uint32_t Index = 0) : C(C), Idx(Index) {}
  static constexpr HeapType concrete(uint32_t Index) {
    return HeapType(Concrete, Index);
  }

  constexpr Code code() const { return C; }
  constexpr bool isConcrete() const { return C == Concrete; }
  /// The type index of a concrete heap type.
  constexpr uint32_t index() const { return Idx; }

  constexpr bool operator==(const HeapType &O) const {
    return C == O.C && Idx == O.Idx;
  }
  constexpr bool operator!=(const HeapType &O) const { return !(*this == O); }

private:
  Code C;
  uint32_t Idx;
};

/// A value type. The constants ValType::I32 ... ValType::ExternRef are the
/// 2.0 types; reference types in general come from ValType::ref.
class ValType {
public:
  static const ValType I32, I64, F32, F64, V128, FuncRef, ExternRef, ExnRef;

  constexpr ValType() : ValType(TypeCode::I32) {}
  constexpr explicit ValType(TypeCode C) : C(C), Nullable(false), H() {}
  static constexpr ValType ref(HeapType HT, bool Nullable) {
    ValType T(TypeCode::Ref);
    T.H = HT;
    T.Nullable = Nullable;
    return T;
  }
  /// The validator's bottom value type (see TypeCode::Unknown).
  static constexpr ValType unknown() { return ValType(TypeCode::Unknown); }

  constexpr TypeCode code() const { return C; }
  constexpr bool isRef() const { return C == TypeCode::Ref; }
  constexpr bool isUnknown() const { return C == TypeCode::Unknown; }
  /// Numbers and v128: the types select without annotation may take.
  constexpr bool isNumOrVec() const {
    return C != TypeCode::Ref && C != TypeCode::Unknown;
  }
  /// References only.
  constexpr bool isNullable() const { return Nullable; }
  constexpr HeapType heap() const { return H; }
  /// The same reference type, nullable or not.
  constexpr ValType withNullable(bool N) const { return ref(H, N); }

  /// All of the type in one integer, for hashing.
  constexpr uint64_t bits() const {
    return uint64_t(C) | uint64_t(Nullable) << 8 | uint64_t(H.code()) << 16 |
           uint64_t(H.index()) << 32;
  }

  constexpr bool operator==(const ValType &O) const {
    return C == O.C &&
           (C != TypeCode::Ref || (Nullable == O.Nullable && H == O.H));
  }
  constexpr bool operator!=(const ValType &O) const { return !(*this == O); }

private:
  TypeCode C;
  bool Nullable;
  HeapType H;
};

inline constexpr ValType ValType::I32{TypeCode::I32};
inline constexpr ValType ValType::I64{TypeCode::I64};
inline constexpr ValType ValType::F32{TypeCode::F32};
inline constexpr ValType ValType::F64{TypeCode::F64};
inline constexpr ValType ValType::V128{TypeCode::V128};
inline constexpr ValType ValType::FuncRef =
    ValType::ref(HeapType::Func, true);
inline constexpr ValType ValType::ExternRef =
    ValType::ref(HeapType::Extern, true);

inline constexpr ValType ValType::ExnRef = ValType::ref(HeapType::Exn, true);

inline bool isRefType(ValType T) { return T.isRef(); }

/// The text format's name: "i32", "funcref", "(ref null $3)" (concrete
/// heap types by index), "(ref nofunc)".
std::string valTypeName(ValType T);
std::string heapTypeName(HeapType H);

} // namespace wasmc

#endif // WASMC_READER_VALTYPE_H
