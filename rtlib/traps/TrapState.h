//===- traps/TrapState.h - Per-thread trap and entry state -------*- C++ -*-===//
//
// How control leaves Wasm code abnormally. Every entry from the host into
// Wasm (instantiation's start function, an export call) pushes an EntryFrame
// holding a sigjmp_buf on a thread-local chain. A trap, whether detected by
// compiled code (wasmc_rt_trap), by a runtime helper, or by the signal
// handler (guard-page fault), records its code and a frame-pointer backtrace
// in thread-local storage and siglongjmps to the innermost EntryFrame.
// WASI proc_exit leaves the same way with an exit status. No C++ destructors
// run on the way out; rtlib has none.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_TRAPS_TRAPSTATE_H
#define WASMC_RTLIB_TRAPS_TRAPSTATE_H

#include "wasmc/rtlib.h"

#include <setjmp.h>
#include <stdint.h>

namespace wasmc {
namespace rt {

/// A vmctx whose stack_limit wasmc_rt_stack_check set during an entry, and
/// the value to put back when the entry ends.
struct LimitSet {
  wasmc_vmctx *Vmctx;
  uintptr_t Old;
};

struct EntryFrame {
  sigjmp_buf Jump;
  EntryFrame *Prev;
  /// Limits set for instances reached from this entry (see callGuarded):
  /// the first few inline, more in a malloc'd array.
  LimitSet Inline[4];
  LimitSet *More = nullptr;
  uint32_t NumSet = 0, CapMore = 0;
};

/// Thread-local state. Trivially constructible, so it lives in static TLS and
/// the signal handler can touch it (initial-exec model: no __tls_get_addr).
struct ThreadState {
  EntryFrame *Innermost;
  int Kind; // wasmc_outcome_kind of the pending unwind
  int32_t TrapCode;
  int32_t ExitCode;
  uint32_t NumFrames;
  bool FramesTruncated;
  uintptr_t Frames[WASMC_MAX_BACKTRACE];
  /// The last exception that no Wasm handler caught (WASMC_OUTCOME_EXCEPTION
  /// hands it to the host; freed when the next one replaces it).
  wasmc_exception *Uncaught;
  /// The thread's stack, known once ensureThreadReady ran.
  uintptr_t StackLo, StackHi, StackLimit;
  bool Ready;
};

extern __thread ThreadState TS __attribute__((tls_model("initial-exec")));

/// Whether an entry's sigsetjmp saves the signal mask. Saving it costs a
/// sigprocmask system call on every call into Wasm; on Linux the fault
/// handler instead unblocks the signal it handles before it jumps (the only
/// change of mask between the entry and the jump), and the kernel knows a
/// thread has left its alternate stack by its stack pointer. macOS tracks
/// the alternate stack in a flag that only the mask-restoring siglongjmp
/// clears, so there the mask is saved.
#ifdef __APPLE__
constexpr int EntrySavesSignalMask = 1;
#else
constexpr int EntrySavesSignalMask = 0;
#endif

/// Bytes of native stack kept free below the limit compiled code checks, for
/// host calls (WASI, runtime helpers) and for the trap path itself.
constexpr uintptr_t StackMargin = 256 * 1024;

/// Computes the current thread's stack bounds and Wasm stack limit and makes
/// sure it has an alternate signal stack. Idempotent per thread.
void ensureThreadReady();

/// Runs Fn(Arg) under a trap guard: Vmctx->stack_limit is set for this
/// thread while it runs, and Out says how it ended.
void callGuarded(wasmc_vmctx *Vmctx, void (*Fn)(void *), void *Arg,
                 wasmc_outcome *Out);

/// Records a frame-pointer backtrace into TS: starting at (PC, FP) in the
/// interrupted function when PCIsReturnAddress is false (signal context),
/// or at the caller of the frame FP when it is true (host code calling
/// this: leading non-Wasm frames are skipped). Async-signal-safe.
void recordBacktrace(uintptr_t PC, uintptr_t FP, bool PCIsReturnAddress);

/// Leaves to the innermost EntryFrame with TS already filled in.
[[noreturn]] void unwindToEntry();

/// A trap detected by a runtime helper called from Wasm code.
[[noreturn]] void trapFromHost(int32_t Code);

/// WASI proc_exit.
[[noreturn]] void exitFromHost(int32_t ExitCode);

bool installSignalHandlers();

} // namespace rt
} // namespace wasmc

#endif
