//===- instance/RefTypes.cpp - Reference types of tables and globals ------===//
//
// Import matching of tables and globals (Wasm 3.0) compares whole reference
// types, not just the hierarchy byte compiled code needs. A descriptor
// spells the type out in `exact` (abi.h); here it becomes canonical text,
// "(ref null? ht)" with ht one of func, nofunc, extern, noextern or "=id",
// the process-wide id of a function type (TypeIds.cpp), so that texts of
// any two modules are equal exactly when the types are. The texts are
// interned: they outlive every instance, and externs can carry them.
//
//===----------------------------------------------------------------------===//
#include "instance/Instance.h"

#include <stdlib.h>
#include <string.h>

namespace wasmc {
namespace rt {

static const char FuncRefText[] = "(ref null func)";
static const char ExternRefText[] = "(ref null extern)";

const char *refTypeOrTop(uint8_t Top, const char *Canonical) {
  if (Canonical)
    return Canonical;
  if (Top == WASMC_FUNCREF)
    return FuncRefText;
  if (Top == WASMC_EXTERNREF)
    return ExternRefText;
  return nullptr;
}

const char *canonicalRefType(const wasmc_instance *I, uint8_t Top,
                             const char *Exact, bool *Oom) {
  *Oom = false;
  if (Top != WASMC_FUNCREF && Top != WASMC_EXTERNREF)
    return nullptr;
  const wasmc_module_desc *D = I->Desc;
  // No type index of a reference type is "Self": every index below
  // num_types names one of the module's (already interned) types.
  char *Text = Exact ? canonicalTypeText(Exact, D->num_types, 0, I->TypeIds)
                     : strdup(refTypeOrTop(Top, nullptr));
  const char *Stored = Text ? internTypeText(Text) : nullptr;
  free(Text);
  *Oom = !Stored;
  return Stored;
}

namespace {
/// A canonical reference type, parsed.
struct RefType {
  enum Heap { Func, NoFunc, Extern, NoExtern, Concrete, Malformed };
  bool Nullable = false;
  Heap H = Malformed;
  unsigned long Id = 0;
};
} // namespace

static RefType parse(const char *S) {
  RefType R;
  if (!S || strncmp(S, "(ref ", 5) != 0)
    return R;
  S += 5;
  if (strncmp(S, "null ", 5) == 0) {
    R.Nullable = true;
    S += 5;
  }
  static const struct {
    const char *Name;
    RefType::Heap H;
  } Abstract[] = {{"func)", RefType::Func},
                  {"nofunc)", RefType::NoFunc},
                  {"extern)", RefType::Extern},
                  {"noextern)", RefType::NoExtern}};
  for (const auto &A : Abstract)
    if (strcmp(S, A.Name) == 0) {
      R.H = A.H;
      return R;
    }
  if (*S == '=') {
    char *End;
    R.Id = strtoul(S + 1, &End, 10);
    if (End != S + 1 && strcmp(End, ")") == 0)
      R.H = RefType::Concrete;
  }
  return R;
}

static bool isHeapSubtype(const RefType &A, const RefType &B) {
  if (A.H == RefType::Malformed || B.H == RefType::Malformed)
    return false;
  if (A.H == B.H)
    return A.H != RefType::Concrete || A.Id == B.Id;
  switch (B.H) {
  case RefType::Func:
    return A.H == RefType::NoFunc || A.H == RefType::Concrete;
  case RefType::Concrete:
    return A.H == RefType::NoFunc;
  case RefType::Extern:
    return A.H == RefType::NoExtern;
  default:
    return false;
  }
}

bool isRefSubtype(const char *Sub, const char *Super) {
  RefType A = parse(Sub), B = parse(Super);
  return (!A.Nullable || B.Nullable) && isHeapSubtype(A, B);
}

} // namespace rt
} // namespace wasmc
