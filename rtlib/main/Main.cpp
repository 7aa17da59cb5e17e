//===- main/Main.cpp - main() of executables built by wasmc ---------------===//
//
// Runs the module linked into this executable as a WASI command:
// instantiate it (running its start function, if any), then call its
// `_start` export with the program's arguments. Exit status:
//   - the code passed to proc_exit, or 0 when `_start` returns;
//   - 134 after a trap (printed to stderr as "wasm trap: <reason>" plus one
//     "  #N <function>" line per Wasm frame, innermost first) — the status
//     of an abort(), which is what a trapping native program looks like;
//   - 1 with "wasmc: error: ..." on stderr when the module cannot run at all
//     (no `_start`, an import the runtime lacks, no address space for its
//     memory).
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

extern "C" const wasmc_module_desc wasmc_module_descriptor;

namespace {
constexpr int ExitTrap = 134;
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
  wasmc_outcome Outcome;
};
} // namespace

static void *runCommand(void *P) {
  Run *R = static_cast<Run *>(P);
  R->Wasi.argc = R->Argc;
  R->Wasi.argv = R->Argv;
  wasmc_instance_config Config;
  memset(&Config, 0, sizeof(Config));
  Config.wasi = &R->Wasi;
  wasmc_instance *I =
      wasmc_instantiate(&wasmc_module_descriptor, &Config, &R->Outcome);
  if (!I)
    return nullptr;
  const wasmc_export_desc *Start = wasmc_instance_find_export(I, "_start");
  wasmc_value Args[1];
  memset(Args, 0, sizeof(Args));
  wasmc_instance_invoke(I, Start, Args, &R->Outcome);
  // The instance is not destroyed: the process ends right after.
  return nullptr;
}

/// Parses WASMC_STACK_SIZE; 0 when unset or invalid (after a warning).
static size_t stackSizeFromEnv() {
  const char *S = getenv("WASMC_STACK_SIZE");
  if (!S || !*S)
    return 0;
  char *End = nullptr;
  errno = 0;
  unsigned long long N = strtoull(S, &End, 10);
  unsigned long long Scale = 1;
  if (*End == 'k' || *End == 'K')
    Scale = 1ull << 10;
  else if (*End == 'm' || *End == 'M')
    Scale = 1ull << 20;
  else if (*End == 'g' || *End == 'G')
    Scale = 1ull << 30;
  if (Scale != 1)
    ++End;
  if (errno || End == S || *End || N > (1ull << 40) / Scale ||
      N * Scale < MinStackSize) {
    fprintf(stderr,
            "wasmc: warning: ignoring WASMC_STACK_SIZE=%s (want a size of at "
            "least 1M, e.g. 64M)\n",
            S);
    return 0;
  }
  return static_cast<size_t>(N * Scale);
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
  if (!wasmc::rt::resolveGrants(R.Wasi, GrantError, sizeof(GrantError))) {
    fprintf(stderr, "wasmc: error: %s\n", GrantError);
    return ExitCannotRun;
  }

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
  pthread_join(Thread, nullptr);

  switch (R.Outcome.kind) {
  case WASMC_OUTCOME_RETURNED:
    return 0;
  case WASMC_OUTCOME_EXITED:
    return R.Outcome.exit_code;
  case WASMC_OUTCOME_TRAPPED:
    wasmc_print_trap(2, &R.Outcome);
    return ExitTrap;
  default:
    fprintf(stderr, "wasmc: error: %s\n", R.Outcome.message);
    return ExitCannotRun;
  }
}
