//===- main/Grants.h - The WASI grants an executable runs with --*- C++ -*-===//
#ifndef WASMC_RTLIB_MAIN_GRANTS_H
#define WASMC_RTLIB_MAIN_GRANTS_H

#include "main/Limits.h"
#include "wasmc/rtlib.h"

namespace wasmc {
namespace rt {

/// Fills Config's environment and preopens from the grants compiled into
/// the executable, narrowed (or, if the build allowed it, widened) by the
/// WASMC_DIRS, WASMC_ENV and WASMC_INHERIT_ENV variables, and Limits to the
/// build's (main/Limits.h, not yet narrowed). The storage lives until the
/// process ends. On failure writes a message into Err and returns false.
bool resolveGrants(wasmc_wasi_config &Config, RunLimits &Limits, char *Err,
                   unsigned ErrLen);

} // namespace rt
} // namespace wasmc

#endif
