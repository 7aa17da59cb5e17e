//===- Validator.h - Validate a decoded module per the spec ------*- C++ -*-===//
#ifndef WASMC_VALIDATION_VALIDATOR_H
#define WASMC_VALIDATION_VALIDATOR_H

#include "reader/Module.h"
#include "llvm/Support/Error.h"

namespace wasmc {

/// Validates M exactly as the spec's validation algorithm does (module-level
/// rules, then every function body with an operand and a control stack).
/// The first error is returned as a WasmError at the offending offset; for
/// errors in code the message names the function:
///   "type mismatch: expected i32, got i64 (in function 3 $name)".
llvm::Error validateModule(const Module &M);

} // namespace wasmc

#endif // WASMC_VALIDATION_VALIDATOR_H
