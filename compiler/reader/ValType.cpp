//===- ValType.cpp - Names of value and heap types ------------------------===//
#include "reader/ValType.h"

namespace wasmc {

std::string heapTypeName(HeapType H) {
  switch (H.code()) {
  case HeapType::Concrete:
    return "$" + std::to_string(H.index());
  case HeapType::Func:
    return "func";
  case HeapType::Extern:
    return "extern";
  case HeapType::NoFunc:
    return "nofunc";
  case HeapType::NoExtern:
    return "noextern";
  case HeapType::Exn:
    return "exn";
  case HeapType::NoExn:
    return "noexn";
  case HeapType::Bot:
    return "bot";
  }
  return "<unknown heap type>";
}

std::string valTypeName(ValType T) {
  switch (T.code()) {
  case TypeCode::Unknown:
    return "unknown";
  case TypeCode::I32:
    return "i32";
  case TypeCode::I64:
    return "i64";
  case TypeCode::F32:
    return "f32";
  case TypeCode::F64:
    return "f64";
  case TypeCode::V128:
    return "v128";
  case TypeCode::Ref:
    if (T == ValType::FuncRef)
      return "funcref";
    if (T == ValType::ExternRef)
      return "externref";
    return std::string("(ref ") + (T.isNullable() ? "null " : "") +
           heapTypeName(T.heap()) + ")";
  }
  return "<unknown type>";
}

} // namespace wasmc
