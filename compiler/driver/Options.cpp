//===- Options.cpp - Parse the command line with CLI11 --------------------===//
//
// The only file that knows about CLI11. Usage errors exit with 2 (as CLI11
// and clang do); --help and --version exit with 0.
//
//===----------------------------------------------------------------------===//
#include "driver/Options.h"
#include "codegen/CodeGen.h"
#include "support/Config.h"
#include "support/Diagnostic.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CachePruning.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"
#include <CLI/CLI.hpp>

using namespace llvm;

namespace wasmc {

static constexpr int UsageExitCode = 2;
/// More threads than this is a typo, not a machine.
static constexpr unsigned MaxJobs = 1024;

static int usageError(const Twine &Message) {
  errs() << "wasmc: error: " << Message << "\n"
         << "Run 'wasmc --help' for usage.\n";
  return UsageExitCode;
}

static std::string versionText() {
  return std::string("wasmc version ") + WASMC_VERSION + "\nLLVM version " +
         WASMC_LLVM_VERSION + "\ndefault target: " +
         Triple::normalize(sys::getDefaultTargetTriple());
}

static const char *const HelpFooter = R"(
Output:
  Without -c or -S, wasmc compiles and links a native executable (default
  a.out). The module must be a WASI command: it exports `_start` and imports
  only wasi_snapshot_preview1 functions. Default names for the other outputs
  use the input's stem in the current directory: -c -> <stem>.o,
  -S -> <stem>.s, --emit-llvm -S -> <stem>.ll, --emit-llvm -c -> <stem>.bc.
  `-o -` writes textual outputs (and, when stdout is not a terminal, objects
  and bitcode) to stdout. --shared links a shared object (default
  <stem>.so) for programs that embed the runtime (rtlib.h): it may import
  anything, needs no `_start`, and resolves the runtime from the host's
  librtlib.so.

Targets:
  x86_64 and aarch64 Linux (glibc; aarch64 executables from the cross C
  library found at build time, or --sysroot), x86_64 and arm64 macOS
  (executables with --sysroot <MacOSX.sdk>). Other targets are refused.

Exit status:
  0 success, 1 the module could not be compiled (the diagnostic names the
  file and, where it applies, the offset: app.wasm:0x1f: error: ...),
  2 command-line usage error.)";

namespace {
/// CLI11's usage line would show the input as optional (it is checked after
/// parsing, for a better message), so spell it out.
class UsageFormatter : public CLI::Formatter {
public:
  std::string make_usage(const CLI::App *, std::string) const override {
    return "Usage: wasmc [options] <input.wasm>\n";
  }
};
} // namespace

/// The default output path for Kind, from the input's stem (in the current
/// directory, as clang does).
/// The --disable-feature names, each in Quote, separated by ", " except the
/// last, which follows LastSeparator.
static std::string featureList(StringRef Quote, StringRef LastSeparator) {
  std::string List;
  ArrayRef<StringLiteral> Names(Features::Names);
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I)
      List += I + 1 == Names.size() ? LastSeparator : StringRef(", ");
    List += (Quote + Names[I] + Quote).str();
  }
  return List;
}

static std::string defaultOutput(StringRef Input, OutputKind Kind) {
  StringRef Stem = sys::path::stem(Input);
  switch (Kind) {
  case OutputKind::Executable:
    return "a.out";
  case OutputKind::SharedLibrary:
    return (Stem + ".so").str();
  case OutputKind::None:
    return "";
  case OutputKind::Object:
    return (Stem + ".o").str();
  case OutputKind::Assembly:
    return (Stem + ".s").str();
  case OutputKind::LLVMText:
    return (Stem + ".ll").str();
  case OutputKind::LLVMBitcode:
    return (Stem + ".bc").str();
  }
  llvm_unreachable("unknown output kind");
}

namespace {
/// The command line as CLI11 fills it in, before anything is checked or
/// defaulted.
struct RawOptions {
  std::string Input, Output, Sysroot, CPU;
  std::string OptLevel = "2";
  std::string Target;
  std::string Bounds = "guard";
  std::string Relaxed = "fast";
  std::string Jobs;
  /// -j was given (Jobs is meaningful).
  bool JobsGiven = false;
  bool CompileOnly = false, AssemblyOnly = false, EmitLLVM = false;
  bool ValidateOnly = false;
  bool Shared = false;
  bool Verbose = false;
  bool DebugInfo = false;
  bool NoAddressMap = false;
  bool EpochInterruption = false;
  bool FuelMetering = false;
  std::string MaxMemory, MaxRuntime, MaxFuel;
  std::vector<std::string> GrantDirs, GrantDirsRo, GrantEnv, GrantListen;
  std::vector<std::string> DisabledFeatures;
  std::string CacheDir, CachePolicy;
  bool InheritEnv = false, AllowRuntimeGrants = false;
};
} // namespace

/// Declares every option of App, writing into Raw. Returns the -j option,
/// whose count() says whether it was given.
static CLI::Option *declareOptions(CLI::App &App, RawOptions &Raw) {
  App.footer(HelpFooter);
  App.formatter(std::make_shared<UsageFormatter>());
  App.set_version_flag("--version", versionText(),
                       "Print the wasmc and LLVM versions and exit");
  App.set_help_flag("-h,--help", "Print this help and exit");

  // Not ->required(): CLI11's message for that names the option's internal
  // name rather than saying what is missing.
  App.add_option("input", Raw.Input,
                 "The Wasm binary module to compile ('-' reads stdin)")
      ->type_name("<input.wasm>");
  App.add_option("-o", Raw.Output,
                 "Write the output to <file> (default: a.out, or <stem>.o/.s/"
                 ".ll/.bc; '-' is stdout)")
      ->type_name("<file>");
  App.add_option("-O", Raw.OptLevel,
                 "Optimisation level: -O0 (none), -O1 (the quick tier, for "
                 "large modules), -O2 or -O3 (default: -O2)")
      ->type_name("<0-3>")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  App.add_flag("-c", Raw.CompileOnly,
               "Compile to an object file (with --emit-llvm: LLVM bitcode); "
               "do not link");
  App.add_flag("-S", Raw.AssemblyOnly,
               "Compile to assembly (with --emit-llvm: textual LLVM IR); "
               "do not link");
  App.add_flag("--emit-llvm", Raw.EmitLLVM,
               "With -S or -c, write LLVM IR instead of native code");
  App.add_option("--target", Raw.Target,
                 "Target triple (default: the host): x86_64/aarch64 Linux, "
                 "x86_64/arm64 macOS (executables with --sysroot)")
      ->type_name("<triple>");
  App.add_option("--sysroot", Raw.Sysroot,
                 "Link against the C library under <dir>: a root file "
                 "system of the target (Linux), or a MacOSX.sdk (required "
                 "for macOS executables)")
      ->type_name("<dir>");
  App.add_option("--cpu", Raw.CPU,
                 "CPU to generate code for, e.g. 'native' (the host's CPU "
                 "and features) or 'skylake' (default: the target's "
                 "baseline, e.g. x86-64)")
      ->type_name("<name>");
  App.add_option("--bounds-checks", Raw.Bounds,
                 "Linear-memory bounds checks: 'guard' (guard pages, no "
                 "checks in code) or 'explicit' (compare and branch before "
                 "every access) (default: guard)")
      ->type_name("guard|explicit");
  App.add_option("--relaxed-simd", Raw.Relaxed,
                 "Results of the relaxed SIMD instructions: 'fast' (the "
                 "target CPU's fastest instructions; may differ between "
                 "CPUs) or 'deterministic' (the same on every target and "
                 "CPU) (default: fast)")
      ->type_name("fast|deterministic");
  App.add_option("--disable-feature", Raw.DisabledFeatures,
                 "Reject modules that use a Wasm 3.0 feature, with its 2.0 "
                 "rule: " + featureList("'", ", ") +
                     " (repeatable; default: all enabled)")
      ->type_name("<feature>")
      ->allow_extra_args(false); // one name each: the input follows

  App.add_flag("-g", Raw.DebugInfo,
               "Emit native debug info (DWARF): function names, and line "
               "tables from the module's DWARF (its C/C++/Rust source lines) "
               "or, without any, from its code offsets (file <module>.wasm, "
               "line = offset); for gdb, lldb and perf");
  App.add_flag("--no-address-map", Raw.NoAddressMap,
               "Leave out the map of native code to Wasm offsets and source "
               "lines that trap backtraces print (smaller output, faster "
               "compile; backtraces then name functions only)");
  App.add_flag("--epoch-interruption", Raw.EpochInterruption,
               "Check an epoch deadline at every function entry and loop "
               "header, so that the host (rtlib.h: "
               "wasmc_instance_set_epoch_deadline) or --max-runtime can stop "
               "the code; costs a load and a compare at each");
  App.add_flag("--fuel-metering", Raw.FuelMetering,
               "Count the Wasm instructions the code runs against a fuel "
               "budget, which the host sets (rtlib.h: "
               "wasmc_instance_set_fuel) or --max-fuel fixes, and stop it "
               "with 'wasm trap: out of fuel' at the first function entry "
               "or loop header after the budget ran out; deterministic (the "
               "same run stops at the same point), and slower than "
               "--epoch-interruption: a subtraction at every branch and call");
  App.add_flag("--shared", Raw.Shared,
               "Link a shared object for embedding (rtlib.h: "
               "wasmc_module_load) instead of an executable: any imports "
               "allowed, no _start needed, rtlib not included");
  std::string JobsHelp =
      "Run code generation on <N> threads; a module is split into up to 16 "
      "partitions by its size alone (optimised whole first, or partition "
      "by partition from 2 million IR instructions on), so the output is "
      "the same bytes for every <N> (default: the hardware threads "
      "available, " +
      std::to_string(defaultJobs()) + " here)";
  CLI::Option *JobsOption = App.add_option("-j,--jobs", Raw.Jobs, JobsHelp)
                                ->type_name("<N>")
                                ->multi_option_policy(
                                    CLI::MultiOptionPolicy::TakeLast);
  App.add_option("--cache-dir", Raw.CacheDir,
                 "Keep compiled object code in <dir>, keyed by the module's "
                 "bytes, the options, the target and this wasmc build, and "
                 "reuse it when they recur: same output, without lowering, "
                 "optimising or generating code again (default: "
                 "$WASMC_CACHE_DIR; no cache if that is unset or empty)")
      ->type_name("<dir>");
  App.add_option("--cache-policy", Raw.CachePolicy,
                 "When to prune the cache, in LLVM's cache policy syntax as "
                 "lld's --thinlto-cache-policy, e.g. "
                 "'prune_after=24h:cache_size_bytes=2g' (default: "
                 "$WASMC_CACHE_POLICY, else entries unused for a week go, "
                 "and the cache stays under 75% of the free space)")
      ->type_name("<policy>");
  App.add_flag("--validate-only", Raw.ValidateOnly,
               "Decode and validate the module, report the first error, and "
               "stop without writing any output");
  App.add_flag("-v,--verbose", Raw.Verbose,
               "Print the code-generation partitions (or a very large "
               "module's pieces) and threads, compile cache hits and "
               "stores, and the linker command line to stderr");

  // WASI capabilities (docs/security.md). Without them the program sees
  // stdio, its arguments, clocks and randomness, and nothing else.
  App.add_option("--dir", Raw.GrantDirs,
                 "Let the program read and write directory HOST, which it "
                 "sees as GUEST (default: HOST as written); repeatable")
      ->type_name("HOST[::GUEST]");
  App.add_option("--dir-ro", Raw.GrantDirsRo,
                 "Like --dir, but nothing beneath HOST can be created, "
                 "changed or removed by the program; repeatable")
      ->type_name("HOST[::GUEST]");
  App.add_option("--env", Raw.GrantEnv,
                 "Give the program environment variable NAME with VALUE; "
                 "repeatable")
      ->type_name("NAME=VALUE");
  App.add_option("--tcp-listen", Raw.GrantListen,
                 "Give the program a TCP socket listening on HOST:PORT (its "
                 "descriptor follows the directories); repeatable")
      ->type_name("HOST:PORT");
  App.add_flag("--inherit-env", Raw.InheritEnv,
               "Give the program the environment it is run with (except "
               "WASMC_* variables); --env values take precedence");
  App.add_flag("--allow-runtime-grants", Raw.AllowRuntimeGrants,
               "Let whoever runs the program grant more directories and "
               "variables (WASMC_DIRS, WASMC_ENV, WASMC_INHERIT_ENV); "
               "without it those can only narrow the grants above");

  // Limits of an executable, which whoever runs it may only lower
  // (WASMC_MAX_MEMORY, WASMC_MAX_RUNTIME).
  App.add_option("--max-memory", Raw.MaxMemory,
                 "Let each linear memory of the program grow to at most "
                 "<size> bytes (K, M or G suffix; whole 64 KiB pages): "
                 "memory.grow beyond fails, and a larger initial memory "
                 "stops the program before it starts")
      ->type_name("<size>");
  App.add_option("--max-runtime", Raw.MaxRuntime,
                 "Stop the program with 'wasm trap: interrupted' and exit "
                 "status 124 once it has run for <seconds> (fractions "
                 "allowed); implies --epoch-interruption")
      ->type_name("<seconds>");
  App.add_option("--max-fuel", Raw.MaxFuel,
                 "Stop the program with 'wasm trap: out of fuel' once it has "
                 "run about <units> Wasm instructions (exactly the same "
                 "point on every run); implies --fuel-metering")
      ->type_name("<units>");
  return JobsOption;
}

/// The output kind from the -c/-S/--emit-llvm/--validate-only/--shared
/// combination, or a usage error for a combination that means nothing.
static Expected<OutputKind> resolveOutputKind(const RawOptions &Raw,
                                              bool OutputGiven) {
  if (Raw.CompileOnly && Raw.AssemblyOnly)
    return makeError("-c and -S cannot be used together");
  if (Raw.EmitLLVM && !Raw.CompileOnly && !Raw.AssemblyOnly)
    return makeError("--emit-llvm cannot be used when linking; add -S "
                     "(textual IR) or -c (bitcode)");
  if (Raw.ValidateOnly && (Raw.CompileOnly || Raw.AssemblyOnly ||
                           Raw.EmitLLVM || OutputGiven))
    return makeError("--validate-only writes no output; it cannot be "
                     "combined with -c, -S, --emit-llvm or -o");
  if (Raw.Shared && (Raw.CompileOnly || Raw.AssemblyOnly || Raw.EmitLLVM ||
                     Raw.ValidateOnly))
    return makeError("--shared links a shared object; it cannot be "
                     "combined with -c, -S, --emit-llvm or "
                     "--validate-only");
  if (Raw.Shared)
    return OutputKind::SharedLibrary;
  if (Raw.ValidateOnly)
    return OutputKind::None;
  if (Raw.CompileOnly)
    return Raw.EmitLLVM ? OutputKind::LLVMBitcode : OutputKind::Object;
  if (Raw.AssemblyOnly)
    return Raw.EmitLLVM ? OutputKind::LLVMText : OutputKind::Assembly;
  return OutputKind::Executable;
}

/// Checks and defaults what CLI11 parsed. Every error is a usage error, in
/// the order the checks are listed. Whether wasmc supports a well-formed
/// triple is not a usage question (exit 1, like a module it cannot
/// compile): the driver decides that when it builds the TargetInfo.
static Expected<Options> resolveOptions(RawOptions Raw) {
  Options Opts;
  Opts.Input = std::move(Raw.Input);
  Opts.Output = std::move(Raw.Output);
  Opts.Sysroot = std::move(Raw.Sysroot);
  Opts.CPU = std::move(Raw.CPU);
  Opts.Verbose = Raw.Verbose;
  Opts.DebugInfo = Raw.DebugInfo;
  Opts.AddressMap = !Raw.NoAddressMap;
  Opts.EpochChecks = Raw.EpochInterruption || !Raw.MaxRuntime.empty();
  Opts.FuelMetering = Raw.FuelMetering || !Raw.MaxFuel.empty();
  Opts.Grants.InheritEnv = Raw.InheritEnv;
  Opts.Grants.AllowRuntimeGrants = Raw.AllowRuntimeGrants;

  if (Opts.Input.empty())
    return makeError("no input file");
  if (Error E = parseWasiGrants(Raw.GrantDirs, Raw.GrantDirsRo, Raw.GrantEnv,
                               Raw.GrantListen, Opts.Grants))
    return std::move(E);
  if (Error E =
          parseLimits(Raw.MaxMemory, Raw.MaxRuntime, Raw.MaxFuel, Opts.Grants))
    return std::move(E);
  for (const std::string &Name : Raw.DisabledFeatures)
    if (!Opts.Feats.disable(Name))
      return makeError("unknown feature '" + Name +
                       "' for --disable-feature; expected " +
                       featureList("", " or "));
  Opts.DisabledFeatures = Raw.DisabledFeatures;
  llvm::sort(Opts.DisabledFeatures);
  Opts.DisabledFeatures.erase(llvm::unique(Opts.DisabledFeatures),
                              Opts.DisabledFeatures.end());

  // The environment is the default, so a build system can turn the cache
  // on for every compile without touching command lines.
  Opts.CacheDir = Raw.CacheDir.empty()
                      ? sys::Process::GetEnv("WASMC_CACHE_DIR").value_or("")
                      : Raw.CacheDir;
  Opts.CachePolicy =
      Raw.CachePolicy.empty()
          ? sys::Process::GetEnv("WASMC_CACHE_POLICY").value_or("")
          : Raw.CachePolicy;
  if (Expected<CachePruningPolicy> Policy =
          parseCachePruningPolicy(Opts.CachePolicy);
      !Policy)
    return makeError("invalid cache policy '" + Opts.CachePolicy +
                     "': " + toString(Policy.takeError()));
  const std::string &OptLevel = Raw.OptLevel;
  if (OptLevel.size() != 1 || OptLevel[0] < '0' || OptLevel[0] > '3')
    return makeError("invalid optimisation level '-O" + OptLevel +
                     "'; expected -O0, -O1, -O2 or -O3");
  Opts.OptLevel = OptLevel[0] - '0';

  Opts.Jobs = defaultJobs();
  if (Raw.JobsGiven &&
      (StringRef(Raw.Jobs).getAsInteger(10, Opts.Jobs) || Opts.Jobs == 0 ||
       Opts.Jobs > MaxJobs))
    return makeError("invalid value '" + Raw.Jobs + "' for -j; expected a "
                     "number of threads from 1 to " + Twine(MaxJobs));

  if (Raw.Bounds == "guard")
    Opts.Bounds = BoundsChecks::Guard;
  else if (Raw.Bounds == "explicit")
    Opts.Bounds = BoundsChecks::Explicit;
  else
    return makeError("invalid value '" + Raw.Bounds +
                     "' for --bounds-checks; expected guard or explicit");

  if (Raw.Relaxed == "fast")
    Opts.Relaxed = RelaxedSimd::Fast;
  else if (Raw.Relaxed == "deterministic")
    Opts.Relaxed = RelaxedSimd::Deterministic;
  else
    return makeError("invalid value '" + Raw.Relaxed +
                     "' for --relaxed-simd; expected fast or deterministic");

  Expected<OutputKind> Kind = resolveOutputKind(Raw, !Opts.Output.empty());
  if (!Kind)
    return Kind.takeError();
  Opts.Kind = *Kind;

  std::string Target =
      Raw.Target.empty() ? sys::getDefaultTargetTriple() : Raw.Target;
  Opts.TargetTriple = Triple(Triple::normalize(Target));
  if (Opts.TargetTriple.getArch() == Triple::UnknownArch)
    return makeError("unknown target triple '" + Target + "'");

  if (Opts.Output.empty())
    Opts.Output = defaultOutput(Opts.Input, Opts.Kind);
  if (Opts.Output == "-" && Opts.Kind == OutputKind::SharedLibrary)
    return makeError("cannot write a shared object to stdout; use -o "
                     "<file>");
  if (!Opts.Grants.empty() && Opts.Kind != OutputKind::Executable)
    return makeError("--dir, --dir-ro, --env, --inherit-env, "
                     "--tcp-listen and --allow-runtime-grants apply to "
                     "executables only");
  if ((Opts.Grants.MaxMemoryPages || Opts.Grants.MaxRuntimeMs ||
       Opts.Grants.MaxFuel) &&
      Opts.Kind != OutputKind::Executable)
    return makeError("--max-memory, --max-runtime and --max-fuel apply to "
                     "executables only; embedders set limits per instance "
                     "(rtlib.h: wasmc_instance_config)");
  if (Opts.Output == "-" && Opts.Kind == OutputKind::Executable)
    return makeError("cannot write an executable to stdout; use -o "
                     "<file>, or -c/-S for an object or assembly");
  return std::move(Opts);
}

std::optional<Options> parseCommandLine(int Argc, char **Argv,
                                        int &ExitCode) {
  CLI::App App("wasmc: compile a WebAssembly module to native code", "wasmc");
  RawOptions Raw;
  CLI::Option *JobsOption = declareOptions(App, Raw);
  try {
    App.parse(Argc, Argv);
  } catch (const CLI::CallForHelp &E) {
    ExitCode = App.exit(E);
    return std::nullopt;
  } catch (const CLI::CallForVersion &E) {
    ExitCode = App.exit(E);
    return std::nullopt;
  } catch (const CLI::ParseError &E) {
    ExitCode = usageError(E.what());
    return std::nullopt;
  }
  Raw.JobsGiven = JobsOption->count() > 0;

  Expected<Options> Opts = resolveOptions(std::move(Raw));
  if (!Opts) {
    ExitCode = usageError(toString(Opts.takeError()));
    return std::nullopt;
  }
  return std::move(*Opts);
}

} // namespace wasmc
