//===- memory/Memory.cpp - Reservation, commit and growth -----------------===//
#include "memory/Memory.h"
#include "instance/Instance.h"
#include "memory/ReservationPool.h"
#include "traps/Registry.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

namespace wasmc {
namespace rt {

/// Maps Bytes of PROT_NONE address space, or returns null.
static void *reserve(uint64_t Bytes) {
  // Linux only: it keeps an 8 GiB reservation out of overcommit
  // accounting. macOS's headers define MAP_NORESERVE as a Solaris
  // compatibility bit without meaning (it never charges PROT_NONE mappings
  // to swap), so it is not passed there.
#if defined(__linux__) && defined(MAP_NORESERVE)
  constexpr int NoReserve = MAP_NORESERVE;
#else
  constexpr int NoReserve = 0;
#endif
  void *P = mmap(nullptr, Bytes, PROT_NONE,
                 MAP_PRIVATE | MAP_ANONYMOUS | NoReserve, -1, 0);
  return P == MAP_FAILED ? nullptr : P;
}

bool createMemory(wasmc_memory *M, int *RegistrySlot, uint64_t MinPages,
                  uint64_t MaxPages, bool WithGuard, bool Is64, char *Err,
                  size_t ErrLen) {
  memset(M, 0, sizeof(*M));
  *RegistrySlot = -1;
  uint64_t Limit = Is64 ? Memory64MaxPages : Memory32MaxPages;
  if (MinPages > Limit || MaxPages > Limit || MinPages > MaxPages) {
    snprintf(Err, ErrLen, "memory limits %llu..%llu pages are out of range",
             (unsigned long long)MinPages, (unsigned long long)MaxPages);
    return false;
  }
  uint64_t Reserved = Memory32Reservation;
  void *Base = nullptr;
  bool Pooled = false; // its first MinPages are already accessible
  if (Is64) {
    // Compiled code checks every access to a 64-bit memory explicitly, so
    // no guard region is needed, only room to grow in place: the declared
    // maximum up to Memory64Reservation (at least the minimum). PROT_NONE
    // and MAP_NORESERVE, so untouched pages cost nothing; pages are backed
    // only when written, so a sparse memory of many GiB stays cheap.
    uint64_t MinBytes = (MinPages ? MinPages : 1) * WASMC_PAGE_SIZE;
    Reserved = MaxPages > Memory64Reservation / WASMC_PAGE_SIZE
                   ? Memory64Reservation
                   : MaxPages * WASMC_PAGE_SIZE;
    if (Reserved < MinBytes)
      Reserved = MinBytes;
    Base = reserve(Reserved);
    if (!Base && Reserved > MinBytes) {
      Reserved = MinBytes;
      Base = reserve(Reserved);
    }
  } else if (WithGuard) {
    Base = takePooledReservation(MinPages * WASMC_PAGE_SIZE);
    Pooled = Base != nullptr;
    if (!Pooled)
      Base = reserve(Reserved);
  } else {
    // At least one page, so that even an empty memory has a distinct base.
    Reserved = (MaxPages ? MaxPages : 1) * WASMC_PAGE_SIZE;
    Base = reserve(Reserved);
    if (!Base && MinPages < MaxPages) {
      Reserved = (MinPages ? MinPages : 1) * WASMC_PAGE_SIZE;
      Base = reserve(Reserved);
      MaxPages = MinPages;
    }
  }
  if (!Base) {
    snprintf(Err, ErrLen,
             "cannot reserve %llu bytes of address space for a linear memory: "
             "%s%s",
             (unsigned long long)Reserved, strerror(errno),
             WithGuard ? " (modules compiled with --bounds-checks=explicit "
                         "need less)"
                       : "");
    return false;
  }
  uint64_t Bytes = MinPages * WASMC_PAGE_SIZE;
  if (Bytes && !Pooled && mprotect(Base, Bytes, PROT_READ | PROT_WRITE) != 0) {
    snprintf(Err, ErrLen, "cannot commit %llu bytes of linear memory: %s",
             (unsigned long long)Bytes, strerror(errno));
    munmap(Base, Reserved);
    return false;
  }
  uintptr_t Start = reinterpret_cast<uintptr_t>(Base);
  int Slot = registerMemory(Start, Start + Reserved);
  if (Slot < 0) {
    snprintf(Err, ErrLen, "too many linear memories in this process");
    munmap(Base, Reserved);
    return false;
  }
  M->base = static_cast<uint8_t *>(Base);
  M->size = Bytes;
  M->max_pages = MaxPages;
  M->reserved = Reserved;
  *RegistrySlot = Slot;
  return true;
}

void destroyMemory(wasmc_memory *M, int RegistrySlot, ImageSpan Image) {
  if (!M->base)
    return;
  // Unregister first: once unmapped, the range may be reused by the host.
  unregisterMemory(RegistrySlot);
  bool Guarded = M->reserved == Memory32Reservation;
  // A pooled reservation must come back zero: the image's span gets fresh
  // zero pages, which the pool need not clear.
  if (Guarded && unmapMemoryImage(M, Image))
    returnReservation(M->base, M->size, Image.Start, Image.Size);
  else
    munmap(M->base, M->reserved);
  M->base = nullptr;
}

int64_t growMemory(wasmc_memory *M, uint64_t DeltaPages) {
  uint64_t OldPages = M->size / WASMC_PAGE_SIZE;
  if (DeltaPages == 0)
    return static_cast<int64_t>(OldPages);
  // max_pages is at most 2^48, so OldPages + DeltaPages cannot wrap here.
  if (DeltaPages > M->max_pages - OldPages)
    return -1;
  uint64_t NewPages = OldPages + DeltaPages;
  // A 64-bit memory may have reserved less than its maximum: it cannot grow
  // past its reservation (the base never moves).
  if (NewPages * WASMC_PAGE_SIZE > M->reserved)
    return -1;
  uint64_t NewBytes = NewPages * WASMC_PAGE_SIZE;
  // Pages of the reservation have never been written (shrinking does not
  // exist), so they read as zero once accessible.
  if (mprotect(M->base + M->size, NewBytes - M->size,
               PROT_READ | PROT_WRITE) != 0)
    return -1;
  M->size = NewBytes;
  return static_cast<int64_t>(OldPages);
}

} // namespace rt
} // namespace wasmc

extern "C" int64_t wasmc_rt_memory_grow(wasmc_vmctx *Vmctx, int32_t Mem,
                                        int64_t Delta) {
  wasmc_instance *I = Vmctx->instance;
  if (static_cast<uint32_t>(Mem) >= I->Desc->num_memories)
    return -1;
  return wasmc::rt::growMemory(I->Memories[Mem], static_cast<uint64_t>(Delta));
}
