//===- CallConventions.h - The calling convention of each body -*- C++ -*-===//
//
// A guaranteed tail call (return_call*) needs LLVM's tailcc on both sides,
// and so does every call through a funcref record's `code`. But tailcc costs
// every ordinary call on x86-64: its callee pops an aligned argument area
// (`ret $8` even without stack arguments) that the caller then reserves again
// (`sub rsp, 8`). So only the functions that need it get a tailcc body; the
// others get a C-convention body that direct calls reach without that cost,
// and, if a funcref can reference them, a tailcc entry for their record
// (docs/architecture.md, "Calls and tail calls").
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LOWER_CALLCONVENTIONS_H
#define WASMC_LOWER_CALLCONVENTIONS_H

#include "reader/Module.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <vector>

namespace wasmc {

/// The tailcc code a C body's funcref record holds.
enum class EntryKind : uint8_t {
  None, // no funcref can reference the function: no entry
  Copy, // a tailcc copy of the body: an indirect call costs what it did
        // before the body became C, for twice the code
  Call  // a tailcc function that calls the body: one more call per indirect
        // call, for a few bytes of code
};

/// Per defined function (index minus the number of imported functions).
struct CallConventionPlan {
  /// The body is tailcc, and is its own funcref entry. Otherwise it is a C
  /// function, and Entries says what its record holds.
  llvm::BitVector TailBody;
  std::vector<EntryKind> Entries;
};

/// Bodies up to this many bytes of Wasm code get a Copy entry, larger ones
/// a Call entry: the extra call of a Call entry (a few cycles) matters for
/// small functions, and copying matters for large ones. Only functions that
/// are both called directly and referenced by funcrefs have an entry at all,
/// which in C programs are few.
inline constexpr size_t MaxCopiedBodyBytes = 512;

/// Decides the convention of every defined function of the validated module
/// M from one pass over the code. A body is tailcc if
///  - it contains a return_call* (musttail needs a tailcc caller),
///  - it is the target of a direct return_call (musttail needs a tailcc
///    callee; the alternative, its entry, would add a call per tail call), or
///  - it is in C.refs and no function calls it directly: every call of it
///    goes through its record, and an entry would only add a call to each.
/// Everything else is C. A C body that a funcref can reference (it is in
/// C.refs: exported, in an element segment, or under ref.func in a constant
/// expression) gets an entry (EntryKind); other C bodies get none, since
/// no record of them is ever called. Fails only when a body does not decode,
/// which validation has ruled out.
llvm::Expected<CallConventionPlan> planCallConventions(const Module &M);

} // namespace wasmc

#endif // WASMC_LOWER_CALLCONVENTIONS_H
