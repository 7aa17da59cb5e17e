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

#include "memory/Image.h"
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
  bool HasMax; // Table.max is a declared maximum (import matching)
  bool Is64;   // table64: i64 indices
  /// The declared maximum when HasMax (Table.max is clamped to 32 bits).
  uint64_t DeclaredMax;
  /// The element type in canonical text (RefTypes.cpp), interned; NULL for
  /// host tables, whose type is Table.elem_type's top: funcref or externref.
  const char *ElemType;
};

/// A memory that rtlib allocated, widened the same way as TableBox: every
/// wasmc_memory* rtlib hands out (an instance's, or wasmc_memory_new's)
/// points at the Memory member of one of these.
struct MemoryBox {
  wasmc_memory Memory;
  /// Where its initial image is mapped (memory/Image.h); Size 0: none.
  ImageSpan Image;
  int Slot;    // registry slot, -1 when not created
  bool HasMax; // the memory has a declared maximum (import matching)
  bool Is64;   // memory64: i64 addresses
  /// The declared maximum when HasMax. Memory.max_pages, what memory.grow
  /// allows, may be lower: the runtime's limit or the instance's cap.
  uint64_t DeclaredMax;
};

/// The generic host function bound to an imported function (see
/// wasmc_rt_call_host); Callback is null for imports bound otherwise.
struct HostFunc {
  wasmc_host_callback Callback;
  void *Env;
};

/// The most elements a table may hold here (128 MiB of pointers); growing
/// beyond fails like an exhausted allocation does.
constexpr uint32_t MaxTableElements = 1u << 24;

/// Symbol table entry: the start address of a defined function's body or
/// of a tailcc copy of it, or of an export trampoline or a tailcc entry that
/// calls a C body (both "trampolines", hidden from backtraces).
struct SymbolEntry {
  uintptr_t Addr;
  uint32_t FuncIndex;
  bool IsTrampoline;
  /// The code's rows of the module's address map (abi.h wasmc_addr_map).
  const uint8_t *Rows;
  uint32_t NumRows;
};

/// Byte length of a descriptor name whose recorded length is Len (0: the
/// name is NUL-terminated and has no NUL bytes).
inline size_t nameLength(const char *Name, uint32_t Len) {
  return Len ? Len : __builtin_strlen(Name);
}

/// Number of parameters of a signature in abi.h notation ("iI:F": 2).
inline uint32_t signatureParams(const char *Sig) {
  uint32_t N = 0;
  while (Sig[N] && Sig[N] != ':')
    ++N;
  return N;
}

/// Fills Out as a WASMC_OUTCOME_ERROR with a printf-style message.
/// Imports.cpp.
void setErrorOutcome(wasmc_outcome *Out, const char *Fmt, ...)
    __attribute__((format(printf, 2, 3)));

/// Resolves import Imp of I through Config and checks it against the import's
/// type (the spec's import matching); false with Out set on error.
/// Imports.cpp.
bool bindImport(wasmc_instance *I, const wasmc_import_desc &Imp,
                const wasmc_instance_config &Config, wasmc_outcome *Out);

/// The stored copy of Text in the process-wide type table (TypeIds.cpp), so
/// equal texts give one pointer that lives as long as the process; NULL
/// when out of memory.
const char *internTypeText(const char *Text);

/// Sig (abi.h type notation) with every type index n replaced by "=id",
/// id = TypeIds[n], for n < GroupStart, by "^k" for the k-th type of the
/// recursion group at GroupStart ("^" when the group is the type alone)
/// and "?n" beyond; malloc'ed, NULL when out of memory. Instantiate.cpp.
char *canonicalTypeText(const char *Sig, uint32_t GroupStart,
                        uint32_t GroupSize, const uint32_t *TypeIds);

/// The process-wide epoch counter that vmctx->epoch points at, and the
/// deadline Ticks ticks after its current value (UINT64_MAX when that
/// overflows). Interruption.cpp.
const volatile uint64_t *epochCounter();

/// vmctx->fuel for a budget of Units (0: unlimited), Fuel.cpp.
int64_t fuelBudget(uint64_t Units);
uint64_t deadlineAfter(uint64_t Ticks);
/// Whether V's code checks deadlines and has one; whether it has passed.
/// Host functions that block (poll_oneoff) wait in slices of
/// InterruptibleWaitMs and trap with WASMC_TRAP_INTERRUPTED once it has.
bool mayBeInterrupted(const wasmc_vmctx *V);
bool deadlinePassed(const wasmc_vmctx *V);
constexpr int InterruptibleWaitMs = 1;

/// Reference types of tables and globals (RefTypes.cpp). canonicalRefType
/// gives the interned canonical text of a descriptor's type (Top its abi
/// byte, Exact its `exact`): "(ref null func)" for funcref, "(ref =12)"
/// for a concrete type; NULL for number types (and when out of memory,
/// which *Oom tells).
const char *canonicalRefType(const wasmc_instance *I, uint8_t Top,
                             const char *Exact, bool *Oom);
/// Canonical, or funcref's or externref's text by Top when it is NULL.
const char *refTypeOrTop(uint8_t Top, const char *Canonical);
/// Subtyping of two canonical reference types (Wasm 3.0 without GC:
/// nofunc <: $t <: func, noextern <: extern, (ref ht) <: (ref null ht)).
bool isRefSubtype(const char *Sub, const char *Super);

} // namespace rt
} // namespace wasmc

struct wasmc_instance {
  wasmc_vmctx Vmctx; // First: compiled code gets &Vmctx.
  const wasmc_module_desc *Desc;

  wasmc_memory **Memories;     // [memory index]
  wasmc::rt::MemoryBox *OwnedMemories; // [memory index], used for defined ones
  int *MemorySlots;            // registry slot of owned memories, else -1

  wasmc_table **Tables;                // [table index]
  wasmc::rt::TableBox **OwnedTables;   // [table index], null when imported

  wasmc_global **Globals;    // [global index] -> cell
  wasmc_global *OwnedGlobals; // cells of defined globals
  const char **GlobalTypes;  // [global index] canonical reference type or NULL

  const wasmc_tag **Tags; // [tag index]
  wasmc_tag *OwnedTags;   // [tag index], used for defined ones

  wasmc_funcref *Funcs; // [function index]
  wasmc::rt::HostFunc *HostFuncs; // [function index]
  uint32_t *TypeIds;    // [type index]

  void ***ElemItems;    // [elem index] evaluated references
  uint32_t *ElemCounts; // [elem index], 0 once dropped
  uint8_t *DataDropped; // [data index]

  wasmc::rt::SymbolEntry *Symbols; // sorted by Addr
  uint32_t NumSymbols;
  int CodeSlot;

  /// Bytes of exceptions its handlers made exnrefs of, which are never
  /// freed (wasmc_rt_exception_escape).
  uint64_t KeptExceptionBytes;

  /// Native stack a call into the instance may use (0: up to the thread's
  /// limit); wasmc_instance_config.max_stack_bytes.
  uint64_t MaxStack;

  wasmc::rt::WasiState Wasi;
};

#endif
