//===- Executor.h - Run one script's commands against rtlib -----*- C++ -*-===//
//
// Each script runs in its own child process: modules of one script link
// to each other (register) and share the spectest host's memory and table,
// but nothing crosses scripts, and a runtime crash costs one script, not
// the run. The child reports one line per command on a pipe
//   <command index> <P|F|S|N> <message>
// so that the parent still knows how far a crashed child got.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_SPECTEST_EXECUTOR_H
#define WASMC_SPECTEST_EXECUTOR_H

#include "Jobs.h"
#include "Script.h"

#include <string>
#include <vector>

namespace wasmc {
namespace spectest {

enum class Status : char {
  Pass = 'P',
  Fail = 'F',
  Skip = 'S',
  NotApplicable = 'N',
};

struct CommandResult {
  Status St = Status::Fail;
  bool Reported = false; // false: the child never got to this command
  std::string Message;
};

/// Runs S's commands in order, writing one result line per command to Fd.
/// With StrictInvalid, an assert_invalid module that wasmc rejects with a
/// decoding error fails: the spec's invalid modules are well-formed, so
/// such a rejection means wasmc cannot read a feature the module uses (the
/// Wasm 3.0 suite, while wasmc lacks 3.0 features).
void executeScript(const Script &S, const std::vector<CompileJob> &Jobs,
                   int Fd, bool StrictInvalid = false);

/// Parses what executeScript wrote into one result per command.
void parseResults(llvm::StringRef Text, std::vector<CommandResult> &Results);

} // namespace spectest
} // namespace wasmc

#endif
