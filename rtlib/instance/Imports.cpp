//===- instance/Imports.cpp - Binding imports, with the spec's matching ---===//
//
// An import binds to whatever the embedder's resolver returns, provided the
// extern's type matches the import's (Wasm 2.0, "import matching"):
// functions by exact signature; globals by mutability and value type --
// an immutable global's type must be a subtype of the import's (Wasm 3.0:
// (ref $t) <: (ref null func)), a mutable one's equal; memories and tables
// by limits -- the extern's current size must be at least the import's
// minimum, and if the import declares a maximum the extern must declare one
// no greater -- and tables' element types must be equal. Reference types are
// compared in their canonical text (RefTypes.cpp). Mismatches are link errors that name
// the import and both types, e.g.
//   incompatible import type for "spectest" "print_i32": expected
//   (i32) -> (), got (f32) -> ()
//
//===----------------------------------------------------------------------===//
#include "instance/Instance.h"
#include "memory/Memory.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

namespace wasmc {
namespace rt {

void setErrorOutcome(wasmc_outcome *Out, const char *Fmt, ...) {
  memset(Out, 0, sizeof(*Out));
  Out->kind = WASMC_OUTCOME_ERROR;
  va_list Args;
  va_start(Args, Fmt);
  vsnprintf(Out->message, sizeof(Out->message), Fmt, Args);
  va_end(Args);
}

static const char *kindName(uint8_t Kind) {
  switch (Kind) {
  case WASMC_EXTERN_FUNC:
    return "function";
  case WASMC_EXTERN_TABLE:
    return "table";
  case WASMC_EXTERN_MEMORY:
    return "memory";
  case WASMC_EXTERN_GLOBAL:
    return "global";
  case WASMC_EXTERN_TAG:
    return "tag";
  }
  return "unknown";
}

static const char *letterName(char C) {
  switch (C) {
  case 'i':
    return "i32";
  case 'I':
    return "i64";
  case 'f':
    return "f32";
  case 'F':
    return "f64";
  case 'v':
    return "v128";
  case 'r':
    return "funcref";
  case 'e':
    return "externref";
  }
  return "?";
}

static const char *valTypeName(uint8_t T) {
  switch (T) {
  case WASMC_I32:
    return "i32";
  case WASMC_I64:
    return "i64";
  case WASMC_F32:
    return "f32";
  case WASMC_F64:
    return "f64";
  case WASMC_V128:
    return "v128";
  case WASMC_FUNCREF:
    return "funcref";
  case WASMC_EXTERNREF:
    return "externref";
  }
  return "?";
}

namespace {
/// A bounded string builder for error texts (truncates silently).
struct Text {
  char Buf[160];
  size_t Len = 0;
  Text() { Buf[0] = '\0'; }
  void add(const char *Fmt, ...) {
    if (Len >= sizeof(Buf) - 1)
      return;
    va_list Args;
    va_start(Args, Fmt);
    int N = vsnprintf(Buf + Len, sizeof(Buf) - Len, Fmt, Args);
    va_end(Args);
    if (N > 0)
      Len += static_cast<size_t>(N) < sizeof(Buf) - Len
                 ? static_cast<size_t>(N)
                 : sizeof(Buf) - 1 - Len;
  }
};
} // namespace

/// "iI:F" -> "(i32, i64) -> (f64)".
static Text signatureText(const char *Sig) {
  Text T;
  if (!Sig) {
    T.add("(unknown signature)");
    return T;
  }
  T.add("(");
  const char *P = Sig;
  for (bool First = true; *P && *P != ':'; ++P, First = false)
    T.add("%s%s", First ? "" : ", ", letterName(*P));
  T.add(") -> (");
  if (*P == ':')
    ++P;
  for (bool First = true; *P; ++P, First = false)
    T.add("%s%s", First ? "" : ", ", letterName(*P));
  T.add(")");
  return T;
}

static Text limitsText(uint64_t Min, bool HasMax, uint64_t Max,
                       bool Is64 = false) {
  Text T;
  if (Is64)
    T.add("i64 ");
  if (HasMax)
    T.add("{min %llu, max %llu}", (unsigned long long)Min,
          (unsigned long long)Max);
  else
    T.add("{min %llu, no max}", (unsigned long long)Min);
  return T;
}

/// A value type for messages: the canonical text of a reference type
/// ("(ref null =3)"), else the number type's name.
static const char *typeText(uint8_t Type, const char *RefType) {
  const char *Ref = refTypeOrTop(Type, RefType);
  return Ref ? Ref : valTypeName(Type);
}

static Text globalText(uint8_t Type, const char *RefType, bool Mutable) {
  Text T;
  T.add(Mutable ? "(mut %s)" : "%s", typeText(Type, RefType));
  return T;
}

/// Import matching of value types: Have <: Want, or Have == Want when
/// Equal (mutable globals, table elements).
static bool valTypeMatches(uint8_t Have, const char *HaveRef, uint8_t Want,
                           const char *WantRef, bool Equal) {
  if (Have != Want)
    return false;
  const char *H = refTypeOrTop(Have, HaveRef);
  const char *W = refTypeOrTop(Want, WantRef);
  if (!H || !W)
    return !H && !W; // number types: the bytes decide
  return Equal ? strcmp(H, W) == 0 : isRefSubtype(H, W);
}

/// Limits matching; Min/HasMax/Max are the extern's actual ones.
static bool limitsMatch(const wasmc_limits &Want, uint64_t Min, bool HasMax,
                        uint64_t Max) {
  if (Min < Want.min)
    return false;
  return !Want.has_max || (HasMax && Max <= Want.max);
}

static bool bindFunction(wasmc_instance *I, const wasmc_import_desc &Imp,
                         const wasmc_extern &Ext, wasmc_outcome *Out) {
  const wasmc_module_desc *D = I->Desc;
  uint32_t Type = D->funcs[Imp.index].type_index;
  const char *Sig = D->types[Type].signature;
  bool Callable = Ext.host_callback || Ext.func_code;
  // Another instance's function carries its canonical type id, which is
  // what equivalence of types with concrete references needs (their
  // signature strings name module-local type indices); host functions have
  // only the string.
  bool Same = Ext.funcref ? Ext.funcref->type_id == I->TypeIds[Type]
                          : Ext.func_signature &&
                                strcmp(Sig, Ext.func_signature) == 0;
  if (!Callable || !Same) {
    setErrorOutcome(Out,
             "incompatible import type for \"%s\" \"%s\": expected %s, got %s",
             Imp.module, Imp.name, signatureText(Sig).Buf,
             Callable ? signatureText(Ext.func_signature).Buf
                      : "a function without code");
    return false;
  }
  wasmc_funcref &F = I->Funcs[Imp.index];
  F.type_id = I->TypeIds[Type];
  F.host_code = nullptr;
  if (Ext.func_vmctx) {
    // Another instance's compiled function: tailcc like this one's.
    F.code = Ext.func_code;
    F.vmctx = Ext.func_vmctx;
    F.func_index = Ext.func_index;
    return true;
  }
  // A host function: compiled code calls it through the import thunk
  // (abi.h), which adapts the tailcc call to the C function or to the
  // generic callback; it receives the importing instance's vmctx.
  if (!Imp.host_thunk && !Ext.host_callback) {
    // Only a hand-written descriptor lacks thunks (the compiler emits one
    // per import); its C code calls the native function directly.
    F.code = Ext.func_code;
    F.vmctx = &I->Vmctx;
    F.func_index = Imp.index;
    F.host_code = Ext.func_code;
    return true;
  }
  if (!Imp.host_thunk) {
    setErrorOutcome(Out,
             "cannot bind \"%s\" \"%s\" to a host callback: the module has "
             "no import thunk for it (recompile it with this wasmc)",
             Imp.module, Imp.name);
    return false;
  }
  F.code = Imp.host_thunk;
  F.vmctx = &I->Vmctx;
  F.func_index = Imp.index;
  if (Ext.host_callback)
    I->HostFuncs[Imp.index] = {Ext.host_callback, Ext.host_env};
  else
    F.host_code = Ext.func_code;
  return true;
}

static bool bindMemory(wasmc_instance *I, const wasmc_import_desc &Imp,
                       const wasmc_extern &Ext, wasmc_outcome *Out) {
  const wasmc_module_desc *D = I->Desc;
  const wasmc_limits &L = D->memories[Imp.index].limits;
  const MemoryBox *Box = reinterpret_cast<const MemoryBox *>(Ext.memory);
  uint64_t Pages = Ext.memory->size / WASMC_PAGE_SIZE;
  // The address types must be equal (memory64).
  if (Box->Is64 != (L.is64 != 0) ||
      !limitsMatch(L, Pages, Box->HasMax, Box->DeclaredMax)) {
    setErrorOutcome(
        Out,
        "incompatible import type for \"%s\" \"%s\": expected memory %s, "
        "got memory %s",
        Imp.module, Imp.name, limitsText(L.min, L.has_max, L.max, L.is64).Buf,
        limitsText(Pages, Box->HasMax, Box->DeclaredMax, Box->Is64).Buf);
    return false;
  }
  // Guard-page code relies on the full reservation behind a 32-bit memory
  // (64-bit ones are always checked explicitly).
  if (D->bounds_checks == WASMC_BOUNDS_GUARD_PAGES && !L.is64 &&
      Ext.memory->reserved < Memory32Reservation) {
    setErrorOutcome(Out,
             "memory \"%s\" \"%s\" has no guard region, but this module "
             "was compiled for guard pages (use --bounds-checks=explicit)",
             Imp.module, Imp.name);
    return false;
  }
  I->Memories[Imp.index] = Ext.memory;
  return true;
}

static bool bindTable(wasmc_instance *I, const wasmc_import_desc &Imp,
                      const wasmc_extern &Ext, wasmc_outcome *Out) {
  const wasmc_table_desc &T = I->Desc->tables[Imp.index];
  const TableBox *Box = reinterpret_cast<const TableBox *>(Ext.table);
  // The address types must be equal (table64); the declared maximum may
  // exceed the 32 bits of wasmc_table.max.
  bool Oom = false;
  const char *Want = canonicalRefType(I, T.elem_type, T.exact, &Oom);
  if (Oom) {
    setErrorOutcome(Out, "out of memory interning the type of table %u",
                    Imp.index);
    return false;
  }
  if (!valTypeMatches(Ext.table->elem_type, Box->ElemType, T.elem_type, Want,
                      /*Equal=*/true) ||
      Box->Is64 != (T.limits.is64 != 0) ||
      !limitsMatch(T.limits, Ext.table->size, Box->HasMax, Box->DeclaredMax)) {
    setErrorOutcome(Out,
             "incompatible import type for \"%s\" \"%s\": expected table %s "
             "%s, got table %s %s",
             Imp.module, Imp.name,
             limitsText(T.limits.min, T.limits.has_max, T.limits.max,
                        T.limits.is64).Buf,
             typeText(T.elem_type, Want),
             limitsText(Ext.table->size, Box->HasMax, Box->DeclaredMax,
                        Box->Is64).Buf,
             typeText(Ext.table->elem_type, Box->ElemType));
    return false;
  }
  I->Tables[Imp.index] = Ext.table;
  return true;
}

static bool bindGlobal(wasmc_instance *I, const wasmc_import_desc &Imp,
                       const wasmc_extern &Ext, wasmc_outcome *Out) {
  const wasmc_global_desc &G = I->Desc->globals[Imp.index];
  const char *Want = I->GlobalTypes[Imp.index];
  if (!Ext.global_mutable != !G.mutable_ ||
      !valTypeMatches(Ext.global_type, Ext.global_ref_type, G.type, Want,
                      /*Equal=*/G.mutable_)) {
    setErrorOutcome(Out,
             "incompatible import type for \"%s\" \"%s\": expected global %s, "
             "got global %s",
             Imp.module, Imp.name, globalText(G.type, Want, G.mutable_).Buf,
             globalText(Ext.global_type, Ext.global_ref_type,
                        Ext.global_mutable).Buf);
    return false;
  }
  I->Globals[Imp.index] = Ext.global;
  return true;
}

/// Tags match when their function types are equivalent; the import then
/// is the exporter's tag itself, so throws and catches of both instances
/// name the same identity.
static bool bindTag(wasmc_instance *I, const wasmc_import_desc &Imp,
                    const wasmc_extern &Ext, wasmc_outcome *Out) {
  const wasmc_module_desc *D = I->Desc;
  uint32_t Type = D->tags[Imp.index];
  if (Ext.tag->type_id != I->TypeIds[Type]) {
    setErrorOutcome(Out,
                    "incompatible import type for \"%s\" \"%s\": expected tag "
                    "%s, got a tag of another type",
                    Imp.module, Imp.name,
                    signatureText(D->types[Type].signature).Buf);
    return false;
  }
  I->Tags[Imp.index] = Ext.tag;
  return true;
}

bool bindImport(wasmc_instance *I, const wasmc_import_desc &Imp,
                const wasmc_instance_config &Config, wasmc_outcome *Out) {
  const wasmc_module_desc *D = I->Desc;
  wasmc_extern Ext;
  memset(&Ext, 0, sizeof(Ext));
  wasmc_resolve_fn Resolve =
      Config.resolve ? Config.resolve : wasmc_resolve_wasi;
  if (!Resolve(Config.resolve_data, &Imp, &Ext)) {
    setErrorOutcome(Out, "unknown import: %s \"%s\" \"%s\"", kindName(Imp.kind),
             Imp.module, Imp.name);
    return false;
  }
  if (Ext.kind != Imp.kind) {
    setErrorOutcome(Out,
             "incompatible import type for \"%s\" \"%s\": expected a %s, got "
             "a %s",
             Imp.module, Imp.name, kindName(Imp.kind), kindName(Ext.kind));
    return false;
  }
  switch (Imp.kind) {
  case WASMC_EXTERN_FUNC:
    if (Imp.index < D->num_funcs &&
        D->funcs[Imp.index].type_index < D->num_types)
      return bindFunction(I, Imp, Ext, Out);
    break;
  case WASMC_EXTERN_MEMORY:
    if (Imp.index < D->num_memories && Ext.memory)
      return bindMemory(I, Imp, Ext, Out);
    break;
  case WASMC_EXTERN_TABLE:
    if (Imp.index < D->num_tables && Ext.table)
      return bindTable(I, Imp, Ext, Out);
    break;
  case WASMC_EXTERN_GLOBAL:
    if (Imp.index < D->num_globals && Ext.global)
      return bindGlobal(I, Imp, Ext, Out);
    break;
  case WASMC_EXTERN_TAG:
    if (Imp.index < D->num_tags && D->tags[Imp.index] < D->num_types &&
        Ext.tag)
      return bindTag(I, Imp, Ext, Out);
    break;
  }
  setErrorOutcome(Out, "malformed import \"%s\" \"%s\" (or an extern without its %s)",
           Imp.module, Imp.name, kindName(Imp.kind));
  return false;
}

} // namespace rt
} // namespace wasmc
