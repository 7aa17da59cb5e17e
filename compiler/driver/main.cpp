//===- main.cpp - The wasmc command -----------------------------------------===//
#include "driver/Driver.h"
#include "driver/Options.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <unistd.h>

using namespace wasmc;

// Any function of this executable: getMainExecutable falls back to looking
// up the object that contains it.
static void anchor() {}

/// The input being compiled, for the fatal error handler's diagnostic.
static std::string CurrentInput = "wasmc";

/// LLVM reports some problems (an unencodable section name, a back-end
/// limitation) with report_fatal_error. Each is a bug in wasmc, but the user
/// gets a diagnostic and exit code 1 rather than an abort. The interrupt
/// handlers remove any output file that was being written.
static void onFatalError(void *, const char *Reason, bool) {
  llvm::errs() << CurrentInput << ": ";
  llvm::WithColor::error(llvm::errs(), "")
      << "internal compiler error: " << Reason
      << " (this is a bug in wasmc; please report it)\n";
  llvm::errs().flush();
  llvm::sys::RunInterruptHandlers();
  _exit(1);
}

int main(int Argc, char **Argv) {
  llvm::InitLLVM X(Argc, Argv);
  llvm::setBugReportMsg("wasmc crashed: this is a bug in wasmc. Please "
                        "report it with the input module and the command "
                        "line.\n");
  int ExitCode = 0;
  std::optional<Options> Opts = parseCommandLine(Argc, Argv, ExitCode);
  if (!Opts)
    return ExitCode;
  CurrentInput = Opts->Input;
  // For wasmc's developers (bench/large/README.md): LLVM's own options, such
  // as -time-passes, from WASMC_LLVM_OPTIONS. Not part of the interface.
  const char *LLVMArgv[] = {"wasmc"};
  llvm::cl::ParseCommandLineOptions(1, LLVMArgv, "", nullptr,
                                    "WASMC_LLVM_OPTIONS");
  llvm::install_fatal_error_handler(onFatalError);
  std::string WasmcPath =
      llvm::sys::fs::getMainExecutable(Argv[0], (void *)&anchor);
  return Driver(std::move(*Opts), std::move(WasmcPath)).run();
}
