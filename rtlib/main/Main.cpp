//===- main/Main.cpp - main() of executables built by wasmc ---------------===//
//
// Runs the module linked into this executable as a WASI command:
// instantiate it (running its start function, if any), then call its
// `_start` export with the program's arguments. Exit status:
//   - the code passed to proc_exit, or 0 when `_start` returns;
//   - 134 after a trap (printed to stderr as "wasm trap: <reason>" plus one
//     "  #N <function>" line per Wasm frame, innermost first) — the status
//     of an abort(), which is what a trapping native program looks like;
//   - 124 when it ran past --max-runtime (WASMC_MAX_RUNTIME), like
//     timeout(1): "wasm trap: interrupted: ..." and the frames it was in;
//     running out of --max-fuel (WASMC_MAX_FUEL) is a trap ("wasm trap:
//     out of fuel", 134);
//   - 1 with "wasmc: error: ..." on stderr when the module cannot run at all
//     (no `_start`, an import the runtime lacks, no address space for its
//     memory, a memory larger than --max-memory allows).
//
// With a run-time limit the main thread is the watchdog: it waits for the
// Wasm thread until the deadline, then advances the epoch (every
// millisecond, until the run ends), which stops the guest at its next check. A guest blocked in a host call (say, reading
// stdin) cannot see that, so a second later the process ends anyway.
//
// Wasm runs on a dedicated thread whose stack size is known: 8 MiB unless
// WASMC_STACK_SIZE says otherwise (bytes, or with a K/M/G suffix). Compiled
// code traps with "call stack exhausted" once fewer than 256 KiB of it
// remain, which keeps deep recursion a clean trap whatever the shell's
// `ulimit -s` is and leaves room for host calls.
//
//===----------------------------------------------------------------------===//
#include "main/Grants.h"
#include "wasmc/rtlib.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

extern "C" const wasmc_module_desc wasmc_module_descriptor;

namespace {
constexpr int ExitTrap = 134;
constexpr int ExitInterrupted = 124;
/// How long a guest that passed its deadline has to reach a check.
constexpr uint64_t StopGraceMs = 1000;
constexpr int ExitCannotRun = 1;
constexpr size_t DefaultStackSize = size_t(8) << 20;
constexpr size_t MinStackSize = size_t(1) << 20;
/// A large guard below the Wasm stack: a frame bigger than the 256 KiB
/// margin then still lands in PROT_NONE memory (reported as stack
/// exhaustion by the trap handler) instead of in a neighbouring mapping.
constexpr size_t StackGuardSize = size_t(1) << 20;

struct Run {
  int Argc;
  char **Argv;
  wasmc_wasi_config Wasi; // the grants this run gets (main/Grants.h)
  wasmc::rt::RunLimits Limits;
  wasmc_outcome Outcome;
  pthread_mutex_t Lock;
  pthread_cond_t Finished;
  bool Done;
};
} // namespace

static void runInstance(Run *R) {
  R->Wasi.argc = R->Argc;
  R->Wasi.argv = R->Argv;
  wasmc_instance_config Config;
  memset(&Config, 0, sizeof(Config));
  Config.wasi = &R->Wasi;
  Config.max_memory_pages = R->Limits.MaxMemoryPages;
  // Only the watchdog advances the epoch, from the deadline on.
  Config.epoch_deadline = R->Limits.MaxRuntimeMs ? 1 : 0;
  Config.fuel = R->Limits.MaxFuel;
  wasmc_instance *I =
      wasmc_instantiate(&wasmc_module_descriptor, &Config, &R->Outcome);
  if (!I)
    return;
  const wasmc_export_desc *Start = wasmc_instance_find_export(I, "_start");
  wasmc_value Args[1];
  memset(Args, 0, sizeof(Args));
  wasmc_instance_invoke(I, Start, Args, &R->Outcome);
  // The instance is not destroyed: the process ends right after.
}

static void *runCommand(void *P) {
  Run *R = static_cast<Run *>(P);
  runInstance(R);
  pthread_mutex_lock(&R->Lock);
  R->Done = true;
  pthread_cond_signal(&R->Finished);
  pthread_mutex_unlock(&R->Lock);
  return nullptr;
}

/// The clock the watchdog's waits measure: the monotonic one where a
/// condition variable can use it (Linux), so that setting the system time
/// does not move the deadline.
static clockid_t watchdogClock(pthread_condattr_t &Attr) {
#ifdef __linux__
  if (pthread_condattr_setclock(&Attr, CLOCK_MONOTONIC) == 0)
    return CLOCK_MONOTONIC;
#endif
  (void)Attr;
  return CLOCK_REALTIME;
}

/// Waits until the run is done or Ms milliseconds after Start have passed;
/// true when it is done.
static bool waitUntil(Run &R, const timespec &Start, uint64_t Ms) {
  timespec At = Start;
  At.tv_sec += static_cast<time_t>(Ms / 1000);
  At.tv_nsec += static_cast<long>(Ms % 1000) * 1000000;
  if (At.tv_nsec >= 1000000000) {
    ++At.tv_sec;
    At.tv_nsec -= 1000000000;
  }
  pthread_mutex_lock(&R.Lock);
  while (!R.Done &&
         pthread_cond_timedwait(&R.Finished, &R.Lock, &At) != ETIMEDOUT) {
  }
  bool Done = R.Done;
  pthread_mutex_unlock(&R.Lock);
  return Done;
}

/// The watchdog of --max-runtime (see the top of this file).
static void enforceRuntime(Run &R, const timespec &Start) {
  if (waitUntil(R, Start, R.Limits.MaxRuntimeMs))
    return;
  // The deadline is one tick after the epoch the instance was made at,
  // which may be after this loop's first tick (a slow start): so tick every
  // millisecond until the run ends.
  for (uint64_t Ms = 0; Ms < StopGraceMs; ++Ms) {
    wasmc_epoch_increment();
    if (waitUntil(R, Start, R.Limits.MaxRuntimeMs + Ms + 1))
      return;
  }
  static const char Msg[] =
      "wasmc: error: the program passed its run-time limit inside a host "
      "call and did not return from it; ending it\n";
  ssize_t Ignored = write(2, Msg, sizeof(Msg) - 1);
  (void)Ignored;
  _exit(ExitInterrupted);
}

/// Parses WASMC_STACK_SIZE; 0 when unset or invalid (after a warning).
static size_t stackSizeFromEnv() {
  const char *S = getenv("WASMC_STACK_SIZE");
  if (!S || !*S)
    return 0;
  uint64_t Bytes;
  if (!wasmc::rt::parseByteSize(S, Bytes) || Bytes > (1ull << 40) ||
      Bytes < MinStackSize) {
    fprintf(stderr,
            "wasmc: warning: ignoring WASMC_STACK_SIZE=%s (want a size of at "
            "least 1M, e.g. 64M)\n",
            S);
    return 0;
  }
  return static_cast<size_t>(Bytes);
}

/// Checks up front that the module is a command, so nothing runs otherwise.
/// (wasmc refuses to link such a module; this guards hand-made objects.)
static bool hasCommandEntry(const wasmc_module_desc &D) {
  for (uint32_t E = 0; E < D.num_exports; ++E) {
    const wasmc_export_desc &X = D.exports[E];
    if (strcmp(X.name, "_start") != 0)
      continue;
    if (X.kind != WASMC_EXTERN_FUNC || !X.trampoline || X.index >= D.num_funcs)
      return false;
    uint32_t Type = D.funcs[X.index].type_index;
    return Type < D.num_types && strcmp(D.types[Type].signature, ":") == 0;
  }
  return false;
}

int main(int Argc, char **Argv) {
  if (!hasCommandEntry(wasmc_module_descriptor)) {
    fprintf(stderr, "wasmc: error: the module has no `_start` function of "
                    "type [] -> [], so it cannot run as a command\n");
    return ExitCannotRun;
  }
  if (wasmc_runtime_init() != 0) {
    fprintf(stderr, "wasmc: error: cannot install the trap handlers\n");
    return ExitCannotRun;
  }
  Run R;
  memset(&R, 0, sizeof(R));
  R.Argc = Argc;
  R.Argv = Argv;
  char GrantError[512];
  if (!wasmc::rt::resolveGrants(R.Wasi, R.Limits, GrantError,
                                sizeof(GrantError)) ||
      !wasmc::rt::narrowLimits(R.Limits,
                               wasmc_module_descriptor.epoch_checks != 0,
                               wasmc_module_descriptor.fuel_checks != 0,
                               GrantError, sizeof(GrantError))) {
    fprintf(stderr, "wasmc: error: %s\n", GrantError);
    return ExitCannotRun;
  }
  pthread_mutex_init(&R.Lock, nullptr);
  pthread_condattr_t CondAttr;
  pthread_condattr_init(&CondAttr);
  clockid_t Clock = watchdogClock(CondAttr);
  pthread_cond_init(&R.Finished, &CondAttr);
  pthread_condattr_destroy(&CondAttr);
  timespec Start;
  clock_gettime(Clock, &Start);

  size_t StackSize = stackSizeFromEnv();
  if (!StackSize)
    StackSize = DefaultStackSize;
  pthread_attr_t Attr;
  pthread_attr_init(&Attr);
  int Err = pthread_attr_setstacksize(&Attr, StackSize);
  if (!Err)
    Err = pthread_attr_setguardsize(&Attr, StackGuardSize);
  pthread_t Thread;
  if (!Err)
    Err = pthread_create(&Thread, &Attr, runCommand, &R);
  pthread_attr_destroy(&Attr);
  if (Err) {
    fprintf(stderr, "wasmc: error: cannot start a thread with a %zu-byte "
                    "stack: %s\n",
            StackSize, strerror(Err));
    return ExitCannotRun;
  }
  if (R.Limits.MaxRuntimeMs)
    enforceRuntime(R, Start);
  pthread_join(Thread, nullptr);

  switch (R.Outcome.kind) {
  case WASMC_OUTCOME_RETURNED:
    return 0;
  case WASMC_OUTCOME_EXITED:
    return R.Outcome.exit_code;
  case WASMC_OUTCOME_TRAPPED:
  case WASMC_OUTCOME_EXCEPTION:
    wasmc_print_trap(2, &R.Outcome);
    return ExitTrap;
  case WASMC_OUTCOME_INTERRUPTED:
    wasmc_print_trap(2, &R.Outcome);
    return ExitInterrupted;
  default:
    fprintf(stderr, "wasmc: error: %s\n", R.Outcome.message);
    return ExitCannotRun;
  }
}
