//===- Report.h - Counts, expected failures and docs/status.md --*- C++ -*-===//
//
// A failure is "known" when tools/spectest/known-failures.txt lists it:
//   <script>.wast:<line> <reason>    one command
//   <script>.wast:* <reason>         every failing command of the script
// Known failures are still failures -- they are counted and printed as
// such -- but do not fail the run. An entry that no longer matches a
// failure (the command passes now) fails the run, so the list can only
// shrink.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_SPECTEST_REPORT_H
#define WASMC_SPECTEST_REPORT_H

#include "Executor.h"
#include "Script.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace wasmc {
namespace spectest {

struct KnownFailure {
  std::string Script;
  unsigned Line = 0; // 0: every command of the script
  std::string Reason;
  unsigned EntryLine = 0; // in the list file
  unsigned Matched = 0;
};

llvm::Expected<std::vector<KnownFailure>>
readKnownFailures(llvm::StringRef Path);

/// Calls Each with every line of the list file Path that is neither blank
/// nor a `#` comment, trimmed, and its 1-based line number; stops at the
/// first error. The format of known-failures.txt and proposals-3.0.txt.
llvm::Error
forEachListLine(llvm::StringRef Path,
                llvm::function_ref<llvm::Error(llvm::StringRef, unsigned)> Each);

struct ScriptReport {
  const Script *S = nullptr;
  std::vector<CommandResult> Results;
  std::vector<int> Known; // per command: index into the known list, or -1
  unsigned Passed = 0, Failed = 0, KnownFailed = 0, Skipped = 0,
           NotApplicable = 0;
  std::string SetupError; // wast2json failed: the script has no commands
  // A script of a proposal that is not worked on yet (Proposals.h): shown,
  // but not in the totals, the summary line or the exit status.
  bool OutOfScope = false;
};

struct Totals {
  unsigned Passed = 0, Failed = 0, KnownFailed = 0, Skipped = 0,
           NotApplicable = 0, Scripts = 0;
};

/// Counts R's results, matching failures against Known (entries count their
/// matches).
void classify(ScriptReport &R, std::vector<KnownFailure> &Known);

/// The totals of the scripts that are not out of scope.
Totals sum(const std::vector<ScriptReport> &Reports);

/// Writes the status page (Markdown) to Path.
llvm::Error writeStatusMarkdown(llvm::StringRef Path,
                                const std::vector<ScriptReport> &Reports,
                                const std::vector<KnownFailure> &Known,
                                llvm::StringRef KnownPath,
                                llvm::StringRef SuiteDescription,
                                llvm::StringRef RunDescription);

/// Writes the current failures as a known-failures list.
llvm::Error writeKnownFailures(llvm::StringRef Path,
                               const std::vector<ScriptReport> &Reports);

} // namespace spectest
} // namespace wasmc

#endif
