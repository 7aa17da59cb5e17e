//===- Options.h - The command line, parsed -------------------*- C++ -*-===//
//
// Everything the driver needs from the command line, as plain data. Only
// Options.cpp knows about CLI11; the rest of the driver sees this struct.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_DRIVER_OPTIONS_H
#define WASMC_DRIVER_OPTIONS_H

#include "driver/Grants.h"
#include "lower/Lowering.h"
#include "llvm/TargetParser/Triple.h"
#include "support/Features.h"
#include <optional>
#include <string>
#include <vector>

namespace wasmc {

/// What the driver produces, from the -c/-S/--emit-llvm combination.
enum class OutputKind {
  Executable, // default: compile and link
  None,       // --validate-only: decode and validate, write nothing
  Object,     // -c
  Assembly,   // -S
  LLVMText,   // --emit-llvm -S
  LLVMBitcode, // --emit-llvm -c
  SharedLibrary // --shared: a module .so for embedders (rtlib.h)
};

struct Options {
  std::string Input;
  /// The output path after defaulting ("-" is stdout).
  std::string Output;
  OutputKind Kind = OutputKind::Executable;
  unsigned OptLevel = 2;
  /// The normalised target triple; the host's when --target is absent. Only
  /// known to name an architecture: the driver turns it into a TargetInfo,
  /// which refuses unsupported targets.
  llvm::Triple TargetTriple;
  /// --cpu: empty for the target's baseline CPU, or "native".
  std::string CPU;
  BoundsChecks Bounds = BoundsChecks::Guard;
  RelaxedSimd Relaxed = RelaxedSimd::Fast;
  /// --disable-feature: what the module may use.
  Features Feats;
  /// -j: threads for code generation. The output does not depend on it.
  unsigned Jobs = 1;
  /// -v: print the link command line to stderr.
  bool Verbose = false;
  /// -g: native debug info for the generated code.
  bool DebugInfo = false;
  /// Build the address map of trap backtraces (codegen/AddressMap.h).
  bool AddressMap = true;
  /// --epoch-interruption (implied by --max-runtime): deadline checks.
  bool EpochChecks = false;
  /// --fuel-metering (implied by --max-fuel): instruction counting.
  bool FuelMetering = false;
  /// --sysroot: the target's C library (a Linux root file system) or a
  /// MacOSX.sdk, for linking; empty for the files found at build time.
  std::string Sysroot;
  /// WASI capabilities baked into an executable (--dir, --env...).
  WasiGrants Grants;
  /// --disable-feature names, sorted, each once (Feats holds their effect).
  std::vector<std::string> DisabledFeatures;
  /// --cache-dir or WASMC_CACHE_DIR: the compile cache; empty for none.
  std::string CacheDir;
  /// --cache-policy or WASMC_CACHE_POLICY: when the cache is pruned, in
  /// LLVM's cache pruning syntax; empty for the default.
  std::string CachePolicy;
};

/// Parses argv. On success returns the options; otherwise (usage error, or
/// --help/--version already printed) returns the process exit code to use.
std::optional<Options> parseCommandLine(int Argc, char **Argv, int &ExitCode);

} // namespace wasmc

#endif // WASMC_DRIVER_OPTIONS_H
