//===- instance/Linker.cpp - A name space of externs for instantiation ----===//
//
// The embedder's view of "the store": (module, name) -> extern. It is what
// the spec tests' `register` command and host modules like "spectest" need,
// and its resolve function plugs into wasmc_instance_config. Lookups are
// linear; a linker holds the exports of a handful of modules.
//
//===----------------------------------------------------------------------===//
#include "instance/Instance.h"

#include <stdlib.h>
#include <string.h>

namespace {
/// Names are stored with their lengths: Wasm names may contain NUL bytes.
struct Entry {
  char *Module;
  size_t ModuleLen;
  char *Name;
  size_t NameLen;
  wasmc_extern Ext;
};
} // namespace

struct wasmc_linker {
  Entry *Entries;
  uint32_t Count, Capacity;
};

extern "C" wasmc_linker *wasmc_linker_new(void) {
  return static_cast<wasmc_linker *>(calloc(1, sizeof(wasmc_linker)));
}

extern "C" void wasmc_linker_delete(wasmc_linker *L) {
  if (!L)
    return;
  for (uint32_t K = 0; K < L->Count; ++K) {
    free(L->Entries[K].Module);
    free(L->Entries[K].Name);
  }
  free(L->Entries);
  free(L);
}

static Entry *find(const wasmc_linker *L, const char *Module,
                   size_t ModuleLen, const char *Name, size_t NameLen) {
  for (uint32_t K = 0; K < L->Count; ++K) {
    const Entry &E = L->Entries[K];
    if (E.NameLen == NameLen && E.ModuleLen == ModuleLen &&
        memcmp(E.Name, Name, NameLen) == 0 &&
        memcmp(E.Module, Module, ModuleLen) == 0)
      return &L->Entries[K];
  }
  return nullptr;
}

static char *copyName(const char *S, size_t Len) {
  char *C = static_cast<char *>(malloc(Len + 1));
  if (C) {
    memcpy(C, S, Len);
    C[Len] = '\0';
  }
  return C;
}

static int define(wasmc_linker *L, const char *Module, size_t ModuleLen,
                  const char *Name, size_t NameLen, const wasmc_extern *Ext) {
  if (Entry *E = find(L, Module, ModuleLen, Name, NameLen)) {
    E->Ext = *Ext;
    return 0;
  }
  if (L->Count == L->Capacity) {
    uint32_t Cap = L->Capacity ? L->Capacity * 2 : 32;
    void *Grown = realloc(L->Entries, Cap * sizeof(Entry));
    if (!Grown)
      return -1;
    L->Entries = static_cast<Entry *>(Grown);
    L->Capacity = Cap;
  }
  char *M = copyName(Module, ModuleLen);
  char *N = copyName(Name, NameLen);
  if (!M || !N) {
    free(M);
    free(N);
    return -1;
  }
  L->Entries[L->Count++] = {M, ModuleLen, N, NameLen, *Ext};
  return 0;
}

extern "C" int wasmc_linker_define(wasmc_linker *L, const char *Module,
                                   const char *Name, const wasmc_extern *Ext) {
  return define(L, Module, strlen(Module), Name, strlen(Name), Ext);
}

extern "C" int wasmc_linker_define_instance(wasmc_linker *L,
                                            const char *Module,
                                            wasmc_instance *I) {
  size_t ModuleLen = strlen(Module);
  for (uint32_t K = 0; K < I->Desc->num_exports; ++K) {
    const wasmc_export_desc &X = I->Desc->exports[K];
    size_t NameLen = wasmc::rt::nameLength(X.name, X.name_len);
    wasmc_extern Ext;
    if (wasmc_instance_get_export_n(I, X.name, NameLen, &Ext) &&
        define(L, Module, ModuleLen, X.name, NameLen, &Ext) != 0)
      return -1;
  }
  return 0;
}

extern "C" int wasmc_linker_resolve(void *User, const wasmc_import_desc *Import,
                                    wasmc_extern *Out) {
  const wasmc_linker *L = static_cast<const wasmc_linker *>(User);
  size_t ModuleLen = wasmc::rt::nameLength(Import->module, Import->module_len);
  size_t NameLen = wasmc::rt::nameLength(Import->name, Import->name_len);
  if (const Entry *E = L ? find(L, Import->module, ModuleLen, Import->name,
                                NameLen)
                         : nullptr) {
    *Out = E->Ext;
    return 1;
  }
  // WASI names have no NUL bytes; wasmc_resolve_wasi compares C strings.
  if (ModuleLen != strlen(Import->module) || NameLen != strlen(Import->name))
    return 0;
  return wasmc_resolve_wasi(nullptr, Import, Out);
}
