// The sightglass benchmark protocol on the embedding API (rtlib.h): runs the
// `_start` of a module built with `wasmc --shared`, with its benchmark
// directory pre-opened as "." and as the working directory, and the two
// imports every sightglass module has, `bench.start` and `bench.end`
// ([] -> []), supplied as host functions that take a timestamp.
//
//   sightglass_host [--read-only] <module.so> <benchmark dir> <times file>
//                   [argv0]
//
// The guest's stdout and stderr are the host's, untouched, so that they can
// be compared with the benchmark's *.expected files. The measured region is
// written to <times file> instead, as one line
//
//   wall_ns <n> cpu_ns <n> starts <n> ends <n>
//
// with the monotonic (CLOCK_MONOTONIC) and the process CPU
// (CLOCK_PROCESS_CPUTIME_ID) time between bench.start and bench.end; a
// module that calls them other than once each in that order gets "starts"
// and "ends" counts that say so, and bench/sightglass/run.py rejects it.
// The exit status is the guest's (proc_exit code, 0 when `_start` returns),
// 134 after a trap (printed like an executable prints it), 1 when the module
// cannot be loaded or instantiated.
//
// The directory is granted read-write, as sightglass's own runner grants
// it, unless --read-only is given. bench/sightglass/run.py runs each module
// in a scratch copy of its inputs under the build directory, never in the
// shared checkout.
#include "wasmc/rtlib.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct Region {
  struct timespec Wall[2], Cpu[2];
  int Starts, Ends;
};

static struct Region Measured;

static int32_t benchStart(void *Env, const wasmc_value *Args,
                          wasmc_value *Results) {
  (void)Env, (void)Args, (void)Results;
  ++Measured.Starts;
  // CPU first, wall last here and the reverse in benchEnd: the wall interval
  // is the tight one, the CPU interval encloses it.
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &Measured.Cpu[0]);
  clock_gettime(CLOCK_MONOTONIC, &Measured.Wall[0]);
  return 0;
}

static int32_t benchEnd(void *Env, const wasmc_value *Args,
                        wasmc_value *Results) {
  (void)Env, (void)Args, (void)Results;
  clock_gettime(CLOCK_MONOTONIC, &Measured.Wall[1]);
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &Measured.Cpu[1]);
  ++Measured.Ends;
  return 0;
}

static long long nanos(const struct timespec *From,
                       const struct timespec *To) {
  return (long long)(To->tv_sec - From->tv_sec) * 1000000000LL +
         (To->tv_nsec - From->tv_nsec);
}

struct Run {
  wasmc_instance *Instance;
  wasmc_outcome Outcome;
};

static void *runStart(void *P) {
  struct Run *R = P;
  wasmc_instance_call(R->Instance, "_start", NULL, 0, NULL, 0, &R->Outcome);
  return NULL;
}

int main(int Argc, char **Argv) {
  int ReadOnly = Argc > 1 && strcmp(Argv[1], "--read-only") == 0;
  if (ReadOnly) {
    --Argc;
    ++Argv;
  }
  if (Argc < 4 || Argc > 5) {
    fprintf(stderr, "usage: sightglass_host [--read-only] <module.so> "
                    "<benchmark dir> <times file> [argv0]\n");
    return 1;
  }
  const char *TimesPath = Argv[3];
  // Open the times file before changing directory, so that a relative
  // path means what the caller meant.
  FILE *Times = fopen(TimesPath, "w");
  if (!Times) {
    perror(TimesPath);
    return 1;
  }
  wasmc_outcome Out;
  wasmc_module *M = wasmc_module_load(Argv[1], &Out);
  if (!M) {
    fprintf(stderr, "sightglass_host: %s\n", Out.message);
    return 1;
  }
  if (chdir(Argv[2]) != 0) {
    perror(Argv[2]);
    return 1;
  }
  if (wasmc_runtime_init() != 0) {
    fprintf(stderr, "sightglass_host: cannot install the trap handlers\n");
    return 1;
  }

  wasmc_linker *Lk = wasmc_linker_new();
  wasmc_extern Ext;
  wasmc_extern_host_func(":", benchStart, NULL, &Ext);
  wasmc_linker_define(Lk, "bench", "start", &Ext);
  wasmc_extern_host_func(":", benchEnd, NULL, &Ext);
  wasmc_linker_define(Lk, "bench", "end", &Ext);

  // argv[0] as sightglass's own runner gives it: the module's file name.
  const char *GuestArgv[] = {Argc > 4 ? Argv[4] : "benchmark.wasm", NULL};
  wasmc_wasi_preopen Dir = {".", ".", ReadOnly};
  wasmc_wasi_config Wasi;
  memset(&Wasi, 0, sizeof(Wasi));
  Wasi.argc = 1;
  Wasi.argv = GuestArgv;
  Wasi.num_preopens = 1;
  Wasi.preopens = &Dir;
  wasmc_instance_config Config;
  memset(&Config, 0, sizeof(Config));
  Config.resolve = wasmc_linker_resolve;
  Config.resolve_data = Lk;
  Config.wasi = &Wasi;

  struct Run R;
  memset(&R, 0, sizeof(R));
  R.Instance = wasmc_instantiate(wasmc_module_desc_of(M), &Config, &Out);
  if (!R.Instance) {
    if (Out.kind == WASMC_OUTCOME_EXITED)
      return Out.exit_code;
    if (Out.kind == WASMC_OUTCOME_TRAPPED) {
      wasmc_print_trap(2, &Out);
      return 134;
    }
    fprintf(stderr, "sightglass_host: %s\n", Out.message);
    return 1;
  }

  // `_start` runs on a thread with the 8 MiB stack that wasmc's own
  // executables give it (rtlib/main/Main.cpp), not on whatever the main
  // thread happens to have: some modules recurse deeply.
  pthread_attr_t Attr;
  pthread_attr_init(&Attr);
  pthread_attr_setstacksize(&Attr, (size_t)8 << 20);
  pthread_t Thread;
  if (pthread_create(&Thread, &Attr, runStart, &R) != 0) {
    fprintf(stderr, "sightglass_host: cannot start a thread\n");
    return 1;
  }
  pthread_join(Thread, NULL);
  pthread_attr_destroy(&Attr);

  fprintf(Times, "wall_ns %lld cpu_ns %lld starts %d ends %d\n",
          nanos(&Measured.Wall[0], &Measured.Wall[1]),
          nanos(&Measured.Cpu[0], &Measured.Cpu[1]), Measured.Starts,
          Measured.Ends);
  fclose(Times);

  switch (R.Outcome.kind) {
  case WASMC_OUTCOME_RETURNED:
    return 0;
  case WASMC_OUTCOME_EXITED:
    return R.Outcome.exit_code;
  case WASMC_OUTCOME_TRAPPED:
  case WASMC_OUTCOME_EXCEPTION:
  case WASMC_OUTCOME_INTERRUPTED:
    wasmc_print_trap(2, &R.Outcome);
    return 134;
  default:
    fprintf(stderr, "sightglass_host: %s\n", R.Outcome.message);
    return 1;
  }
}
