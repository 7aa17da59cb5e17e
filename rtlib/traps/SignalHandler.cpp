//===- traps/SignalHandler.cpp - Guard-page faults become traps -----------===//
//
// Compiled code in guard-page mode accesses linear memory without bounds
// checks; an out-of-bounds access lands in the PROT_NONE part of the
// reservation and raises SIGSEGV (on macOS, SIGBUS). The handler turns
// exactly those faults into traps: the faulting PC must be inside registered
// compiled code AND the fault address inside a registered memory reservation (or, for
// robustness, just below the thread's Wasm stack limit). Every other fault is
// the host's business and goes to whatever handler was installed before us.
//
// Async-signal safety: the handler only reads the lock-free registries and
// static TLS, writes TLS, and siglongjmps; no malloc, locks or stdio.
//
//===----------------------------------------------------------------------===//
#include "traps/Context.h"
#include "traps/Registry.h"
#include "traps/TrapState.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>

namespace wasmc {
namespace rt {

static struct sigaction PreviousSegv;
static struct sigaction PreviousBus;

static struct sigaction *previousFor(int Sig) {
  return Sig == SIGBUS ? &PreviousBus : &PreviousSegv;
}

/// A fault this close below the stack limit in Wasm code is a frame that
/// outgrew the margin (a huge frame skipping the entry check): still a stack
/// exhaustion, not a host crash.
static bool isStackOverflowAddress(uintptr_t Addr) {
  if (!TS.Ready)
    return false;
  uintptr_t GuardReach = uintptr_t(4) << 20;
  uintptr_t Lo = TS.StackLo > GuardReach ? TS.StackLo - GuardReach : 0;
  return Addr >= Lo && Addr < TS.StackLimit;
}

static void forward(int Sig, siginfo_t *Info, void *Context) {
  struct sigaction *Prev = previousFor(Sig);
  if ((Prev->sa_flags & SA_SIGINFO) && Prev->sa_sigaction) {
    Prev->sa_sigaction(Sig, Info, Context);
    return;
  }
  if (!(Prev->sa_flags & SA_SIGINFO) && Prev->sa_handler != SIG_DFL &&
      Prev->sa_handler != SIG_IGN) {
    Prev->sa_handler(Sig);
    return;
  }
  // Default action (an ignored fault would only spin): reinstate it and
  // return. A real fault re-executes the instruction and takes the default
  // action with the original state (core dump, exit status); a signal sent
  // with kill() is not repeated by returning, so raise it again.
  struct sigaction Default;
  memset(&Default, 0, sizeof(Default));
  Default.sa_handler = SIG_DFL;
  sigemptyset(&Default.sa_mask);
  sigaction(Sig, &Default, nullptr);
  if (Info->si_code <= 0)
    raise(Sig);
}

static void handleFault(int Sig, siginfo_t *Info, void *Context) {
  int SavedErrno = errno;
  if (TS.Innermost) {
    InterruptedRegs Regs = readInterruptedRegs(Context);
    if (isInCode(Regs.PC)) {
      uintptr_t Addr = Regs.FaultAddr
                           ? Regs.FaultAddr
                           : reinterpret_cast<uintptr_t>(Info->si_addr);
      int32_t Code = WASMC_TRAP_NONE;
      if (isInMemoryReservation(Addr))
        Code = WASMC_TRAP_MEMORY_OUT_OF_BOUNDS;
      else if (isStackOverflowAddress(Addr))
        Code = WASMC_TRAP_STACK_EXHAUSTED;
      if (Code != WASMC_TRAP_NONE) {
        TS.Kind = WASMC_OUTCOME_TRAPPED;
        TS.TrapCode = Code;
        recordBacktrace(Regs.PC, Regs.FP, /*PCIsReturnAddress=*/false);
        // The kernel blocked Sig for the handler; the entry did not save
        // the mask (EntrySavesSignalMask), so unblock it here, or the next
        // fault would kill the process. Where the entry saved the mask,
        // siglongjmp restores it and leaves the alternate stack.
        if (!EntrySavesSignalMask) {
          sigset_t Handled;
          sigemptyset(&Handled);
          sigaddset(&Handled, Sig);
          pthread_sigmask(SIG_UNBLOCK, &Handled, nullptr);
        }
        siglongjmp(TS.Innermost->Jump, 1);
      }
    }
  }
  errno = SavedErrno;
  forward(Sig, Info, Context);
}

static bool Installed = false;

static void installOnce() {
  struct sigaction Action;
  memset(&Action, 0, sizeof(Action));
  Action.sa_sigaction = handleFault;
  Action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&Action.sa_mask);
  if (sigaction(SIGSEGV, &Action, &PreviousSegv) != 0)
    return;
  if (sigaction(SIGBUS, &Action, &PreviousBus) != 0)
    return;
  Installed = true;
}

bool installSignalHandlers() {
  static pthread_once_t Once = PTHREAD_ONCE_INIT;
  pthread_once(&Once, installOnce);
  return Installed;
}

} // namespace rt
} // namespace wasmc

extern "C" int wasmc_runtime_init(void) {
  return wasmc::rt::installSignalHandlers() ? 0 : -1;
}
