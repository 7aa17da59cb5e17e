//===- Module.cpp - Helpers of the decoded module -------------------------===//
#include "reader/Module.h"

namespace wasmc {

const char *valTypeName(ValType T) {
  switch (T) {
  case ValType::I32:
    return "i32";
  case ValType::I64:
    return "i64";
  case ValType::F32:
    return "f32";
  case ValType::F64:
    return "f64";
  case ValType::V128:
    return "v128";
  case ValType::FuncRef:
    return "funcref";
  case ValType::ExternRef:
    return "externref";
  }
  return "<unknown type>";
}

char valTypeLetter(ValType T) {
  switch (T) {
  case ValType::I32:
    return 'i';
  case ValType::I64:
    return 'I';
  case ValType::F32:
    return 'f';
  case ValType::F64:
    return 'F';
  case ValType::V128:
    return 'v';
  case ValType::FuncRef:
    return 'r';
  case ValType::ExternRef:
    return 'e';
  }
  return '?';
}

std::string FuncType::signature() const {
  std::string S;
  S.reserve(Params.size() + Results.size() + 1);
  for (ValType T : Params)
    S += valTypeLetter(T);
  S += ':';
  for (ValType T : Results)
    S += valTypeLetter(T);
  return S;
}

std::string Module::funcDisplayName(uint32_t FuncIdx) const {
  auto It = FuncNames.find(FuncIdx);
  if (It != FuncNames.end())
    return It->second;
  return "<wasm function " + std::to_string(FuncIdx) + ">";
}

} // namespace wasmc
