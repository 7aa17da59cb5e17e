//===- main/Limits.cpp - Memory and run-time limits of an executable -----===//
#include "main/Limits.h"
#include "wasmc/abi.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

using namespace wasmc::rt;

bool wasmc::rt::parseByteSize(const char *S, uint64_t &Bytes) {
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
  if (errno || End == S || *End || *S == '-' || N > (1ull << 50) / Scale)
    return false;
  Bytes = N * Scale;
  return true;
}

__attribute__((format(printf, 3, 4))) static bool
fail(char *Err, unsigned Len, const char *Fmt, ...) {
  va_list A;
  va_start(A, Fmt);
  vsnprintf(Err, Len, Fmt, A);
  va_end(A);
  return false;
}

bool wasmc::rt::narrowLimits(RunLimits &L, bool CanInterrupt, bool CanMeter,
                             char *Err, unsigned Len) {
  if (const char *S = getenv("WASMC_MAX_MEMORY"); S && *S) {
    uint64_t Bytes;
    if (!parseByteSize(S, Bytes) || Bytes < WASMC_PAGE_SIZE)
      return fail(Err, Len,
                  "WASMC_MAX_MEMORY=%s: expected a size of at least 64K, "
                  "e.g. 256M",
                  S);
    uint64_t Pages = Bytes / WASMC_PAGE_SIZE;
    if (L.MaxMemoryPages && Pages > L.MaxMemoryPages)
      return fail(Err, Len,
                  "WASMC_MAX_MEMORY=%s is above this program's limit of "
                  "%llu KiB (wasmc --max-memory); it may only lower it",
                  S, (unsigned long long)(L.MaxMemoryPages * 64));
    L.MaxMemoryPages = Pages;
  }
  if (const char *S = getenv("WASMC_MAX_RUNTIME"); S && *S) {
    char *End = nullptr;
    double Seconds = strtod(S, &End);
    if (End == S || *End || !(Seconds >= 0.001) || Seconds > 1e9)
      return fail(Err, Len,
                  "WASMC_MAX_RUNTIME=%s: expected seconds, at least 0.001, "
                  "e.g. 10 or 0.5",
                  S);
    uint64_t Ms = static_cast<uint64_t>(Seconds * 1000);
    if (!CanInterrupt)
      return fail(Err, Len,
                  "WASMC_MAX_RUNTIME=%s: this program was built without "
                  "--epoch-interruption or --max-runtime, so it cannot be "
                  "stopped at a deadline",
                  S);
    if (L.MaxRuntimeMs && Ms > L.MaxRuntimeMs)
      return fail(Err, Len,
                  "WASMC_MAX_RUNTIME=%s is above this program's limit of "
                  "%llu ms (wasmc --max-runtime); it may only lower it",
                  S, (unsigned long long)L.MaxRuntimeMs);
    L.MaxRuntimeMs = Ms;
  }
  if (const char *S = getenv("WASMC_MAX_FUEL"); S && *S) {
    char *End = nullptr;
    errno = 0;
    unsigned long long Units = strtoull(S, &End, 10);
    if (errno || End == S || *End || *S == '-' || Units == 0 ||
        Units > (unsigned long long)INT64_MAX)
      return fail(Err, Len,
                  "WASMC_MAX_FUEL=%s: expected a number of instructions "
                  "from 1 to 2^63-1, e.g. 1000000000",
                  S);
    if (!CanMeter)
      return fail(Err, Len,
                  "WASMC_MAX_FUEL=%s: this program was built without "
                  "--fuel-metering or --max-fuel, so it does not count "
                  "instructions",
                  S);
    if (L.MaxFuel && Units > L.MaxFuel)
      return fail(Err, Len,
                  "WASMC_MAX_FUEL=%s is above this program's limit of "
                  "%llu (wasmc --max-fuel); it may only lower it",
                  S, (unsigned long long)L.MaxFuel);
    L.MaxFuel = Units;
  }
  return true;
}
