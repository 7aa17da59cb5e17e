//===- main.cpp - The wasmc command -----------------------------------------===//
#include "driver/Driver.h"
#include "driver/Options.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"

using namespace wasmc;

// Any function of this executable: getMainExecutable falls back to looking
// up the object that contains it.
static void anchor() {}

int main(int Argc, char **Argv) {
  llvm::InitLLVM X(Argc, Argv);
  llvm::setBugReportMsg("wasmc crashed: this is a bug in wasmc. Please "
                        "report it with the input module and the command "
                        "line.\n");
  int ExitCode = 0;
  std::optional<Options> Opts = parseCommandLine(Argc, Argv, ExitCode);
  if (!Opts)
    return ExitCode;
  std::string WasmcPath =
      llvm::sys::fs::getMainExecutable(Argv[0], (void *)&anchor);
  return Driver(std::move(*Opts), std::move(WasmcPath)).run();
}
