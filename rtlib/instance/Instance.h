//===- instance/Instance.h - The state behind a vmctx -------------*- C++ -*-===//
//
// wasmc_instance owns everything an instantiated module needs at run time.
// Compiled code sees only the wasmc_vmctx at its start (abi.h); runtime
// helpers reach the rest through vmctx->instance. All arrays are malloc'd
// (rtlib links against libc only) and indexed by the module's index spaces,
// imported entities first.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_INSTANCE_INSTANCE_H
#define WASMC_RTLIB_INSTANCE_INSTANCE_H

#include "wasi/WasiState.h"
#include "wasmc/rtlib.h"

#include <stdint.h>

namespace wasmc {
namespace rt {

/// A table that rtlib allocated. wasmc_table is its first member so that
/// every wasmc_table* rtlib hands out (tables are only ever created here)
/// can be widened back to reach the capacity.
struct TableBox {
  wasmc_table Table;
  uint32_t Capacity;
};

/// The most elements a table may hold here (128 MiB of pointers); growing
/// beyond fails like an exhausted allocation does.
constexpr uint32_t MaxTableElements = 1u << 24;

/// Symbol table entry: the start address of a defined function or of an
/// export trampoline (trampolines are hidden from backtraces).
struct SymbolEntry {
  uintptr_t Addr;
  uint32_t FuncIndex;
  bool IsTrampoline;
};

} // namespace rt
} // namespace wasmc

struct wasmc_instance {
  wasmc_vmctx Vmctx; // First: compiled code gets &Vmctx.
  const wasmc_module_desc *Desc;

  wasmc_memory **Memories;     // [memory index]
  wasmc_memory *OwnedMemories; // [memory index], used for defined ones
  int *MemorySlots;            // registry slot of owned memories, else -1

  wasmc_table **Tables;                // [table index]
  wasmc::rt::TableBox **OwnedTables;   // [table index], null when imported

  wasmc_global **Globals;    // [global index] -> cell
  wasmc_global *OwnedGlobals; // cells of defined globals

  wasmc_funcref *Funcs; // [function index]
  uint32_t *TypeIds;    // [type index]

  void ***ElemItems;    // [elem index] evaluated references
  uint32_t *ElemCounts; // [elem index], 0 once dropped
  uint8_t *DataDropped; // [data index]

  wasmc::rt::SymbolEntry *Symbols; // sorted by Addr
  uint32_t NumSymbols;
  int CodeSlot;

  wasmc::rt::WasiState Wasi;
};

#endif
