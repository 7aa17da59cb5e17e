//===- traps/Registry.h - Address ranges the signal handler trusts -*- C++ -*-===//
//
// Two fixed-size, lock-free tables: linear-memory reservations and compiled
// code ranges. The signal handler reads them without locks or allocation;
// instantiation and destruction write them. A fixed size is the price of
// async-signal safety; registration fails cleanly when a table is full.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_TRAPS_REGISTRY_H
#define WASMC_RTLIB_TRAPS_REGISTRY_H

#include <stdint.h>

struct wasmc_instance;

namespace wasmc {
namespace rt {

/// Slots per table. 1024 memory reservations of 8 GiB already cover 8 TiB of
/// the 128 TiB user address space.
constexpr int RegistrySlots = 1024;

/// Registers [Start, End) as a linear-memory reservation; returns the slot
/// or -1 when the table is full.
int registerMemory(uintptr_t Start, uintptr_t End);
void unregisterMemory(int Slot);
/// Async-signal-safe.
bool isInMemoryReservation(uintptr_t Addr);

/// Registers [Start, End) as compiled code of Owner (used to symbolize).
int registerCode(uintptr_t Start, uintptr_t End, const wasmc_instance *Owner);
void unregisterCode(int Slot);
/// Async-signal-safe.
bool isInCode(uintptr_t PC);
/// The instance whose code range holds PC, or null. Not for signal context.
const wasmc_instance *findCodeOwner(uintptr_t PC);

} // namespace rt
} // namespace wasmc

#endif
