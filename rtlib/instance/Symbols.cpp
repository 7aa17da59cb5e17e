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

/// The entry at Addr for function Func, or null.
static SymbolEntry *findEntry(SymbolEntry *Entries, uint32_t N, uintptr_t Addr,
                              uint32_t Func) {
  uint32_t Lo = 0, Hi = N;
  while (Lo < Hi) {
    uint32_t Mid = Lo + (Hi - Lo) / 2;
    if (Entries[Mid].Addr < Addr)
      Lo = Mid + 1;
    else
      Hi = Mid;
  }
  for (; Lo < N && Entries[Lo].Addr == Addr; ++Lo)
    if (Entries[Lo].FuncIndex == Func && !Entries[Lo].IsTrampoline)
      return &Entries[Lo];
  return nullptr;
}

/// Gives each compiled function its rows of the module's address map.
static void attachAddressMap(const wasmc_module_desc *D, SymbolEntry *Entries,
                             uint32_t N) {
  const wasmc_addr_map *Map = D->addr_map;
  if (!Map)
    return;
  for (uint32_t R = 0; R < Map->num_ranges; ++R) {
    const wasmc_addr_range &Range = Map->ranges[R];
    if (Range.func >= D->num_funcs)
      continue;
    const wasmc_func_desc &FD = D->funcs[Range.func];
    const void *Code = Range.copy ? FD.code : FD.body ? FD.body : FD.code;
    if (SymbolEntry *E = findEntry(
            Entries, N, reinterpret_cast<uintptr_t>(Code), Range.func)) {
      E->Rows = Map->rows + Range.first_byte;
      E->NumRows = Range.num_rows;
    }
  }
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
      Entries[N++] = {reinterpret_cast<uintptr_t>(Body), F, false, nullptr, 0};
    // A copy of the body is the function too; an entry that calls the body
    // is shown no more than a trampoline is.
    if (FD.code && FD.code != Body)
      Entries[N++] = {reinterpret_cast<uintptr_t>(FD.code), F,
                      FD.code_kind == WASMC_CODE_ENTRY, nullptr, 0};
  }
  for (uint32_t E = 0; E < D->num_exports; ++E)
    if (D->exports[E].kind == WASMC_EXTERN_FUNC && D->exports[E].trampoline)
      Entries[N++] = {reinterpret_cast<uintptr_t>(D->exports[E].trampoline),
                      D->exports[E].index, true, nullptr, 0};
  qsort(Entries, N, sizeof(SymbolEntry), compareEntries);
  attachAddressMap(D, Entries, N);
  I->Symbols = Entries;
  I->NumSymbols = N;
  return true;
}

static uint64_t readULEB(const uint8_t *&P) {
  uint64_t V = 0;
  for (unsigned Shift = 0;; Shift += 7) {
    uint8_t B = *P++;
    if (Shift < 64)
      V |= uint64_t(B & 0x7F) << Shift;
    if (!(B & 0x80))
      return V;
  }
}

static int64_t readSLEB(const uint8_t *&P) {
  int64_t V = 0;
  unsigned Shift = 0;
  uint8_t B;
  do {
    B = *P++;
    if (Shift < 64)
      V |= int64_t(uint64_t(B & 0x7F) << Shift);
    Shift += 7;
  } while (B & 0x80);
  if (Shift < 64 && (B & 0x40))
    V |= -(int64_t(1) << Shift);
  return V;
}

/// The entry of the code that holds PC, or null.
static const SymbolEntry *entryAt(uintptr_t PC, const wasmc_instance **Owner) {
  const wasmc_instance *I = findCodeOwner(PC);
  if (!I || I->NumSymbols == 0 || PC < I->Symbols[0].Addr)
    return nullptr;
  // Greatest entry with Addr <= PC.
  uint32_t Lo = 0, Hi = I->NumSymbols;
  while (Hi - Lo > 1) {
    uint32_t Mid = Lo + (Hi - Lo) / 2;
    if (I->Symbols[Mid].Addr <= PC)
      Lo = Mid;
    else
      Hi = Mid;
  }
  *Owner = I;
  return &I->Symbols[Lo];
}

SymbolKind lookupSymbol(uintptr_t PC, const wasmc_instance **Owner,
                        uint32_t *FuncIndex) {
  const wasmc_instance *I;
  const SymbolEntry *E = entryAt(PC, &I);
  if (!E)
    return SymbolKind::None;
  if (Owner)
    *Owner = I;
  if (FuncIndex)
    *FuncIndex = E->FuncIndex;
  return E->IsTrampoline ? SymbolKind::Trampoline : SymbolKind::Function;
}

/// Fills Out with function Func at Wasm offset Offset, source position Loc
/// (a row's loc).
static void describe(const wasmc_module_desc *D, uint32_t Func,
                     int64_t Offset, int64_t Loc, wasmc_frame *Out) {
  Out->func_index = Func;
  Out->func_name = Func < D->num_funcs ? D->funcs[Func].name : nullptr;
  Out->wasm_offset = uint32_t(Offset);
  const wasmc_addr_map *Map = D->addr_map;
  if (Loc > 0) {
    const wasmc_source_loc &L = Map->locs[Loc - 1];
    if (L.file < Map->num_files)
      Out->file = Map->files[L.file];
    Out->line = L.line;
    Out->column = L.column;
  }
}

bool describeFrame(uintptr_t PC, uint32_t Depth, wasmc_frame *Out) {
  const wasmc_instance *I;
  const SymbolEntry *E = entryAt(PC, &I);
  if (!E)
    return false;
  const wasmc_module_desc *D = I->Desc;
  // The last row at or before PC: decode the rows (abi.h wasmc_addr_map)
  // up to the first one past it.
  uintptr_t Offset = PC - E->Addr;
  const uint8_t *P = E->Rows;
  uint64_t Native = 0;
  int64_t Wasm = 0, Loc = 0, Inline = 0; // Loc, Inline: index + 1, 0: none
  for (uint32_t R = 0; R < E->NumRows; ++R) {
    uint64_t Head = readULEB(P);
    uint64_t Next = Native + (Head >> 2);
    if (Next > Offset)
      break;
    Native = Next;
    Wasm += readSLEB(P);
    if (Head & 2)
      Loc += readSLEB(P);
    if (Head & 1)
      Inline += readSLEB(P);
  }
  // Depth 0 is the row's instruction; each level up, the inlined call that
  // holds the one below, until the function whose code this is: first the
  // calls the source compiler inlined (the module's DWARF, in the locs),
  // then those wasmc inlined.
  const wasmc_addr_map *Map = D->addr_map;
  auto SourceInlined = [&](int64_t L) {
    return L > 0 && Map->locs[L - 1].inlined_name != 0;
  };
  for (uint32_t Level = 0; Level < Depth; ++Level) {
    if (SourceInlined(Loc)) {
      Loc = Map->locs[Loc - 1].parent;
      continue;
    }
    if (Inline <= 0)
      return false;
    const wasmc_inline_frame &F = D->addr_map->inlines[Inline - 1];
    Wasm = F.call_offset;
    Loc = F.call_loc;
    Inline = F.parent;
  }
  *Out = {};
  uint32_t Func = Inline > 0 ? D->addr_map->inlines[Inline - 1].func
                             : E->FuncIndex;
  describe(D, Func, Wasm, Loc, Out);
  Out->inlined = Inline > 0;
  if (SourceInlined(Loc)) {
    uint32_t Name = Map->locs[Loc - 1].inlined_name;
    if (Name <= Map->num_files)
      Out->func_name = Map->files[Name - 1];
    Out->inlined = 1;
  }
  return true;
}

} // namespace rt
} // namespace wasmc
