//===- traps/Unwind.cpp - Entry guards, trap and exit unwinding -----------===//
#include "traps/TrapState.h"
#include "instance/Instance.h"
#include "instance/Symbols.h"
#include "traps/Registry.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

namespace wasmc {
namespace rt {

__thread ThreadState TS __attribute__((tls_model("initial-exec")));

/// A process whose main thread has an unlimited RLIMIT_STACK reports an
/// enormous stack; trust at most this much of it.
static constexpr uintptr_t MaxTrustedStack = uintptr_t(1) << 30;

/// Our handler walks at most WASMC_MAX_BACKTRACE frames and calls nothing
/// deep, but a forwarded handler (the host's) may need a normal-sized stack.
static constexpr size_t AltStackSize = 256 * 1024;

static void ensureAltStack() {
  stack_t Current;
  if (sigaltstack(nullptr, &Current) == 0 && !(Current.ss_flags & SS_DISABLE) &&
      Current.ss_size >= 16 * 1024)
    return; // The host gave this thread one; keep it.
  // Never freed: it must stay valid for as long as the thread runs, and
  // threads that run Wasm are expected to be few and long-lived.
  void *Mem = mmap(nullptr, AltStackSize, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (Mem == MAP_FAILED)
    return; // Traps still work by compiled-code checks; faults then crash.
  stack_t New;
  New.ss_sp = Mem;
  New.ss_size = AltStackSize;
  New.ss_flags = 0;
  if (sigaltstack(&New, nullptr) != 0)
    munmap(Mem, AltStackSize);
}

void ensureThreadReady() {
  if (TS.Ready)
    return;
  ensureAltStack();
  uintptr_t Here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t Lo = 0, Hi = 0;
#if defined(__APPLE__)
  // Darwin reports the stack's top (highest address) and size directly.
  Hi = reinterpret_cast<uintptr_t>(pthread_get_stackaddr_np(pthread_self()));
  Lo = Hi - pthread_get_stacksize_np(pthread_self());
#else
  pthread_attr_t Attr;
  if (pthread_getattr_np(pthread_self(), &Attr) == 0) {
    void *Addr = nullptr;
    size_t Size = 0;
    if (pthread_attr_getstack(&Attr, &Addr, &Size) == 0) {
      Lo = reinterpret_cast<uintptr_t>(Addr);
      Hi = Lo + Size;
    }
    pthread_attr_destroy(&Attr);
  }
#endif
  if (Lo == 0 || Here < Lo || Here >= Hi) {
    // Unknown bounds: assume the common 8 MiB default below this frame, and
    // allow later entries from somewhat shallower frames.
    Hi = Here + (uintptr_t(1) << 20);
    Lo = Here - (uintptr_t(8) << 20);
  }
  if (Hi - Lo > MaxTrustedStack)
    Lo = Hi - MaxTrustedStack;
  TS.StackLo = Lo;
  TS.StackHi = Hi;
  uintptr_t Usable = Here - Lo;
  TS.StackLimit = Usable > 2 * StackMargin ? Lo + StackMargin : Lo + Usable / 2;
  TS.Ready = true;
}

static bool plausibleFrame(uintptr_t FP) {
  if (FP == 0 || (FP & 7) != 0)
    return false;
  if (TS.Ready && (FP < TS.StackLo || FP + 16 > TS.StackHi))
    return false;
  return true;
}

/// Whether the frame with PC is Wasm code. A return address points after
/// the call, which for a call to a noreturn trap function at the very end of
/// the code section is the section's end: look up PC - 1.
static bool frameInCode(uintptr_t PC, bool PCIsReturnAddress) {
  return isInCode(PCIsReturnAddress ? PC - 1 : PC);
}

void recordBacktrace(uintptr_t PC, uintptr_t FP, bool PCIsReturnAddress) {
  uint32_t N = 0;
  // Skip the runtime's own frames between the trap site and Wasm code.
  for (int Skipped = 0;
       PCIsReturnAddress && !frameInCode(PC, true) && Skipped < 16;
       ++Skipped) {
    if (!plausibleFrame(FP))
      break;
    const uintptr_t *Frame = reinterpret_cast<const uintptr_t *>(FP);
    PC = Frame[1];
    FP = Frame[0];
  }
  bool ChainBroken = false;
  while (N < WASMC_MAX_BACKTRACE && frameInCode(PC, PCIsReturnAddress)) {
    // Likewise the next function: look up PC - 1.
    TS.Frames[N++] = PCIsReturnAddress ? PC - 1 : PC;
    PCIsReturnAddress = true;
    if (!plausibleFrame(FP)) {
      ChainBroken = true;
      break;
    }
    const uintptr_t *Frame = reinterpret_cast<const uintptr_t *>(FP);
    uintptr_t NextFP = Frame[0];
    PC = Frame[1];
    if (NextFP <= FP) { // Callers live at higher addresses.
      ChainBroken = true;
      break;
    }
    FP = NextFP;
  }
  TS.NumFrames = N;
  TS.FramesTruncated =
      !ChainBroken && N == WASMC_MAX_BACKTRACE && frameInCode(PC, true);
}

static void writeStderr(const char *S) {
  size_t Len = strlen(S);
  while (Len > 0) {
    ssize_t W = write(2, S, Len);
    if (W <= 0)
      return;
    S += W;
    Len -= static_cast<size_t>(W);
  }
}

void unwindToEntry() {
  if (!TS.Innermost) {
    // Compiled code ran without an entry guard: there is nowhere to go.
    writeStderr("wasmc runtime: trap or exit outside of a guarded call: ");
    writeStderr(TS.Kind == WASMC_OUTCOME_EXITED      ? "proc_exit"
                : TS.Kind == WASMC_OUTCOME_EXCEPTION ? "uncaught exception"
                                                      : wasmc_trap_message(
                                                            TS.TrapCode));
    writeStderr("\n");
    abort();
  }
  siglongjmp(TS.Innermost->Jump, 1);
}

__attribute__((noinline)) void trapFromHost(int32_t Code) {
  uintptr_t FP = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  const uintptr_t *Frame = reinterpret_cast<const uintptr_t *>(FP);
  TS.Kind = WASMC_OUTCOME_TRAPPED;
  TS.TrapCode = Code;
  recordBacktrace(Frame[1], Frame[0], /*PCIsReturnAddress=*/true);
  unwindToEntry();
}

void exitFromHost(int32_t ExitCode) {
  TS.Kind = WASMC_OUTCOME_EXITED;
  TS.ExitCode = ExitCode;
  TS.NumFrames = 0;
  TS.FramesTruncated = false;
  unwindToEntry();
}

static void fillOutcome(wasmc_outcome *Out) {
  bool Trapped = TS.Kind == WASMC_OUTCOME_TRAPPED;
  // Passing the deadline is a trap to the unwinder, its own outcome to hosts.
  Out->kind = Trapped && TS.TrapCode == WASMC_TRAP_INTERRUPTED
                  ? WASMC_OUTCOME_INTERRUPTED
                  : TS.Kind;
  Out->trap_code = Trapped ? TS.TrapCode : 0;
  Out->exit_code = TS.Kind == WASMC_OUTCOME_EXITED ? TS.ExitCode : 0;
  Out->exception = TS.Kind == WASMC_OUTCOME_EXCEPTION ? TS.Uncaught : nullptr;
  Out->message[0] = '\0';
  uint32_t N = 0;
  for (uint32_t I = 0; I < TS.NumFrames; ++I)
    if (lookupSymbol(TS.Frames[I], nullptr, nullptr) != SymbolKind::Trampoline)
      Out->frames[N++] = TS.Frames[I];
  Out->num_frames = N;
  Out->frames_truncated = TS.FramesTruncated;
}

/// The thread's limit, or higher where the instance caps its stack.
static uintptr_t stackLimitFor(const wasmc_vmctx *Vmctx) {
  uintptr_t Limit = TS.StackLimit;
  const wasmc_instance *I = Vmctx->instance;
  if (!I || !I->MaxStack)
    return Limit;
  uintptr_t Here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (Here > I->MaxStack && Here - I->MaxStack > Limit)
    Limit = Here - I->MaxStack;
  return Limit;
}

/// Puts back the limits wasmc_rt_stack_check set during Frame's entry, the
/// latest first (an instance set twice gets its oldest value).
static void restoreLimits(EntryFrame &Frame) {
  for (uint32_t K = Frame.NumSet; K-- > 0;) {
    LimitSet &L = K < 4 ? Frame.Inline[K] : Frame.More[K - 4];
    L.Vmctx->stack_limit = L.Old;
  }
  free(Frame.More);
  Frame.More = nullptr;
  Frame.NumSet = Frame.CapMore = 0;
}

// The stack limit belongs to the thread a call runs on, but it lives in each
// instance's vmctx (compiled code compares against it at every function
// entry). The entered instance gets this thread's limit here; an instance
// its code reaches through imports or tables has UINTPTR_MAX at rest, so its
// first function asks wasmc_rt_stack_check, which sets this thread's limit
// and records it for restoreLimits. So linked instances may move between
// threads from one call to the next (never run on two at once).
void callGuarded(wasmc_vmctx *Vmctx, void (*Fn)(void *), void *Arg,
                 wasmc_outcome *Out) {
  ensureThreadReady();
  EntryFrame Frame;
  Frame.Prev = TS.Innermost;
  const uintptr_t SavedLimit = Vmctx->stack_limit;
  Vmctx->stack_limit = stackLimitFor(Vmctx);
  if (sigsetjmp(Frame.Jump, EntrySavesSignalMask) == 0) {
    TS.Innermost = &Frame;
    Fn(Arg);
    TS.Innermost = Frame.Prev;
    restoreLimits(Frame);
    Vmctx->stack_limit = SavedLimit;
    memset(Out, 0, sizeof(*Out));
    Out->kind = WASMC_OUTCOME_RETURNED;
    return;
  }
  TS.Innermost = Frame.Prev;
  restoreLimits(Frame);
  Vmctx->stack_limit = SavedLimit;
  fillOutcome(Out);
}

/// Records that Vmctx's limit was Old before this entry changed it.
static bool rememberLimit(EntryFrame &Frame, wasmc_vmctx *Vmctx,
                          uintptr_t Old) {
  uint32_t K = Frame.NumSet;
  if (K >= 4 && K - 4 >= Frame.CapMore) {
    uint32_t Cap = Frame.CapMore ? 2 * Frame.CapMore : 16;
    auto *Grown =
        static_cast<LimitSet *>(realloc(Frame.More, Cap * sizeof(LimitSet)));
    if (!Grown)
      return false;
    Frame.More = Grown;
    Frame.CapMore = Cap;
  }
  (K < 4 ? Frame.Inline[K] : Frame.More[K - 4]) = {Vmctx, Old};
  Frame.NumSet = K + 1;
  return true;
}

} // namespace rt
} // namespace wasmc

using namespace wasmc::rt;

extern "C" __attribute__((noinline)) void
wasmc_rt_stack_check(wasmc_vmctx *Vmctx) {
  uintptr_t Here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t Old = Vmctx->stack_limit;
  // A limit inside this thread's stack is this thread's (stacks do not
  // overlap): the frame is below it, the stack is exhausted. Compiled code
  // runs only under an entry; without one there would be nothing to
  // restore a limit at.
  if ((Old >= TS.StackLo && Old <= TS.StackHi) || !TS.Innermost)
    trapFromHost(WASMC_TRAP_STACK_EXHAUSTED);
  // Unset (UINTPTR_MAX) or another thread's: this thread's, as for an
  // entry here (an instance's own cap counts from this first frame).
  uintptr_t Limit = stackLimitFor(Vmctx);
  if (Here < Limit)
    trapFromHost(WASMC_TRAP_STACK_EXHAUSTED);
  if (!rememberLimit(*TS.Innermost, Vmctx, Old))
    trapFromHost(WASMC_TRAP_OUT_OF_MEMORY);
  Vmctx->stack_limit = Limit;
}

// The backtrace still starts at the Wasm caller: recordBacktrace skips this
// frame like any other runtime frame between the trap site and Wasm code.
extern "C" __attribute__((noinline)) void wasmc_rt_trap(wasmc_vmctx *Vmctx,
                                                        int32_t Code) {
  trapFromHost(Code);
}

extern "C" const char *wasmc_trap_message(int32_t Code) {
  switch (Code) {
#define WASMC_TRAP_TEXT(name, code, text)                                      \
  case code:                                                                   \
    return text;
    WASMC_TRAP_LIST(WASMC_TRAP_TEXT)
#undef WASMC_TRAP_TEXT
  default:
    return "unknown trap";
  }
}
