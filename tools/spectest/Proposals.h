//===- Proposals.h - Counts per Wasm proposal -------------------*- C++ -*-===//
//
// The Wasm 3.0 suite mixes the updated 1.0/2.0 scripts with the scripts of
// each 3.0 proposal. A proposals list (tools/spectest/proposals-3.0.txt)
// names the scripts of each proposal; the runner then prints a table per
// proposal and, for each, the commonest reasons its commands fail -- the
// measure of how far the feature work has come. Groups named "out of scope:
// ..." (exceptions, GC) are shown but kept out of the run's totals.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_SPECTEST_PROPOSALS_H
#define WASMC_SPECTEST_PROPOSALS_H

#include "Report.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace wasmc {
namespace spectest {

struct ProposalGroup {
  std::string Name;
  bool OutOfScope = false;
  std::vector<std::string> Scripts; // script names, e.g. "return_call.wast"
};

/// Reads a proposals list: `[group name]` lines, each followed by the names
/// of its scripts; `#` starts a comment line.
llvm::Expected<std::vector<ProposalGroup>>
readProposals(llvm::StringRef Path);

/// The group of a script: its index in Groups, or Groups.size() for the
/// scripts listed nowhere ("2.0 core").
size_t groupOf(llvm::StringRef Script, const std::vector<ProposalGroup> &Groups);

/// Marks the reports of out-of-scope scripts (ScriptReport::OutOfScope).
void markOutOfScope(std::vector<ScriptReport> &Reports,
                    const std::vector<ProposalGroup> &Groups);

/// What a failure comes down to, without the details that differ between
/// commands (file names, offsets, lines): a command that failed because its
/// module did not compile counts under the module's reason.
std::string failureReason(llvm::StringRef Message);

/// The per-proposal table (Markdown, for docs/status.md) and each group's
/// commonest failure reasons.
void printProposals(llvm::raw_ostream &OS,
                    const std::vector<ScriptReport> &Reports,
                    const std::vector<ProposalGroup> &Groups);

} // namespace spectest
} // namespace wasmc

#endif
