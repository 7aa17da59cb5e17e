//===- memory/Memory.h - Linear memories with guard pages --------*- C++ -*-===//
//
// Every 32-bit linear memory is one fixed reservation of 8 GiB + 64 KiB of
// PROT_NONE address space whose first `size` bytes are read-write. Compiled
// code in guard-page mode computes base + zext(i32 index) + offset with the
// index and the static offset each below 2^32, so an access can reach
// base + 2^33 - 2 + (access size - 1); every such address not below `size`
// is inside the reservation and faults. The declared maximum does not let us
// reserve less: a module with max 1 page may still execute
// `i32.load offset=0xFFFFFFF0` with index 0xFFFFFFFF, and that must fault in
// our reservation rather than touch a neighbouring mapping. The reservation
// costs address space only (MAP_NORESERVE); x86-64 user space holds about
// 16000 of them.
//
// Modules compiled with --bounds-checks=explicit check every access against
// the current size, so their memories need no guard region: they reserve
// just the effective maximum (which is what lets them run where 8 GiB of
// address space is not available, e.g. under `ulimit -v`). If even that
// cannot be reserved, a smaller reservation (at least the initial size) is
// taken and memory.grow fails beyond it, as the spec allows.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_MEMORY_MEMORY_H
#define WASMC_RTLIB_MEMORY_MEMORY_H

#include "memory/Image.h"
#include "wasmc/abi.h"

#include <stddef.h>
#include <stdint.h>

namespace wasmc {
namespace rt {

constexpr uint64_t Memory32Reservation = (uint64_t(8) << 30) + WASMC_PAGE_SIZE;
constexpr uint64_t Memory32MaxPages = 65536;
/// memory64: 2^48 pages span the 64-bit address space. A 64-bit memory
/// reserves at most Memory64Reservation bytes of address space and cannot
/// grow past its reservation (memory.grow returns -1, as the spec allows).
constexpr uint64_t Memory64MaxPages = uint64_t(1) << 48;
constexpr uint64_t Memory64Reservation = uint64_t(64) << 30;

/// Reserves and commits a memory of MinPages (MaxPages is the effective
/// maximum, at most Memory32MaxPages) and registers the reservation with the
/// trap handler. WithGuard selects the full guard-page reservation (needed
/// by code compiled in guard-page mode). On failure writes a reason to Err
/// and returns false.
bool createMemory(wasmc_memory *M, int *RegistrySlot, uint64_t MinPages,
                  uint64_t MaxPages, bool WithGuard, bool Is64, char *Err,
                  size_t ErrLen);

/// Image: where an initial image is mapped in M (memory/Image.h).
void destroyMemory(wasmc_memory *M, int RegistrySlot, ImageSpan Image = {});

/// memory.grow: the old size in pages, or -1 if the maximum would be
/// exceeded or the pages cannot be committed.
/// Old size in pages, or -1.
int64_t growMemory(wasmc_memory *M, uint64_t DeltaPages);

} // namespace rt
} // namespace wasmc

#endif
