//===- instance/Tables.cpp - Table instructions called from Wasm code -----===//
//
// table.get/set/grow/fill/copy/init and elem.drop. Bounds are checked with
// 64-bit arithmetic so that index + length cannot wrap. Elements of funcref
// tables are wasmc_funcref pointers, of externref tables host pointers. A
// table's element array may move when it grows; compiled code reloads
// `elems` from the wasmc_table on every access.
//
//===----------------------------------------------------------------------===//
#include "instance/Instance.h"
#include "traps/TrapState.h"

#include <stdlib.h>
#include <string.h>

using namespace wasmc::rt;

static wasmc_table *tableOf(wasmc_vmctx *Vmctx, int32_t Table) {
  wasmc_instance *I = Vmctx->instance;
  if (static_cast<uint32_t>(Table) >= I->Desc->num_tables)
    trapFromHost(WASMC_TRAP_TABLE_OUT_OF_BOUNDS);
  return I->Tables[Table];
}

/// Traps unless [Start, Start + Len) lies in T; u64 arithmetic that cannot
/// wrap (table64 indices and lengths use all 64 bits).
static void checkRange(const wasmc_table *T, uint64_t Start, uint64_t Len) {
  if (Len > T->size || Start > T->size - Len)
    trapFromHost(WASMC_TRAP_TABLE_OUT_OF_BOUNDS);
}

extern "C" void *wasmc_rt_table_get(wasmc_vmctx *Vmctx, int32_t Table,
                                    int64_t Index) {
  wasmc_table *T = tableOf(Vmctx, Table);
  if (static_cast<uint64_t>(Index) >= T->size)
    trapFromHost(WASMC_TRAP_TABLE_OUT_OF_BOUNDS);
  return T->elems[Index];
}

extern "C" void wasmc_rt_table_set(wasmc_vmctx *Vmctx, int32_t Table,
                                   int64_t Index, void *Ref) {
  wasmc_table *T = tableOf(Vmctx, Table);
  if (static_cast<uint64_t>(Index) >= T->size)
    trapFromHost(WASMC_TRAP_TABLE_OUT_OF_BOUNDS);
  T->elems[Index] = Ref;
}

extern "C" int64_t wasmc_rt_table_grow(wasmc_vmctx *Vmctx, int32_t Table,
                                       void *Init, int64_t Delta) {
  wasmc_table *T = tableOf(Vmctx, Table);
  TableBox *B = reinterpret_cast<TableBox *>(T);
  uint32_t Old = T->size;
  // Delta is a u64 (zero-extended for 32-bit tables); anything that would
  // pass the runtime's limit fails, as the spec allows.
  if (static_cast<uint64_t>(Delta) > MaxTableElements)
    return -1;
  uint64_t New = static_cast<uint64_t>(Old) + static_cast<uint64_t>(Delta);
  if (New > T->max || New > MaxTableElements)
    return -1;
  if (New > B->Capacity) {
    uint64_t Cap = static_cast<uint64_t>(B->Capacity) * 2;
    if (Cap < New)
      Cap = New;
    if (Cap > MaxTableElements)
      Cap = MaxTableElements;
    void *Grown = realloc(T->elems, Cap * sizeof(void *));
    if (!Grown)
      return -1;
    T->elems = static_cast<void **>(Grown);
    B->Capacity = static_cast<uint32_t>(Cap);
  }
  for (uint64_t K = Old; K < New; ++K)
    T->elems[K] = Init;
  T->size = static_cast<uint32_t>(New);
  return Old;
}

extern "C" void wasmc_rt_table_fill(wasmc_vmctx *Vmctx, int32_t Table,
                                    int64_t Dst, void *Ref, int64_t Len) {
  wasmc_table *T = tableOf(Vmctx, Table);
  checkRange(T, Dst, Len);
  for (uint64_t K = 0; K < static_cast<uint64_t>(Len); ++K)
    T->elems[Dst + K] = Ref;
}

extern "C" void wasmc_rt_table_copy(wasmc_vmctx *Vmctx, int32_t DstTable,
                                    int32_t SrcTable, int64_t Dst, int64_t Src,
                                    int64_t Len) {
  wasmc_table *D = tableOf(Vmctx, DstTable);
  wasmc_table *S = tableOf(Vmctx, SrcTable);
  checkRange(D, Dst, Len);
  checkRange(S, Src, Len);
  if (Len)
    memmove(D->elems + Dst, S->elems + Src,
            static_cast<size_t>(Len) * sizeof(void *));
}

extern "C" void wasmc_rt_table_init(wasmc_vmctx *Vmctx, int32_t Table,
                                    int32_t Elem, int64_t Dst, int32_t Src,
                                    int32_t Len) {
  wasmc_instance *I = Vmctx->instance;
  wasmc_table *T = tableOf(Vmctx, Table);
  if (static_cast<uint32_t>(Elem) >= I->Desc->num_elems)
    trapFromHost(WASMC_TRAP_TABLE_OUT_OF_BOUNDS);
  uint32_t Count = I->ElemCounts[Elem];
  if (static_cast<uint64_t>(static_cast<uint32_t>(Src)) +
          static_cast<uint32_t>(Len) >
      Count)
    trapFromHost(WASMC_TRAP_TABLE_OUT_OF_BOUNDS);
  checkRange(T, Dst, static_cast<uint32_t>(Len));
  for (uint32_t K = 0; K < static_cast<uint32_t>(Len); ++K)
    T->elems[Dst + K] =
        I->ElemItems[Elem][static_cast<uint32_t>(Src) + K];
}

extern "C" void wasmc_rt_elem_drop(wasmc_vmctx *Vmctx, int32_t Elem) {
  wasmc_instance *I = Vmctx->instance;
  if (static_cast<uint32_t>(Elem) < I->Desc->num_elems)
    I->ElemCounts[Elem] = 0;
}
