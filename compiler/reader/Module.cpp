//===- Module.cpp - Helpers of the decoded module -------------------------===//
#include "reader/Module.h"
#include "reader/TypeRelations.h"

namespace wasmc {

/// Appends T in the signature notation of abi.h (wasmc_type_desc): one
/// letter per value, or, in the exact form, references other than funcref
/// and externref spelled out.
static void appendSignatureType(std::string &S, ValType T, bool Exact) {
  switch (T.code()) {
  case TypeCode::I32:
    S += 'i';
    return;
  case TypeCode::I64:
    S += 'I';
    return;
  case TypeCode::F32:
    S += 'f';
    return;
  case TypeCode::F64:
    S += 'F';
    return;
  case TypeCode::V128:
    S += 'v';
    return;
  case TypeCode::Unknown:
    S += '?';
    return;
  case TypeCode::Ref:
    break;
  }
  if (T == ValType::FuncRef) {
    S += 'r';
    return;
  }
  if (T == ValType::ExternRef || (!Exact && TypeRelations::top(T.heap()) ==
                                                HeapType::Extern)) {
    S += 'e';
    return;
  }
  if (!Exact) {
    S += 'r';
    return;
  }
  S += T.isNullable() ? "(ref null " : "(ref ";
  HeapType H = T.heap();
  S += H.isConcrete() ? std::to_string(H.index()) : heapTypeName(H);
  S += ')';
}

static std::string signatureOf(const FuncType &FT, bool Exact) {
  std::string S;
  S.reserve(FT.Params.size() + FT.Results.size() + 1);
  for (ValType T : FT.Params)
    appendSignatureType(S, T, Exact);
  S += ':';
  for (ValType T : FT.Results)
    appendSignatureType(S, T, Exact);
  return S;
}

std::string FuncType::signature() const { return signatureOf(*this, false); }

std::optional<std::string> FuncType::exactSignature() const {
  std::string S = signatureOf(*this, true);
  if (S == signature())
    return std::nullopt;
  return S;
}

std::optional<std::string> exactRefType(ValType T) {
  std::string S;
  appendSignatureType(S, T, true);
  if (S.size() == 1) // one letter: a number type, funcref or externref
    return std::nullopt;
  return S;
}

std::string Module::funcDisplayName(uint32_t FuncIdx) const {
  auto It = FuncNames.find(FuncIdx);
  if (It != FuncNames.end())
    return It->second;
  return "<wasm function " + std::to_string(FuncIdx) + ">";
}

} // namespace wasmc
