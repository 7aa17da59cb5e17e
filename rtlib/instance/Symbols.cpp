//===- instance/Symbols.cpp - Code address to Wasm function ---------------===//
#include "instance/Symbols.h"
#include "instance/Instance.h"
#include "traps/Registry.h"

#include <stdlib.h>

namespace wasmc {
namespace rt {

static int compareEntries(const void *A, const void *B) {
  uintptr_t X = static_cast<const SymbolEntry *>(A)->Addr;
  uintptr_t Y = static_cast<const SymbolEntry *>(B)->Addr;
  return X < Y ? -1 : X > Y ? 1 : 0;
}

bool buildSymbols(wasmc_instance *I) {
  const wasmc_module_desc *D = I->Desc;
  uint32_t Count = 2 * D->num_funcs + D->num_exports;
  if (Count == 0)
    return true;
  SymbolEntry *Entries =
      static_cast<SymbolEntry *>(calloc(Count, sizeof(SymbolEntry)));
  if (!Entries)
    return false;
  uint32_t N = 0;
  for (uint32_t F = 0; F < D->num_funcs; ++F) {
    const wasmc_func_desc &FD = D->funcs[F];
    const void *Body = FD.body ? FD.body : FD.code;
    if (Body)
      Entries[N++] = {reinterpret_cast<uintptr_t>(Body), F, false};
    // A copy of the body is the function too; an entry that calls the body
    // is shown no more than a trampoline is.
    if (FD.code && FD.code != Body)
      Entries[N++] = {reinterpret_cast<uintptr_t>(FD.code), F,
                      FD.code_kind == WASMC_CODE_ENTRY};
  }
  for (uint32_t E = 0; E < D->num_exports; ++E)
    if (D->exports[E].kind == WASMC_EXTERN_FUNC && D->exports[E].trampoline)
      Entries[N++] = {reinterpret_cast<uintptr_t>(D->exports[E].trampoline),
                      D->exports[E].index, true};
  qsort(Entries, N, sizeof(SymbolEntry), compareEntries);
  I->Symbols = Entries;
  I->NumSymbols = N;
  return true;
}

SymbolKind lookupSymbol(uintptr_t PC, const wasmc_instance **Owner,
                        uint32_t *FuncIndex) {
  const wasmc_instance *I = findCodeOwner(PC);
  if (!I || I->NumSymbols == 0 || PC < I->Symbols[0].Addr)
    return SymbolKind::None;
  // Greatest entry with Addr <= PC.
  uint32_t Lo = 0, Hi = I->NumSymbols;
  while (Hi - Lo > 1) {
    uint32_t Mid = Lo + (Hi - Lo) / 2;
    if (I->Symbols[Mid].Addr <= PC)
      Lo = Mid;
    else
      Hi = Mid;
  }
  const SymbolEntry &E = I->Symbols[Lo];
  if (Owner)
    *Owner = I;
  if (FuncIndex)
    *FuncIndex = E.FuncIndex;
  return E.IsTrampoline ? SymbolKind::Trampoline : SymbolKind::Function;
}

} // namespace rt
} // namespace wasmc
