//===- Jobs.h - External tools run in parallel ----------------------*- C++ -*-===//
//
// The slow part of the suite is compiling its ~1,700 distinct modules and
// checking ~2,900 invalid or malformed ones, each one wasmc process. Jobs
// are keyed by the module's content (many scripts repeat modules) and their
// results are cached on disk under a key that includes the compiler's
// identity, so a second run recompiles nothing unless wasmc changed.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_SPECTEST_JOBS_H
#define WASMC_SPECTEST_JOBS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace wasmc {
namespace spectest {

struct ToolConfig {
  std::string Wasmc;
  std::string Wast2Json;
  std::string Node; // runs --wast2json3
  std::string WorkDir;
  std::string CacheDir; // set by prepareCache
  std::string OptLevel = "1";
  std::vector<std::string> ExtraArgs; // more wasmc options, every job
  unsigned Jobs = 1;
  unsigned Timeout = 300; // seconds per process
};

/// How one external process ended.
struct ProcessResult {
  int Exit = 0;         // exit status when it exited normally
  bool Failed = false;  // did not exit normally: crash, timeout, not run
  std::string Stderr;   // its standard error (or why it could not run)
};

/// Runs Argv (Argv[0] the program path) with stdout discarded and stderr
/// captured, waiting at most Timeout seconds.
ProcessResult runProcess(llvm::ArrayRef<std::string> Argv, unsigned Timeout,
                         llvm::StringRef ScratchDir);

/// Calls Fn(0..Count-1) on Jobs threads.
void parallelFor(size_t Count, unsigned Jobs,
                 llvm::function_ref<void(size_t)> Fn);

enum class JobKind : unsigned char {
  Library,   // wasmc --shared: a loadable module is wanted
  Validation, // wasmc --validate-only: the command says what it expects
              // (refused: assert_invalid/malformed; accepted with a
              // warning: assert_invalid/malformed_custom)
};

struct CompileJob {
  JobKind Kind = JobKind::Library;
  std::string Input; // the first .wasm seen with this content
  std::string Key;   // content hash (hex)
  // Results.
  ProcessResult Result;
  std::string Library; // path of the .so (Library jobs that succeeded)
  bool Cached = false;
};

/// Content hash of a file, or "" if it cannot be read.
std::string hashFile(llvm::StringRef Path);

/// Chooses Config.CacheDir from wasmc's identity (path, size, time) and the
/// options, creating it and removing caches of other compilers. Returns an
/// error message or "".
std::string prepareCache(ToolConfig &Config);

/// Runs every job that is not already cached.
void runCompileJobs(std::vector<CompileJob> &Jobs, const ToolConfig &Config,
                    bool Progress);

} // namespace spectest
} // namespace wasmc

#endif
