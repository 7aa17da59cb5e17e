//===- memory/ReservationPool.h - Reuse of memory reservations -*- C++ -*-===//
//
// Creating and destroying an 8 GiB guard-page reservation per instance is
// the larger part of an instantiation's cost, and taking pages away from a
// process is worse: every unmap or permission drop of written pages makes
// the kernel flush the TLBs of every CPU the process ran on, by
// inter-processor interrupts that take tens of microseconds in a virtual
// machine. So a destroyed instance's 32-bit guard-page reservation goes back
// to a process-wide pool instead, reset the cheap way when its accessible
// part is small (at most the keep-resident size, DefaultKeepResidentBytes
// unless wasmc_set_memory_pool says otherwise): it is zeroed in place and
// stays accessible, as Wasmtime's pooling allocator keeps memory resident,
// which also spares the next instance a page fault per page it touches. A
// larger one has its pages discarded. The next memory of a 32-bit
// guard-page module takes a pooled reservation and only adjusts which part
// is accessible. The pool keeps at most its capacity (default
// DefaultPoolCapacity); beyond it, reservations are unmapped.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_MEMORY_RESERVATIONPOOL_H
#define WASMC_RTLIB_MEMORY_RESERVATIONPOOL_H

#include <stdint.h>

namespace wasmc {
namespace rt {

constexpr uint32_t DefaultPoolCapacity = 16;
constexpr uint64_t DefaultKeepResidentBytes = uint64_t(1) << 20;

/// A pooled reservation of Memory32Reservation bytes whose first Bytes are
/// readable, writable and zero and the rest PROT_NONE; null when the pool
/// is empty or the protection cannot be set.
void *takePooledReservation(uint64_t Bytes);

/// Gives back a Memory32Reservation-byte reservation whose first Used bytes
/// are accessible (and may have been written), except the ZeroSize bytes at
/// ZeroStart, which are known to be zero pages nothing has touched: it is
/// reset and pooled or, when the pool is full or a reset fails, unmapped.
void returnReservation(void *Base, uint64_t Used, uint64_t ZeroStart = 0,
                       uint64_t ZeroSize = 0);

} // namespace rt
} // namespace wasmc

#endif
