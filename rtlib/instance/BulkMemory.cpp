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

static void checkRange(const wasmc_memory *M, int32_t Start, int32_t Len) {
  if (static_cast<uint64_t>(static_cast<uint32_t>(Start)) +
          static_cast<uint32_t>(Len) >
      M->size)
    trapFromHost(WASMC_TRAP_MEMORY_OUT_OF_BOUNDS);
}

extern "C" void wasmc_rt_memory_fill(wasmc_vmctx *Vmctx, int32_t Mem,
                                     int32_t Dst, int32_t Value, int32_t Len) {
  wasmc_memory *M = memoryOf(Vmctx, Mem);
  checkRange(M, Dst, Len);
  memset(M->base + static_cast<uint32_t>(Dst), Value & 0xFF,
         static_cast<uint32_t>(Len));
}

extern "C" void wasmc_rt_memory_copy(wasmc_vmctx *Vmctx, int32_t DstMem,
                                     int32_t SrcMem, int32_t Dst, int32_t Src,
                                     int32_t Len) {
  wasmc_memory *D = memoryOf(Vmctx, DstMem);
  wasmc_memory *S = memoryOf(Vmctx, SrcMem);
  checkRange(D, Dst, Len);
  checkRange(S, Src, Len);
  memmove(D->base + static_cast<uint32_t>(Dst),
          S->base + static_cast<uint32_t>(Src), static_cast<uint32_t>(Len));
}

extern "C" void wasmc_rt_memory_init(wasmc_vmctx *Vmctx, int32_t Mem,
                                     int32_t Data, int32_t Dst, int32_t Src,
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
  checkRange(M, Dst, Len);
  if (Len)
    memcpy(M->base + static_cast<uint32_t>(Dst),
           Seg.bytes + static_cast<uint32_t>(Src), static_cast<uint32_t>(Len));
}

extern "C" void wasmc_rt_data_drop(wasmc_vmctx *Vmctx, int32_t Data) {
  wasmc_instance *I = Vmctx->instance;
  if (static_cast<uint32_t>(Data) < I->Desc->num_datas)
    I->DataDropped[Data] = 1;
}
