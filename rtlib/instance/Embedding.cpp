//===- instance/Embedding.cpp - The host-facing half of rtlib.h -----------===//
//
// Loading module shared objects, describing exports as externs, calling
// exports by name, host-owned memories and tables, and the dispatcher that
// import thunks call to reach generic host functions.
//
//===----------------------------------------------------------------------===//
#include "instance/Instance.h"
#include "memory/Image.h"
#include "memory/Memory.h"
#include "traps/TrapState.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

using namespace wasmc::rt;

struct wasmc_module {
  void *Handle;
  const wasmc_module_desc *Desc;
};

/// Fills Out when the caller asked for it.
#define FAIL(Out, ...)                                                         \
  do {                                                                         \
    if (Out)                                                                   \
      setErrorOutcome(Out, __VA_ARGS__);                                       \
  } while (0)

extern "C" wasmc_module *wasmc_module_load(const char *Path,
                                           wasmc_outcome *Err) {
  dlerror();
  void *Handle = dlopen(Path, RTLD_NOW | RTLD_LOCAL);
  if (!Handle) {
    const char *Why = dlerror();
    // The module resolves rtlib's entry points from the process; a host
    // that linked librtlib.a does not export them.
    bool NoRuntime = Why && strstr(Why, "wasmc_rt_");
    FAIL(Err, "cannot load module: %s%s", Why ? Why : Path,
         NoRuntime ? " (link the host against librtlib.so)" : "");
    return nullptr;
  }
  const wasmc_module_desc *Desc = static_cast<const wasmc_module_desc *>(
      dlsym(Handle, WASMC_MODULE_DESCRIPTOR_SYMBOL));
  if (!Desc) {
    FAIL(Err, "%s is not a wasmc module: it has no %s (build it with "
              "wasmc --shared)",
         Path, WASMC_MODULE_DESCRIPTOR_SYMBOL);
    dlclose(Handle);
    return nullptr;
  }
  if (Desc->abi_version != WASMC_ABI_VERSION) {
    FAIL(Err, "%s has module ABI version %u, this runtime implements %u "
              "(recompile it with a matching wasmc)",
         Path, Desc->abi_version, WASMC_ABI_VERSION);
    dlclose(Handle);
    return nullptr;
  }
  wasmc_module *M = static_cast<wasmc_module *>(calloc(1, sizeof(*M)));
  if (!M) {
    FAIL(Err, "out of memory");
    dlclose(Handle);
    return nullptr;
  }
  M->Handle = Handle;
  M->Desc = Desc;
  return M;
}

extern "C" const wasmc_module_desc *wasmc_module_desc_of(const wasmc_module *M) {
  return M ? M->Desc : nullptr;
}

extern "C" void wasmc_module_unload(wasmc_module *M) {
  if (!M)
    return;
  // Instances mapping an image keep it; closing only stops new ones.
  releaseMemoryImages(M->Desc);
  dlclose(M->Handle);
  free(M);
}

//--- Externs -------------------------------------------------------------===//

extern "C" void wasmc_extern_host_func(const char *Signature,
                                       wasmc_host_callback Callback, void *Env,
                                       wasmc_extern *Out) {
  memset(Out, 0, sizeof(*Out));
  Out->kind = WASMC_EXTERN_FUNC;
  Out->func_signature = Signature;
  Out->host_callback = Callback;
  Out->host_env = Env;
}

extern "C" void wasmc_extern_memory(wasmc_memory *Memory, wasmc_extern *Out) {
  memset(Out, 0, sizeof(*Out));
  Out->kind = WASMC_EXTERN_MEMORY;
  Out->memory = Memory;
}

extern "C" void wasmc_extern_table(wasmc_table *Table, wasmc_extern *Out) {
  memset(Out, 0, sizeof(*Out));
  Out->kind = WASMC_EXTERN_TABLE;
  Out->table = Table;
}

extern "C" void wasmc_extern_global(wasmc_global *Cell, uint8_t Type,
                                    int IsMutable, wasmc_extern *Out) {
  memset(Out, 0, sizeof(*Out));
  Out->kind = WASMC_EXTERN_GLOBAL;
  Out->global = Cell;
  Out->global_type = Type;
  Out->global_mutable = IsMutable ? 1 : 0;
}

//--- Host-owned memories and tables ----------------------------------------===//

static wasmc_memory *newMemory(uint64_t MinPages, uint64_t MaxPages,
                               int HasMax, bool Is64, wasmc_outcome *Err) {
  uint64_t Limit = Is64 ? Memory64MaxPages : Memory32MaxPages;
  uint64_t Max = HasMax ? MaxPages : Limit;
  if (MinPages > Limit || Max > Limit || MinPages > Max) {
    FAIL(Err, "invalid memory limits {min %llu, max %llu} (at most %llu "
              "pages, min <= max)",
         (unsigned long long)MinPages, (unsigned long long)Max,
         (unsigned long long)Limit);
    return nullptr;
  }
  MemoryBox *Box = static_cast<MemoryBox *>(calloc(1, sizeof(MemoryBox)));
  if (!Box) {
    FAIL(Err, "out of memory");
    return nullptr;
  }
  char Why[200];
  // With the guard region, modules compiled for either bounds-check mode
  // may import it.
  if (!createMemory(&Box->Memory, &Box->Slot, MinPages, Max,
                    /*WithGuard=*/true, Is64, Why, sizeof(Why))) {
    FAIL(Err, "cannot create memory: %s", Why);
    free(Box);
    return nullptr;
  }
  Box->HasMax = HasMax != 0;
  Box->DeclaredMax = Max;
  Box->Is64 = Is64;
  return &Box->Memory;
}

extern "C" wasmc_memory *wasmc_memory_new(uint64_t MinPages, uint64_t MaxPages,
                                          int HasMax, wasmc_outcome *Err) {
  return newMemory(MinPages, MaxPages, HasMax, /*Is64=*/false, Err);
}

extern "C" wasmc_memory *wasmc_memory64_new(uint64_t MinPages,
                                            uint64_t MaxPages, int HasMax,
                                            wasmc_outcome *Err) {
  return newMemory(MinPages, MaxPages, HasMax, /*Is64=*/true, Err);
}

extern "C" void wasmc_memory_delete(wasmc_memory *Memory) {
  if (!Memory)
    return;
  MemoryBox *Box = reinterpret_cast<MemoryBox *>(Memory);
  destroyMemory(&Box->Memory, Box->Slot);
  free(Box);
}

static wasmc_table *newTable(uint8_t ElemType, uint64_t Min, uint64_t Max,
                             int HasMax, void *Init, bool Is64,
                             wasmc_outcome *Err) {
  if (ElemType != WASMC_FUNCREF && ElemType != WASMC_EXTERNREF) {
    FAIL(Err, "invalid table element type 0x%x", ElemType);
    return nullptr;
  }
  uint64_t DeclaredMax = HasMax ? Max : (Is64 ? UINT64_MAX : UINT32_MAX);
  if (Min > DeclaredMax || Min > MaxTableElements) {
    FAIL(Err, "invalid table limits {min %llu, max %llu} (min <= max, at most "
              "%u elements)",
         (unsigned long long)Min, (unsigned long long)DeclaredMax,
         MaxTableElements);
    return nullptr;
  }
  uint32_t EffectiveMax =
      DeclaredMax > UINT32_MAX ? UINT32_MAX : static_cast<uint32_t>(DeclaredMax);
  TableBox *Box = static_cast<TableBox *>(calloc(1, sizeof(TableBox)));
  uint32_t Cap = Min ? static_cast<uint32_t>(Min) : 1;
  void **Elems = static_cast<void **>(calloc(Cap, sizeof(void *)));
  if (!Box || !Elems) {
    free(Box);
    free(Elems);
    FAIL(Err, "out of memory");
    return nullptr;
  }
  for (uint64_t K = 0; K < Min; ++K)
    Elems[K] = Init;
  Box->Table.elems = Elems;
  Box->Table.size = static_cast<uint32_t>(Min);
  Box->Table.max = EffectiveMax;
  Box->Table.elem_type = ElemType;
  Box->Capacity = Cap;
  Box->HasMax = HasMax != 0;
  Box->Is64 = Is64;
  Box->DeclaredMax = DeclaredMax;
  return &Box->Table;
}

extern "C" wasmc_table *wasmc_table_new(uint8_t ElemType, uint32_t Min,
                                        uint32_t Max, int HasMax, void *Init,
                                        wasmc_outcome *Err) {
  return newTable(ElemType, Min, Max, HasMax, Init, /*Is64=*/false, Err);
}

extern "C" wasmc_table *wasmc_table64_new(uint8_t ElemType, uint64_t Min,
                                          uint64_t Max, int HasMax, void *Init,
                                          wasmc_outcome *Err) {
  return newTable(ElemType, Min, Max, HasMax, Init, /*Is64=*/true, Err);
}

extern "C" void wasmc_table_delete(wasmc_table *Table) {
  if (!Table)
    return;
  free(Table->elems);
  free(reinterpret_cast<TableBox *>(Table));
}

//--- Exports -------------------------------------------------------------===//

static const wasmc_export_desc *findExport(const wasmc_instance *I,
                                           const char *Name, size_t Len) {
  for (uint32_t E = 0; E < I->Desc->num_exports; ++E) {
    const wasmc_export_desc &X = I->Desc->exports[E];
    if (nameLength(X.name, X.name_len) == Len &&
        memcmp(X.name, Name, Len) == 0)
      return &X;
  }
  return nullptr;
}

static const char *funcSignature(const wasmc_instance *I, uint32_t Func) {
  const wasmc_module_desc *D = I->Desc;
  if (Func >= D->num_funcs || D->funcs[Func].type_index >= D->num_types)
    return nullptr;
  return D->types[D->funcs[Func].type_index].signature;
}

extern "C" int wasmc_instance_get_export(wasmc_instance *I, const char *Name,
                                         wasmc_extern *Out) {
  return wasmc_instance_get_export_n(I, Name, strlen(Name), Out);
}

extern "C" int wasmc_instance_get_export_n(wasmc_instance *I, const char *Name,
                                           size_t Len, wasmc_extern *Out) {
  const wasmc_export_desc *E = findExport(I, Name, Len);
  if (!E)
    return 0;
  const wasmc_module_desc *D = I->Desc;
  wasmc_extern X;
  memset(&X, 0, sizeof(X));
  X.kind = E->kind;
  switch (E->kind) {
  case WASMC_EXTERN_FUNC: {
    if (E->index >= D->num_funcs)
      return 0;
    const wasmc_funcref &F = I->Funcs[E->index];
    X.func_code = F.code;
    X.func_vmctx = F.vmctx;
    X.func_index = F.func_index;
    X.func_signature = funcSignature(I, E->index);
    X.funcref = &I->Funcs[E->index];
    break;
  }
  case WASMC_EXTERN_TABLE:
    if (E->index >= D->num_tables)
      return 0;
    X.table = I->Tables[E->index];
    break;
  case WASMC_EXTERN_MEMORY:
    if (E->index >= D->num_memories)
      return 0;
    X.memory = I->Memories[E->index];
    break;
  case WASMC_EXTERN_GLOBAL:
    if (E->index >= D->num_globals)
      return 0;
    X.global = I->Globals[E->index];
    X.global_type = D->globals[E->index].type;
    X.global_mutable = D->globals[E->index].mutable_;
    X.global_ref_type = I->GlobalTypes[E->index];
    break;
  case WASMC_EXTERN_TAG:
    if (E->index >= D->num_tags)
      return 0;
    X.tag = I->Tags[E->index];
    break;
  default:
    return 0;
  }
  *Out = X;
  return 1;
}

namespace {
struct CallArgs {
  wasmc_instance *I;
  wasmc_trampoline Trampoline;
  wasmc_value *Slots;
};
} // namespace

static void runCall(void *P) {
  CallArgs *A = static_cast<CallArgs *>(P);
  A->Trampoline(&A->I->Vmctx, A->Slots);
}

extern "C" void wasmc_instance_call(wasmc_instance *I, const char *Name,
                                    const wasmc_value *Args, uint32_t NumArgs,
                                    wasmc_value *Results, uint32_t NumResults,
                                    wasmc_outcome *Out) {
  wasmc_instance_call_n(I, Name, strlen(Name), Args, NumArgs, Results,
                        NumResults, Out);
}

extern "C" void wasmc_instance_call_n(wasmc_instance *I, const char *Name,
                                      size_t Len, const wasmc_value *Args,
                                      uint32_t NumArgs, wasmc_value *Results,
                                      uint32_t NumResults, wasmc_outcome *Out) {
  const wasmc_export_desc *E = findExport(I, Name, Len);
  if (!E) {
    setErrorOutcome(Out, "unknown export \"%s\"", Name);
    return;
  }
  const char *Sig = funcSignature(I, E->index);
  if (E->kind != WASMC_EXTERN_FUNC || !E->trampoline || !Sig) {
    setErrorOutcome(Out, "export \"%s\" is not a function", Name);
    return;
  }
  const char *Colon = strchr(Sig, ':');
  uint32_t Params = Colon ? static_cast<uint32_t>(Colon - Sig) : 0;
  uint32_t Res = Colon ? static_cast<uint32_t>(strlen(Colon + 1)) : 0;
  if (Params != NumArgs || Res != NumResults) {
    setErrorOutcome(Out,
                    "function \"%s\" (signature \"%s\") takes %u arguments "
                    "and returns %u results; called with %u and %u",
                    Name, Sig, Params, Res, NumArgs, NumResults);
    return;
  }
  // The trampoline reads arguments from and writes results to one array.
  uint32_t N = Params > Res ? Params : Res;
  wasmc_value Local[16];
  wasmc_value *Slots = Local;
  if (N > 16) {
    Slots = static_cast<wasmc_value *>(calloc(N, sizeof(wasmc_value)));
    if (!Slots) {
      setErrorOutcome(Out, "out of memory");
      return;
    }
  }
  memset(Slots, 0, (N ? N : 1) * sizeof(wasmc_value));
  if (NumArgs)
    memcpy(Slots, Args, NumArgs * sizeof(wasmc_value));
  CallArgs A = {I, E->trampoline, Slots};
  callGuarded(&I->Vmctx, runCall, &A, Out);
  if (Out->kind == WASMC_OUTCOME_RETURNED && NumResults)
    memcpy(Results, Slots, NumResults * sizeof(wasmc_value));
  else if (Out->kind == WASMC_OUTCOME_TRAPPED ||
           Out->kind == WASMC_OUTCOME_INTERRUPTED)
    snprintf(Out->message, sizeof(Out->message), "%s",
             wasmc_trap_message(Out->trap_code));
  else if (Out->kind == WASMC_OUTCOME_EXITED)
    snprintf(Out->message, sizeof(Out->message), "proc_exit(%d)",
             Out->exit_code);
  else if (Out->kind == WASMC_OUTCOME_EXCEPTION)
    snprintf(Out->message, sizeof(Out->message), "uncaught exception");
  if (Slots != Local)
    free(Slots);
}

//--- Generic host functions ---------------------------------------------===//

extern "C" void wasmc_rt_call_host(wasmc_vmctx *Vmctx, int32_t FuncIndex,
                                   const wasmc_value *Args,
                                   wasmc_value *Results) {
  wasmc_instance *I = Vmctx->instance;
  uint32_t F = static_cast<uint32_t>(FuncIndex);
  if (F >= I->Desc->num_funcs || !I->HostFuncs[F].Callback)
    trapFromHost(WASMC_TRAP_HOST);
  int32_t Code = I->HostFuncs[F].Callback(I->HostFuncs[F].Env, Args, Results);
  if (Code == 0)
    return;
  bool Known = false;
#define WASMC_TRAP_KNOWN(name, code, text)                                     \
  if (Code == code)                                                            \
    Known = true;
  WASMC_TRAP_LIST(WASMC_TRAP_KNOWN)
#undef WASMC_TRAP_KNOWN
  trapFromHost(Known ? Code : WASMC_TRAP_HOST);
}
