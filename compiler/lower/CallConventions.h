//===- CallConventions.h - The calling convention of each body -*- C++ -*-===//
//
// A guaranteed tail call (return_call*) needs LLVM's tailcc on both sides,
// and so does every call through a funcref record's `code`. But tailcc costs
// every ordinary call on x86-64: its callee pops an aligned argument area
// (`ret $8` even without stack arguments) that the caller then reserves again
// (`sub rsp, 8`). So only the functions that need it get a tailcc body; the
// others get a C-convention body that direct calls reach without that cost,
// and, if a funcref can reference them, a small tailcc entry that calls the
// body (docs/architecture.md, "Calls and tail calls").
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LOWER_CALLCONVENTIONS_H
#define WASMC_LOWER_CALLCONVENTIONS_H

#include "reader/Module.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/Support/Error.h"

namespace wasmc {

/// Per defined function (index minus the number of imported functions).
struct CallConventionPlan {
  /// The body is tailcc, and is its own funcref entry. Otherwise it is a C
  /// function.
  llvm::BitVector TailBody;
  /// A C body that a funcref can reference (C.refs: exports, element
  /// segments, ref.func in constant expressions), so it needs a tailcc entry
  /// for funcref records. A C body outside C.refs has none: no record of it
  /// is ever called.
  llvm::BitVector NeedsEntry;
};

/// Decides the convention of every defined function of the validated module
/// M from one pass over the code. A body is tailcc if
///  - it contains a return_call* (musttail needs a tailcc caller),
///  - it is the target of a direct return_call (musttail needs a tailcc
///    callee; the alternative, its entry, would add a call per tail call), or
///  - it is in C.refs and no function calls it directly: every call of it
///    goes through its record, and an entry would only add a call to each.
/// Everything else is C. Fails only when a body does not decode, which
/// validation has ruled out.
llvm::Expected<CallConventionPlan> planCallConventions(const Module &M);

} // namespace wasmc

#endif // WASMC_LOWER_CALLCONVENTIONS_H
