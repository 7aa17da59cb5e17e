//===- main/Limits.h - Memory and run-time limits of an executable -*- C++ -*-===//
//
// `wasmc --max-memory`, `--max-runtime` and `--max-fuel` travel in the
// grants constant (abi.h: WASMC_GRANT_MAX_MEMORY, WASMC_GRANT_MAX_RUNTIME,
// WASMC_GRANT_MAX_FUEL); whoever runs the program may lower them, never
// raise them, with WASMC_MAX_MEMORY (a size, K/M/G suffixes),
// WASMC_MAX_RUNTIME (seconds) and WASMC_MAX_FUEL (instructions).
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_MAIN_LIMITS_H
#define WASMC_RTLIB_MAIN_LIMITS_H

#include <stdint.h>

namespace wasmc {
namespace rt {

struct RunLimits {
  uint64_t MaxMemoryPages = 0; // 0: none
  uint64_t MaxRuntimeMs = 0;   // 0: none
  uint64_t MaxFuel = 0;        // 0: none
};

/// Parses "N", "NK", "NM" or "NG" (bytes); false when malformed.
bool parseByteSize(const char *S, uint64_t &Bytes);

/// Lowers L, the build's limits, to the environment's. CanInterrupt says
/// whether the code checks epoch deadlines (without that no run time can
/// be enforced), CanMeter whether it counts fuel. False with a message in
/// Err for a malformed value, one above the build's limit, or a limit the
/// code cannot enforce.
bool narrowLimits(RunLimits &L, bool CanInterrupt, bool CanMeter, char *Err,
                  unsigned Len);

} // namespace rt
} // namespace wasmc

#endif
