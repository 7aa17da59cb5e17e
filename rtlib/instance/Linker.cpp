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
struct Entry {
  char *Module;
  char *Name;
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
                   const char *Name) {
  for (uint32_t K = 0; K < L->Count; ++K)
    if (strcmp(L->Entries[K].Name, Name) == 0 &&
        strcmp(L->Entries[K].Module, Module) == 0)
      return &L->Entries[K];
  return nullptr;
}

extern "C" int wasmc_linker_define(wasmc_linker *L, const char *Module,
                                   const char *Name, const wasmc_extern *Ext) {
  if (Entry *E = find(L, Module, Name)) {
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
  char *M = strdup(Module);
  char *N = strdup(Name);
  if (!M || !N) {
    free(M);
    free(N);
    return -1;
  }
  L->Entries[L->Count++] = {M, N, *Ext};
  return 0;
}

extern "C" int wasmc_linker_define_instance(wasmc_linker *L,
                                            const char *Module,
                                            wasmc_instance *I) {
  for (uint32_t K = 0; K < I->Desc->num_exports; ++K) {
    const char *Name = I->Desc->exports[K].name;
    wasmc_extern Ext;
    if (wasmc_instance_get_export(I, Name, &Ext) &&
        wasmc_linker_define(L, Module, Name, &Ext) != 0)
      return -1;
  }
  return 0;
}

extern "C" int wasmc_linker_resolve(void *User, const wasmc_import_desc *Import,
                                    wasmc_extern *Out) {
  const wasmc_linker *L = static_cast<const wasmc_linker *>(User);
  if (const Entry *E = L ? find(L, Import->module, Import->name) : nullptr) {
    *Out = E->Ext;
    return 1;
  }
  return wasmc_resolve_wasi(nullptr, Import, Out);
}
