//===- instance/Interruption.cpp - Epoch deadlines ------------------------===//
//
// Code compiled with --epoch-interruption compares the process-wide epoch
// counter with its instance's deadline at every function entry and loop
// header, so any loop or recursion reaches a check. Hosts advance the
// counter (from any thread, e.g. a timer ticking every millisecond) and
// give each instance a deadline in ticks; a guest that passes it traps with
// WASMC_TRAP_INTERRUPTED, which callers see as WASMC_OUTCOME_INTERRUPTED.
// The counter is one word that only grows, read with relaxed atomics: a
// check costs a load and a compare, and the store of a tick becomes visible
// to a running guest within the cache-coherence delay.
//
//===----------------------------------------------------------------------===//
#include "instance/Instance.h"
#include "traps/TrapState.h"

using namespace wasmc::rt;

namespace {
uint64_t Epoch;
} // namespace

const volatile uint64_t *wasmc::rt::epochCounter() { return &Epoch; }

extern "C" uint64_t wasmc_epoch_increment(void) {
  return __atomic_add_fetch(&Epoch, 1, __ATOMIC_RELAXED);
}

extern "C" uint64_t wasmc_epoch_current(void) {
  return __atomic_load_n(&Epoch, __ATOMIC_RELAXED);
}

uint64_t wasmc::rt::deadlineAfter(uint64_t Ticks) {
  uint64_t Now = wasmc_epoch_current();
  return Ticks > UINT64_MAX - Now ? UINT64_MAX : Now + Ticks;
}

bool wasmc::rt::mayBeInterrupted(const wasmc_vmctx *V) {
  return V->instance && V->instance->Desc->epoch_checks &&
         __atomic_load_n(&V->epoch_deadline, __ATOMIC_RELAXED) != UINT64_MAX;
}

bool wasmc::rt::deadlinePassed(const wasmc_vmctx *V) {
  return wasmc_epoch_current() >=
         __atomic_load_n(&V->epoch_deadline, __ATOMIC_RELAXED);
}

extern "C" int wasmc_instance_set_epoch_deadline(wasmc_instance *I,
                                                 uint64_t Ticks) {
  if (!I || !I->Desc->epoch_checks)
    return -1;
  __atomic_store_n(&I->Vmctx.epoch_deadline, deadlineAfter(Ticks),
                   __ATOMIC_RELAXED);
  return 0;
}

extern "C" int64_t wasmc_rt_epoch_reached(wasmc_vmctx *Vmctx) {
  // The compiled check compared with the deadline it read at function
  // entry; the host may have moved it since.
  uint64_t Deadline =
      __atomic_load_n(&Vmctx->epoch_deadline, __ATOMIC_RELAXED);
  if (wasmc_epoch_current() < Deadline)
    return static_cast<int64_t>(Deadline);
  trapFromHost(WASMC_TRAP_INTERRUPTED);
}
