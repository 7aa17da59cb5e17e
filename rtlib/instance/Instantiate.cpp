//===- instance/Instantiate.cpp - Module descriptor to live instance ------===//
//
// Follows the Wasm 2.0 instantiation algorithm: resolve and check imports,
// allocate memories and tables, evaluate global initialisers (which may read
// imported and earlier globals, Wasm 3.0 extended constants through compiled
// init functions, and take function references), build the funcref records
// and canonical type ids, evaluate element segment items, then initialise
// active element segments and active data segments in order (each
// bounds-checked, a failure being a trap that leaves earlier writes in
// place), drop active and declarative segments, and run the start function.
//
// Failures before any side effect on imported state free everything; after
// that (a trap in segment initialisation or in the start function) the
// instance is deliberately leaked, because funcrefs to it may already sit in
// imported tables and must stay callable.
//
//===----------------------------------------------------------------------===//
#include "instance/Instance.h"
#include "instance/Symbols.h"
#include "memory/Memory.h"
#include "traps/Registry.h"
#include "traps/TrapState.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

using namespace wasmc::rt;

static_assert(offsetof(wasmc_vmctx, mem0_base) == WASMC_VMCTX_MEM0_BASE, "");
static_assert(offsetof(wasmc_vmctx, mem0) == WASMC_VMCTX_MEM0, "");
static_assert(offsetof(wasmc_vmctx, memories) == WASMC_VMCTX_MEMORIES, "");
static_assert(offsetof(wasmc_vmctx, stack_limit) == WASMC_VMCTX_STACK_LIMIT,
              "");
static_assert(offsetof(wasmc_vmctx, globals) == WASMC_VMCTX_GLOBALS, "");
static_assert(offsetof(wasmc_vmctx, tables) == WASMC_VMCTX_TABLES, "");
static_assert(offsetof(wasmc_vmctx, funcs) == WASMC_VMCTX_FUNCS, "");
static_assert(offsetof(wasmc_vmctx, type_ids) == WASMC_VMCTX_TYPE_IDS, "");
static_assert(offsetof(wasmc_vmctx, instance) == WASMC_VMCTX_INSTANCE, "");
static_assert(offsetof(wasmc_vmctx, epoch) == WASMC_VMCTX_EPOCH, "");
static_assert(offsetof(wasmc_vmctx, epoch_deadline) ==
                  WASMC_VMCTX_EPOCH_DEADLINE,
              "");
static_assert(offsetof(wasmc_vmctx, tags) == WASMC_VMCTX_TAGS, "");
static_assert(offsetof(wasmc_vmctx, fuel) == WASMC_VMCTX_FUEL, "");
static_assert(sizeof(wasmc_value) == 16, "wasmc_value must be 16 bytes");

static void setTrap(wasmc_outcome *Out, int32_t Code) {
  memset(Out, 0, sizeof(*Out));
  Out->kind = WASMC_OUTCOME_TRAPPED;
  Out->trap_code = Code;
}

static void *allocArray(uint32_t Count, size_t Size, bool &Ok) {
  if (Count == 0)
    return nullptr;
  void *P = calloc(Count, Size);
  if (!P)
    Ok = false;
  return P;
}

static void freeInstance(wasmc_instance *I) {
  if (!I)
    return;
  const wasmc_module_desc *D = I->Desc;
  if (I->CodeSlot >= 0)
    unregisterCode(I->CodeSlot);
  if (I->OwnedMemories)
    for (uint32_t M = 0; M < D->num_memories; ++M)
      if (I->MemorySlots[M] >= 0)
        destroyMemory(&I->OwnedMemories[M].Memory, I->MemorySlots[M],
                      I->OwnedMemories[M].Image);
  if (I->OwnedTables)
    for (uint32_t T = 0; T < D->num_tables; ++T)
      if (TableBox *B = I->OwnedTables[T]) {
        free(B->Table.elems);
        free(B);
      }
  if (I->ElemItems)
    for (uint32_t E = 0; E < D->num_elems; ++E)
      free(I->ElemItems[E]);
  free(I->Memories);
  free(I->OwnedMemories);
  free(I->MemorySlots);
  free(I->Tables);
  free(I->OwnedTables);
  free(I->Globals);
  free(I->OwnedGlobals);
  free(I->GlobalTypes);
  free(I->Tags);
  free(I->OwnedTags);
  free(I->Funcs);
  free(I->HostFuncs);
  free(I->TypeIds);
  free(I->ElemItems);
  free(I->ElemCounts);
  free(I->DataDropped);
  free(I->Symbols);
  wasmc::rt::destroyWasi(I->Wasi);
  free(I);
}

/// Evaluates a constant expression; false if it refers to something that
/// does not exist (a malformed descriptor).
static bool evalConst(wasmc_instance *I, const wasmc_const_expr &E,
                      wasmc_value &V) {
  memset(&V, 0, sizeof(V));
  switch (E.kind) {
  case WASMC_CONST_VALUE:
    V = E.value;
    return true;
  case WASMC_CONST_REF_NULL:
    V.ref = nullptr;
    return true;
  case WASMC_CONST_REF_FUNC:
    if (E.index >= I->Desc->num_funcs)
      return false;
    V.ref = &I->Funcs[E.index];
    return true;
  case WASMC_CONST_GLOBAL_GET:
    if (E.index >= I->Desc->num_globals || !I->Globals[E.index])
      return false;
    V = *I->Globals[E.index];
    return true;
  case WASMC_CONST_INIT_FUNC:
    // Compiled code; it reads only vmctx->globals and vmctx->funcs (bound in
    // initGlobalsAndItems) and the globals validation let it name.
    if (!E.init)
      return false;
    E.init(&I->Vmctx, &V);
    return true;
  }
  return false;
}

/// Sig with each concrete heap type (a run of digits: a module type index,
/// see wasmc_type_desc) replaced by "=<id>", the canonical id of a type
/// before GroupStart, by "^k" for the k-th type of the group
/// [GroupStart, GroupStart + GroupSize) ("^" alone in a group of one, the
/// type itself), and by "?n" beyond (validation rules that out), so that
/// equivalent types of any module intern to one id. malloc'd; NULL when
/// out of memory.
char *wasmc::rt::canonicalTypeText(const char *Sig, uint32_t GroupStart,
                                   uint32_t GroupSize,
                                   const uint32_t *TypeIds) {
  if (!Sig)
    return nullptr;
  size_t Len = strlen(Sig);
  // An index of n >= 1 digits becomes at most 11 characters.
  char *Out = static_cast<char *>(malloc(Len * 11 + 1));
  if (!Out)
    return nullptr;
  char *P = Out;
  for (const char *S = Sig; *S;) {
    if (*S < '0' || *S > '9') {
      *P++ = *S++;
      continue;
    }
    uint64_t Idx = 0;
    for (; *S >= '0' && *S <= '9'; ++S)
      Idx = Idx * 10 + uint64_t(*S - '0');
    if (Idx < GroupStart)
      P += sprintf(P, "=%u", TypeIds[Idx]);
    else if (Idx - GroupStart < GroupSize && GroupSize == 1)
      *P++ = '^';
    else if (Idx - GroupStart < GroupSize)
      P += sprintf(P, "^%u", unsigned(Idx - GroupStart));
    else
      P += sprintf(P, "?%llu", (unsigned long long)(Idx % 100000000u));
  }
  *P = 0;
  return Out;
}

/// Appends the NUL-terminated Part to the malloc'd string *Text of length
/// *Len; frees *Text and gives false when out of memory.
static bool appendText(char **Text, size_t *Len, const char *Part) {
  size_t N = strlen(Part);
  char *Grown = static_cast<char *>(realloc(*Text, *Len + N + 1));
  if (!Grown) {
    free(*Text);
    *Text = nullptr;
    return false;
  }
  memcpy(Grown + *Len, Part, N + 1);
  *Text = Grown;
  *Len += N;
  return true;
}

/// The canonical text of the recursion group of types [Start, Start +
/// Size): for a group of one, the type's text, "sub " in front when it is
/// open; for a larger group, "rec " and each type's text ("sub " in front
/// when open) ended by ';'. malloc'd; NULL when out of memory.
static char *recGroupText(const wasmc_module_desc *D, uint32_t Start,
                          uint32_t Size, const uint32_t *TypeIds) {
  char *Text = nullptr;
  size_t Len = 0;
  if (!appendText(&Text, &Len, Size == 1 ? "" : "rec "))
    return nullptr;
  for (uint32_t K = 0; K < Size; ++K) {
    const wasmc_type_desc &TD = D->types[Start + K];
    char *One = canonicalTypeText(TD.exact ? TD.exact : TD.signature, Start,
                                  Size, TypeIds);
    bool Ok = One && (!TD.open || appendText(&Text, &Len, "sub ")) &&
              appendText(&Text, &Len, One) &&
              (Size == 1 || appendText(&Text, &Len, ";"));
    free(One);
    if (!Ok) {
      free(Text);
      return nullptr;
    }
  }
  return Text;
}

/// Interns the canonical text of every type of D, a recursion group at a
/// time. A type of a group of one is its group's text; a type of a larger
/// group is the whole group's text and "#k", its position, so groups match
/// only as wholes. False when out of memory or for a group no compiler
/// makes.
static bool internTypes(wasmc_instance *I) {
  const wasmc_module_desc *D = I->Desc;
  for (uint32_t Start = 0; Start < D->num_types;) {
    const wasmc_type_desc &TD = D->types[Start];
    uint32_t Size = TD.rec_size > 1 ? TD.rec_size : 1;
    if (TD.rec_index != 0 || Size > D->num_types - Start)
      return false;
    char *Group = recGroupText(D, Start, Size, I->TypeIds);
    if (!Group)
      return false;
    size_t Len = strlen(Group);
    for (uint32_t K = 0; K < Size; ++K) {
      if (Size > 1) {
        char Pos[16];
        snprintf(Pos, sizeof(Pos), "#%u", K);
        Group[Len] = 0;
        size_t L = Len;
        if (!appendText(&Group, &L, Pos))
          return false;
      }
      I->TypeIds[Start + K] = wasmc_rt_intern_type(Group);
      if (I->TypeIds[Start + K] == 0) {
        free(Group);
        return false;
      }
    }
    free(Group);
    Start += Size;
  }
  return true;
}

static bool allocateState(wasmc_instance *I, wasmc_outcome *Out) {
  const wasmc_module_desc *D = I->Desc;
  bool Ok = true;
  I->Memories = static_cast<wasmc_memory **>(
      allocArray(D->num_memories, sizeof(wasmc_memory *), Ok));
  I->OwnedMemories = static_cast<MemoryBox *>(
      allocArray(D->num_memories, sizeof(MemoryBox), Ok));
  I->MemorySlots =
      static_cast<int *>(allocArray(D->num_memories, sizeof(int), Ok));
  I->Tables = static_cast<wasmc_table **>(
      allocArray(D->num_tables, sizeof(wasmc_table *), Ok));
  I->OwnedTables = static_cast<TableBox **>(
      allocArray(D->num_tables, sizeof(TableBox *), Ok));
  I->Globals = static_cast<wasmc_global **>(
      allocArray(D->num_globals, sizeof(wasmc_global *), Ok));
  I->OwnedGlobals = static_cast<wasmc_global *>(
      allocArray(D->num_globals, sizeof(wasmc_global), Ok));
  I->GlobalTypes = static_cast<const char **>(
      allocArray(D->num_globals, sizeof(const char *), Ok));
  I->Tags = static_cast<const wasmc_tag **>(
      allocArray(D->num_tags, sizeof(wasmc_tag *), Ok));
  I->OwnedTags = static_cast<wasmc_tag *>(
      allocArray(D->num_tags, sizeof(wasmc_tag), Ok));
  I->Funcs = static_cast<wasmc_funcref *>(
      allocArray(D->num_funcs, sizeof(wasmc_funcref), Ok));
  I->HostFuncs = static_cast<HostFunc *>(
      allocArray(D->num_funcs, sizeof(HostFunc), Ok));
  I->TypeIds =
      static_cast<uint32_t *>(allocArray(D->num_types, sizeof(uint32_t), Ok));
  I->ElemItems =
      static_cast<void ***>(allocArray(D->num_elems, sizeof(void **), Ok));
  I->ElemCounts =
      static_cast<uint32_t *>(allocArray(D->num_elems, sizeof(uint32_t), Ok));
  I->DataDropped =
      static_cast<uint8_t *>(allocArray(D->num_datas, sizeof(uint8_t), Ok));
  if (!Ok) {
    setErrorOutcome(Out, "out of memory while instantiating");
    return false;
  }
  for (uint32_t M = 0; M < D->num_memories; ++M) {
    I->MemorySlots[M] = -1;
    I->OwnedMemories[M].Slot = -1;
  }
  return true;
}

/// What the instance's cap (wasmc_instance_config, 0: none) leaves of the
/// maximum Max of a memory or table; false, with Out set, when its minimum
/// Min does not fit under the cap.
static bool applyCap(uint64_t Min, uint64_t &Max, uint64_t Cap,
                     const char *What, uint32_t Index, const char *Unit,
                     wasmc_outcome *Out) {
  if (!Cap)
    return true;
  if (Min > Cap) {
    setErrorOutcome(Out,
                    "%s %u: its minimum of %llu %s exceeds the instance's "
                    "limit of %llu",
                    What, Index, (unsigned long long)Min, Unit,
                    (unsigned long long)Cap);
    return false;
  }
  if (Cap < Max)
    Max = Cap;
  return true;
}

static bool createTables(wasmc_instance *I, uint64_t MaxElements,
                         wasmc_outcome *Out) {
  const wasmc_module_desc *D = I->Desc;
  for (uint32_t T = 0; T < D->num_tables; ++T) {
    if (I->Tables[T])
      continue; // imported
    const wasmc_table_desc &TD = D->tables[T];
    uint64_t Max = TD.limits.has_max ? TD.limits.max
                   : TD.limits.is64 ? UINT64_MAX
                                    : UINT32_MAX;
    if (TD.limits.min > MaxTableElements || TD.limits.min > Max) {
      setErrorOutcome(Out,
                      "table %u: minimum size %llu is beyond what the runtime "
                      "supports (%u elements)",
                      T, (unsigned long long)TD.limits.min, MaxTableElements);
      return false;
    }
    uint64_t Effective = Max;
    if (!applyCap(TD.limits.min, Effective, MaxElements, "table", T,
                  "elements", Out))
      return false;
    TableBox *B = static_cast<TableBox *>(calloc(1, sizeof(TableBox)));
    uint32_t Cap = TD.limits.min ? static_cast<uint32_t>(TD.limits.min) : 1;
    void **Elems = static_cast<void **>(calloc(Cap, sizeof(void *)));
    if (!B || !Elems) {
      free(B);
      free(Elems);
      setErrorOutcome(Out, "out of memory allocating table %u", T);
      return false;
    }
    B->Table.elems = Elems;
    B->Table.size = static_cast<uint32_t>(TD.limits.min);
    B->Table.max = Effective > UINT32_MAX ? UINT32_MAX
                                          : static_cast<uint32_t>(Effective);
    B->Table.elem_type = TD.elem_type;
    B->Capacity = Cap;
    B->HasMax = TD.limits.has_max;
    B->Is64 = TD.limits.is64;
    B->DeclaredMax = Max;
    bool Oom = false;
    B->ElemType = canonicalRefType(I, TD.elem_type, TD.exact, &Oom);
    I->OwnedTables[T] = B;
    if (Oom) {
      setErrorOutcome(Out, "out of memory interning the type of table %u", T);
      return false;
    }
    I->Tables[T] = &B->Table;
  }
  return true;
}

static bool createMemories(wasmc_instance *I, uint64_t MaxPages,
                           wasmc_outcome *Out) {
  const wasmc_module_desc *D = I->Desc;
  for (uint32_t M = 0; M < D->num_memories; ++M) {
    if (I->Memories[M])
      continue; // imported
    const wasmc_limits &L = D->memories[M].limits;
    uint64_t Limit = L.is64 ? Memory64MaxPages : Memory32MaxPages;
    uint64_t Max = L.has_max && L.max < Limit ? L.max : Limit;
    uint64_t Effective = Max;
    if (!applyCap(L.min, Effective, MaxPages, "memory", M, "pages", Out))
      return false;
    char Err[200];
    bool WithGuard = D->bounds_checks == WASMC_BOUNDS_GUARD_PAGES;
    MemoryBox &Box = I->OwnedMemories[M];
    if (!createMemory(&Box.Memory, &I->MemorySlots[M], L.min, Effective,
                      WithGuard, L.is64, Err, sizeof(Err))) {
      setErrorOutcome(Out, "memory %u: %s", M, Err);
      return false;
    }
    Box.Slot = I->MemorySlots[M];
    Box.HasMax = L.has_max;
    Box.DeclaredMax = Max;
    Box.Is64 = L.is64;
    I->Memories[M] = &Box.Memory;
  }
  return true;
}

static bool initGlobalsAndItems(wasmc_instance *I, wasmc_outcome *Out) {
  const wasmc_module_desc *D = I->Desc;
  // Init functions of extended constants read these two; the rest of vmctx
  // is set up later.
  I->Vmctx.globals = I->Globals;
  I->Vmctx.funcs = I->Funcs;
  for (uint32_t G = 0; G < D->num_globals; ++G) {
    if (I->Globals[G])
      continue; // imported
    // The cell is bound only after evaluation, so an initialiser reading
    // this or a later global is caught as malformed.
    if (!evalConst(I, D->globals[G].init, I->OwnedGlobals[G])) {
      setErrorOutcome(
          Out, "malformed module descriptor: initialiser of global %u", G);
      return false;
    }
    I->Globals[G] = &I->OwnedGlobals[G];
  }
  // Table initialisers (Wasm 3.0) see the imported globals and functions.
  for (uint32_t T = 0; T < D->num_tables; ++T) {
    if (!I->OwnedTables[T] || D->tables[T].init.kind == WASMC_CONST_REF_NULL)
      continue; // imported, or already null
    wasmc_value V;
    if (!evalConst(I, D->tables[T].init, V)) {
      setErrorOutcome(Out, "malformed module descriptor: table %u", T);
      return false;
    }
    wasmc_table &Tab = I->OwnedTables[T]->Table;
    for (uint32_t K = 0; K < Tab.size; ++K)
      Tab.elems[K] = V.ref;
  }
  for (uint32_t E = 0; E < D->num_elems; ++E) {
    const wasmc_elem_desc &S = D->elems[E];
    I->ElemCounts[E] = S.count;
    if (S.count == 0)
      continue;
    void **Items = static_cast<void **>(calloc(S.count, sizeof(void *)));
    if (!Items) {
      setErrorOutcome(Out, "out of memory evaluating element segment %u", E);
      return false;
    }
    I->ElemItems[E] = Items;
    for (uint32_t K = 0; K < S.count; ++K) {
      wasmc_value V;
      if (!evalConst(I, S.items[K], V)) {
        setErrorOutcome(Out, "malformed module descriptor: element segment %u",
                        E);
        return false;
      }
      Items[K] = V.ref;
    }
  }
  return true;
}

/// Active element segments, then active data segments; a failure is a trap
/// (Out set, false returned) that keeps the writes of earlier segments.
static bool initSegments(wasmc_instance *I, wasmc_outcome *Out) {
  const wasmc_module_desc *D = I->Desc;
  for (uint32_t E = 0; E < D->num_elems; ++E) {
    const wasmc_elem_desc &S = D->elems[E];
    if (S.mode == WASMC_SEGMENT_PASSIVE)
      continue;
    if (S.mode == WASMC_SEGMENT_ACTIVE) {
      wasmc_value Offset;
      if (S.table >= D->num_tables || !evalConst(I, S.offset, Offset)) {
        setErrorOutcome(Out, "malformed module descriptor: element segment %u",
                        E);
        return false;
      }
      wasmc_table *T = I->Tables[S.table];
      // A table64's offset is an i64 (the descriptor's table limits say
      // which).
      uint64_t Dst = D->tables[S.table].limits.is64
                         ? static_cast<uint64_t>(Offset.i64)
                         : static_cast<uint32_t>(Offset.i32);
      if (Dst > T->size || S.count > T->size - Dst) {
        setTrap(Out, WASMC_TRAP_TABLE_OUT_OF_BOUNDS);
        return false;
      }
      for (uint32_t K = 0; K < S.count; ++K)
        T->elems[Dst + K] = I->ElemItems[E][K];
    }
    // elem.drop of active and declarative segments.
    I->ElemCounts[E] = 0;
  }
  // A memory the instance defines gets its data as a copy-on-write image
  // where that gives the same contents (memory/Image.h); its segments are
  // then not copied.
  for (uint32_t M = 0; M < D->num_memories; ++M)
    if (I->MemorySlots[M] >= 0 &&
        !mapMemoryImage(D, M, I->Memories[M], I->OwnedMemories[M].Image)) {
      setErrorOutcome(Out, "memory %u: cannot map its initial image", M);
      return false;
    }
  for (uint32_t S = 0; S < D->num_datas; ++S) {
    const wasmc_data_desc &Seg = D->datas[S];
    if (Seg.mode != WASMC_SEGMENT_ACTIVE)
      continue;
    if (Seg.memory < D->num_memories && I->MemorySlots[Seg.memory] >= 0 &&
        I->OwnedMemories[Seg.memory].Image.Size) {
      I->DataDropped[S] = 1;
      continue;
    }
    wasmc_value Offset;
    if (Seg.memory >= D->num_memories || !evalConst(I, Seg.offset, Offset)) {
      setErrorOutcome(Out, "malformed module descriptor: data segment %u", S);
      return false;
    }
    wasmc_memory *M = I->Memories[Seg.memory];
    uint64_t Dst = D->memories[Seg.memory].limits.is64
                       ? static_cast<uint64_t>(Offset.i64)
                       : static_cast<uint32_t>(Offset.i32);
    if (Dst > M->size || Seg.size > M->size - Dst) {
      setTrap(Out, WASMC_TRAP_MEMORY_OUT_OF_BOUNDS);
      return false;
    }
    if (Seg.size)
      memcpy(M->base + Dst, Seg.bytes, Seg.size);
    I->DataDropped[S] = 1;
  }
  return true;
}

static void runStart(void *Arg) {
  wasmc_instance *I = static_cast<wasmc_instance *>(Arg);
  // Through the compiled C entry: the function itself is tailcc.
  I->Desc->start_entry(&I->Vmctx);
}

extern "C" wasmc_instance *wasmc_instantiate(const wasmc_module_desc *D,
                                             const wasmc_instance_config *C,
                                             wasmc_outcome *Out) {
  wasmc_instance_config Default;
  memset(&Default, 0, sizeof(Default));
  const wasmc_instance_config &Config = C ? *C : Default;
  if (!D || D->abi_version != WASMC_ABI_VERSION) {
    setErrorOutcome(
        Out,
        "module descriptor has ABI version %u, this runtime "
        "implements %u (recompile the module with a matching wasmc)",
        D ? D->abi_version : 0u, WASMC_ABI_VERSION);
    return nullptr;
  }
  if (!wasmc::rt::installSignalHandlers()) {
    setErrorOutcome(Out, "cannot install the trap signal handlers");
    return nullptr;
  }
  wasmc_instance *I =
      static_cast<wasmc_instance *>(calloc(1, sizeof(wasmc_instance)));
  if (!I) {
    setErrorOutcome(Out, "out of memory while instantiating");
    return nullptr;
  }
  I->Desc = D;
  I->CodeSlot = -1;
  I->Wasi.Argc = Config.wasi ? Config.wasi->argc : 0;
  I->Wasi.Argv = Config.wasi ? Config.wasi->argv : nullptr;
  for (bool &Open : I->Wasi.FdOpen)
    Open = true;
  // WASI descriptor table, granted environment and preopened directories.
  char WasiError[200];
  if (!wasmc::rt::initWasi(I->Wasi, Config.wasi, WasiError,
                           sizeof(WasiError))) {
    setErrorOutcome(Out, "%s", WasiError);
    freeInstance(I);
    return nullptr;
  }
  if (!allocateState(I, Out)) {
    freeInstance(I);
    return nullptr;
  }
  if (!internTypes(I)) {
    setErrorOutcome(Out, "out of memory interning the module's types");
    freeInstance(I);
    return nullptr;
  }
  // Import matching of globals compares these (tables keep theirs in the
  // TableBox).
  for (uint32_t G = 0; G < D->num_globals; ++G) {
    bool Oom = false;
    I->GlobalTypes[G] = wasmc::rt::canonicalRefType(I, D->globals[G].type,
                                                    D->globals[G].exact, &Oom);
    if (Oom) {
      setErrorOutcome(Out, "out of memory interning the type of global %u", G);
      freeInstance(I);
      return nullptr;
    }
  }
  for (uint32_t K = 0; K < D->num_imports; ++K)
    if (!wasmc::rt::bindImport(I, D->imports[K], Config, Out)) {
      freeInstance(I);
      return nullptr;
    }
  for (uint32_t T = 0; T < D->num_tags; ++T) {
    if (I->Tags[T])
      continue; // imported
    if (D->tags[T] >= D->num_types) {
      setErrorOutcome(Out, "malformed module descriptor: tag %u", T);
      freeInstance(I);
      return nullptr;
    }
    I->OwnedTags[T] = {I->TypeIds[D->tags[T]],
                       wasmc::rt::signatureParams(
                           D->types[D->tags[T]].signature)};
    I->Tags[T] = &I->OwnedTags[T];
  }
  for (uint32_t F = 0; F < D->num_funcs; ++F) {
    const wasmc_func_desc &FD = D->funcs[F];
    if (I->Funcs[F].code)
      continue; // imported
    // A NULL code (and a non-NULL body) is a function no funcref can
    // reference: its record is never called.
    if ((!FD.code && !FD.body) || FD.type_index >= D->num_types) {
      setErrorOutcome(Out, "malformed module descriptor: function %u", F);
      freeInstance(I);
      return nullptr;
    }
    I->Funcs[F] = {FD.code, &I->Vmctx, I->TypeIds[FD.type_index], F, nullptr};
  }
  if (!createMemories(I, Config.max_memory_pages, Out) ||
      !createTables(I, Config.max_table_elements, Out) ||
      !initGlobalsAndItems(I, Out)) {
    freeInstance(I);
    return nullptr;
  }

  wasmc_vmctx &V = I->Vmctx;
  V.mem0 = D->num_memories ? I->Memories[0] : nullptr;
  V.mem0_base = V.mem0 ? V.mem0->base : nullptr;
  V.memories = I->Memories;
  V.globals = I->Globals;
  V.tables = I->Tables;
  V.funcs = I->Funcs;
  V.type_ids = I->TypeIds;
  V.tags = I->Tags;
  V.instance = I;
  V.epoch = epochCounter();
  V.epoch_deadline = UINT64_MAX;
  if (D->epoch_checks && Config.epoch_deadline)
    V.epoch_deadline = deadlineAfter(Config.epoch_deadline);
  V.fuel = fuelBudget(D->fuel_checks ? Config.fuel : 0);
  I->MaxStack = Config.max_stack_bytes;
  // No call has entered the instance yet: its code, if another instance
  // reaches it, takes that call's thread's limit (wasmc_rt_stack_check).
  V.stack_limit = UINTPTR_MAX;

  if (!buildSymbols(I)) {
    setErrorOutcome(Out, "out of memory building the symbol table");
    freeInstance(I);
    return nullptr;
  }
  uintptr_t CodeStart = reinterpret_cast<uintptr_t>(D->code_start);
  uintptr_t CodeEnd = reinterpret_cast<uintptr_t>(D->code_end);
  if (CodeStart && CodeEnd > CodeStart) {
    I->CodeSlot = registerCode(CodeStart, CodeEnd, I);
    if (I->CodeSlot < 0) {
      setErrorOutcome(Out, "too many instances in this process");
      freeInstance(I);
      return nullptr;
    }
  }
  if (D->start_func >= static_cast<int64_t>(D->num_funcs) ||
      (D->start_func >= 0 && !D->start_entry)) {
    setErrorOutcome(Out, "malformed module descriptor: start function");
    freeInstance(I);
    return nullptr;
  }

  // From here on imported tables and memories may change: no more freeing.
  if (!initSegments(I, Out))
    return nullptr;
  if (D->start_func >= 0) {
    callGuarded(&I->Vmctx, runStart, I, Out);
    if (Out->kind != WASMC_OUTCOME_RETURNED)
      return nullptr;
  }
  memset(Out, 0, sizeof(*Out));
  Out->kind = WASMC_OUTCOME_RETURNED;
  return I;
}

extern "C" void wasmc_instance_destroy(wasmc_instance *I) { freeInstance(I); }

extern "C" wasmc_vmctx *wasmc_instance_vmctx(wasmc_instance *I) {
  return &I->Vmctx;
}

extern "C" const wasmc_export_desc *
wasmc_instance_find_export(const wasmc_instance *I, const char *Name) {
  for (uint32_t E = 0; E < I->Desc->num_exports; ++E)
    if (strcmp(I->Desc->exports[E].name, Name) == 0)
      return &I->Desc->exports[E];
  return nullptr;
}

namespace {
struct InvokeArgs {
  wasmc_instance *I;
  wasmc_trampoline Trampoline;
  wasmc_value *Args;
};
} // namespace

static void runInvoke(void *P) {
  InvokeArgs *A = static_cast<InvokeArgs *>(P);
  A->Trampoline(&A->I->Vmctx, A->Args);
}

extern "C" void wasmc_instance_invoke(wasmc_instance *I,
                                      const wasmc_export_desc *Exp,
                                      wasmc_value *Args, wasmc_outcome *Out) {
  if (!Exp || Exp->kind != WASMC_EXTERN_FUNC || !Exp->trampoline) {
    setErrorOutcome(Out, "not a function export");
    return;
  }
  InvokeArgs A = {I, Exp->trampoline, Args};
  callGuarded(&I->Vmctx, runInvoke, &A, Out);
}
