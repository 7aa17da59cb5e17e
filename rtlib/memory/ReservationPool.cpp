//===- memory/ReservationPool.cpp - Reuse of memory reservations ----------===//
#include "memory/ReservationPool.h"
#include "memory/Memory.h"
#include "wasmc/rtlib.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

using namespace wasmc::rt;

namespace {
struct Pooled {
  void *Base;
  uint64_t Accessible; // leading bytes that are read-write (and zero)
};

/// Instantiation and destruction take the lock; calls never do.
pthread_mutex_t Lock = PTHREAD_MUTEX_INITIALIZER;
Pooled *Free = nullptr; // [Capacity], allocated on first use
uint32_t Count = 0;
uint32_t Capacity = DefaultPoolCapacity;
uint64_t KeepResident = DefaultKeepResidentBytes;
} // namespace

#if defined(__linux__) && defined(MAP_NORESERVE)
static constexpr int NoReserve = MAP_NORESERVE;
#else
static constexpr int NoReserve = 0;
#endif

void *wasmc::rt::takePooledReservation(uint64_t Bytes) {
  pthread_mutex_lock(&Lock);
  Pooled P = Count ? Free[--Count] : Pooled{nullptr, 0};
  pthread_mutex_unlock(&Lock);
  if (!P.Base)
    return nullptr;
  uint8_t *Base = static_cast<uint8_t *>(P.Base);
  // Opening more pages needs no TLB flush; closing some does, but an
  // instance of the same module wants what its predecessor had.
  bool Ok = true;
  if (Bytes > P.Accessible)
    Ok = mprotect(Base + P.Accessible, Bytes - P.Accessible,
                  PROT_READ | PROT_WRITE) == 0;
  else if (Bytes < P.Accessible)
    Ok = mprotect(Base + Bytes, P.Accessible - Bytes, PROT_NONE) == 0;
  if (!Ok) {
    munmap(Base, Memory32Reservation);
    return nullptr;
  }
  return Base;
}

void wasmc::rt::returnReservation(void *Base, uint64_t Used,
                                  uint64_t ZeroStart, uint64_t ZeroSize) {
  uint8_t *B = static_cast<uint8_t *>(Base);
  Pooled P = {Base, Used};
  // Every byte, not just the pages mincore calls resident: a swapped-out
  // page is not resident either, and must not reach the next instance.
  bool Reset = Used <= __atomic_load_n(&KeepResident, __ATOMIC_RELAXED);
  if (Reset) {
    // Around the span known to be zero: writing it would fault its pages in.
    uint64_t Skip = ZeroStart < Used ? ZeroStart : Used;
    uint64_t Resume = ZeroStart + ZeroSize < Used ? ZeroStart + ZeroSize : Used;
    if (!ZeroSize)
      Skip = Resume = Used;
    memset(B, 0, Skip);
    memset(B + Resume, 0, Used - Resume);
  } else {
    // One mmap over the accessible part discards it and restores PROT_NONE.
    Reset = !Used || mmap(B, Used, PROT_NONE,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | NoReserve,
                          -1, 0) == Base;
    P.Accessible = 0;
  }
  if (Reset) {
    pthread_mutex_lock(&Lock);
    if (!Free && Capacity)
      Free = static_cast<Pooled *>(calloc(Capacity, sizeof(Pooled)));
    bool Kept = Free && Count < Capacity;
    if (Kept)
      Free[Count++] = P;
    pthread_mutex_unlock(&Lock);
    if (Kept)
      return;
  }
  munmap(Base, Memory32Reservation);
}

extern "C" int wasmc_set_memory_pool(uint32_t Reservations,
                                     uint64_t KeepResidentBytes) {
  __atomic_store_n(&KeepResident, KeepResidentBytes, __ATOMIC_RELAXED);
  Pooled *New = nullptr;
  if (Reservations &&
      !(New = static_cast<Pooled *>(calloc(Reservations, sizeof(Pooled)))))
    return -1;
  pthread_mutex_lock(&Lock);
  uint32_t Keep = Count < Reservations ? Count : Reservations;
  Pooled *Old = Free;
  uint32_t OldCount = Count;
  for (uint32_t K = 0; K < Keep; ++K)
    New[K] = Old[K];
  Free = New;
  Count = Keep;
  Capacity = Reservations;
  pthread_mutex_unlock(&Lock);
  for (uint32_t K = Keep; K < OldCount; ++K)
    munmap(Old[K].Base, Memory32Reservation);
  free(Old);
  return 0;
}
