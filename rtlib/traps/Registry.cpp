//===- traps/Registry.cpp - Lock-free address range tables ----------------===//
#include "traps/Registry.h"

#include <atomic>

namespace wasmc {
namespace rt {

namespace {
enum SlotState : uint32_t { Free = 0, Claimed = 1, Published = 2 };

/// std::atomic has a constexpr constructor and a trivial destructor, so these
/// tables are constant-initialised and need no static constructor.
struct Slot {
  std::atomic<uint32_t> State;
  std::atomic<uintptr_t> Start;
  std::atomic<uintptr_t> End;
  std::atomic<const wasmc_instance *> Owner;
};

struct Table {
  Slot Slots[RegistrySlots];
  /// One past the highest slot ever published, to keep scans short.
  std::atomic<int> HighWater;
};
} // namespace

static Table Memories;
static Table Code;

static int claim(Table &T, uintptr_t Start, uintptr_t End,
                 const wasmc_instance *Owner) {
  for (int I = 0; I < RegistrySlots; ++I) {
    uint32_t Expected = Free;
    if (!T.Slots[I].State.compare_exchange_strong(Expected, Claimed))
      continue;
    T.Slots[I].Start.store(Start, std::memory_order_relaxed);
    T.Slots[I].End.store(End, std::memory_order_relaxed);
    T.Slots[I].Owner.store(Owner, std::memory_order_relaxed);
    T.Slots[I].State.store(Published, std::memory_order_release);
    int High = T.HighWater.load();
    while (High < I + 1 && !T.HighWater.compare_exchange_weak(High, I + 1)) {
    }
    return I;
  }
  return -1;
}

static void release(Table &T, int Slot) {
  if (Slot >= 0 && Slot < RegistrySlots)
    T.Slots[Slot].State.store(Free, std::memory_order_release);
}

static int find(const Table &T, uintptr_t Addr) {
  int High = T.HighWater.load(std::memory_order_acquire);
  for (int I = 0; I < High; ++I) {
    const Slot &S = T.Slots[I];
    if (S.State.load(std::memory_order_acquire) != Published)
      continue;
    if (Addr >= S.Start.load(std::memory_order_relaxed) &&
        Addr < S.End.load(std::memory_order_relaxed))
      return I;
  }
  return -1;
}

int registerMemory(uintptr_t Start, uintptr_t End) {
  return claim(Memories, Start, End, nullptr);
}
void unregisterMemory(int Slot) { release(Memories, Slot); }
bool isInMemoryReservation(uintptr_t Addr) { return find(Memories, Addr) >= 0; }

int registerCode(uintptr_t Start, uintptr_t End, const wasmc_instance *Owner) {
  return claim(Code, Start, End, Owner);
}
void unregisterCode(int Slot) { release(Code, Slot); }
bool isInCode(uintptr_t PC) { return find(Code, PC) >= 0; }

const wasmc_instance *findCodeOwner(uintptr_t PC) {
  int I = find(Code, PC);
  return I < 0 ? nullptr : Code.Slots[I].Owner.load(std::memory_order_relaxed);
}

} // namespace rt
} // namespace wasmc
