// bench_start/bench_end for native builds of the sightglass benchmarks: the
// same clocks as bench/sightglass/host.c takes around the same region, and
// the same line, written at exit to the file named by $SIGHTGLASS_TIMES:
//
//   wall_ns <n> cpu_ns <n> starts <n> ends <n>
#include "sightglass.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static struct timespec Wall[2], Cpu[2];
static int Starts, Ends;

static long long nanos(const struct timespec *From,
                       const struct timespec *To) {
  return (long long)(To->tv_sec - From->tv_sec) * 1000000000LL +
         (To->tv_nsec - From->tv_nsec);
}

static void writeTimes(void) {
  const char *Path = getenv("SIGHTGLASS_TIMES");
  FILE *F = Path ? fopen(Path, "w") : NULL;
  if (!F)
    return;
  fprintf(F, "wall_ns %lld cpu_ns %lld starts %d ends %d\n",
          nanos(&Wall[0], &Wall[1]), nanos(&Cpu[0], &Cpu[1]), Starts, Ends);
  fclose(F);
}

void bench_start(void) {
  if (Starts++ == 0)
    atexit(writeTimes);
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &Cpu[0]);
  clock_gettime(CLOCK_MONOTONIC, &Wall[0]);
}

void bench_end(void) {
  clock_gettime(CLOCK_MONOTONIC, &Wall[1]);
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &Cpu[1]);
  ++Ends;
}
