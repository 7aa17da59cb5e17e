//===- instance/BulkMemory.cpp - memory.fill/copy/init, data.drop ---------===//
//
// Bounds are checked up front with 64-bit arithmetic, so an out-of-bounds
// operation traps before writing anything, as Wasm 2.0 requires.
//
//===----------------------------------------------------------------------===//
#include "instance/Instance.h"
#include "traps/TrapState.h"

#include <string.h>

using namespace wasmc::rt;

static wasmc_memory *memoryOf(wasmc_vmctx *Vmctx, int32_t Mem) {
  wasmc_instance *I = Vmctx->instance;
  if (static_cast<uint32_t>(Mem) >= I->Desc->num_memories)
    trapFromHost(WASMC_TRAP_MEMORY_OUT_OF_BOUNDS);
  return I->Memories[Mem];
}

/// Traps unless [Start, Start + Len) lies in M; u64 arithmetic that cannot
/// wrap (memory64 addresses and lengths use all 64 bits).
static void checkRange(const wasmc_memory *M, uint64_t Start, uint64_t Len) {
  if (Len > M->size || Start > M->size - Len)
    trapFromHost(WASMC_TRAP_MEMORY_OUT_OF_BOUNDS);
}

extern "C" void wasmc_rt_memory_fill(wasmc_vmctx *Vmctx, int32_t Mem,
                                     int64_t Dst, int32_t Value, int64_t Len) {
  wasmc_memory *M = memoryOf(Vmctx, Mem);
  checkRange(M, Dst, Len);
  memset(M->base + Dst, Value & 0xFF, Len);
}

extern "C" void wasmc_rt_memory_copy(wasmc_vmctx *Vmctx, int32_t DstMem,
                                     int32_t SrcMem, int64_t Dst, int64_t Src,
                                     int64_t Len) {
  wasmc_memory *D = memoryOf(Vmctx, DstMem);
  wasmc_memory *S = memoryOf(Vmctx, SrcMem);
  checkRange(D, Dst, Len);
  checkRange(S, Src, Len);
  memmove(D->base + Dst, S->base + Src, Len);
}

extern "C" void wasmc_rt_memory_init(wasmc_vmctx *Vmctx, int32_t Mem,
                                     int32_t Data, int64_t Dst, int32_t Src,
                                     int32_t Len) {
  wasmc_instance *I = Vmctx->instance;
  wasmc_memory *M = memoryOf(Vmctx, Mem);
  if (static_cast<uint32_t>(Data) >= I->Desc->num_datas)
    trapFromHost(WASMC_TRAP_MEMORY_OUT_OF_BOUNDS);
  const wasmc_data_desc &Seg = I->Desc->datas[Data];
  uint64_t SegSize = I->DataDropped[Data] ? 0 : Seg.size;
  if (static_cast<uint64_t>(static_cast<uint32_t>(Src)) +
          static_cast<uint32_t>(Len) >
      SegSize)
    trapFromHost(WASMC_TRAP_MEMORY_OUT_OF_BOUNDS);
  checkRange(M, Dst, static_cast<uint32_t>(Len));
  if (Len)
    memcpy(M->base + Dst, Seg.bytes + static_cast<uint32_t>(Src),
           static_cast<uint32_t>(Len));
}
extern "C" void wasmc_rt_data_drop(wasmc_vmctx *Vmctx, int32_t Data) {
  wasmc_instance *I = Vmctx->instance;
  if (static_cast<uint32_t>(Data) < I->Desc->num_datas)
    I->DataDropped[Data] = 1;
}
