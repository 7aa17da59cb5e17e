//===- SpectestHost.h - The spec tests' "spectest" module -------*- C++ -*-===//
//
// What the reference interpreter's spectest module provides (its
// host/spectest.ml): print functions that return nothing, the immutable
// globals global_i32 = 666, global_i64 = 666, global_f32 = 666.6,
// global_f64 = 666.6, a funcref table of 10 elements (maximum 20) and a
// memory of one page (maximum 2). One per script, like the interpreter's one
// per run of a script.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_SPECTEST_SPECTESTHOST_H
#define WASMC_SPECTEST_SPECTESTHOST_H

#include "wasmc/rtlib.h"

#include <string>

namespace wasmc {
namespace spectest {

/// Defines module "spectest" in Linker; false with Err on failure.
bool defineSpectest(wasmc_linker *Linker, std::string &Err);

} // namespace spectest
} // namespace wasmc

#endif
