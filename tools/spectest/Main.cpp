//===- Main.cpp - wasmc-spectest: run the WebAssembly spec test suite -----===//
//
// Three phases, each parallel across -j workers:
//   1. wast2json converts every script (skipped when its JSON is newer);
//   2. wasmc compiles every distinct module the scripts instantiate
//      (`--shared -O2`, wasmc's default) and checks every distinct invalid
//      or malformed binary module (`--validate-only`), results cached by
//      content;
//   3. every script runs in a forked child that loads the modules through
//      rtlib's embedding API and executes the commands in order.
// Then the counts are printed (per script and in total, and the line
// `spec: N passed, N failed` for tools/check.sh), known failures applied,
// and optionally docs/status.md written. Exit status: 0 when every failure
// is a known one and every known failure still fails, 1 otherwise, 2 for
// usage errors.
//
//===----------------------------------------------------------------------===//
#include "Executor.h"
#include "Jobs.h"
#include "Proposals.h"
#include "Report.h"
#include "Script.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <fcntl.h>
#include <map>
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace llvm;
using namespace wasmc::spectest;

static cl::OptionCategory Category("wasmc-spectest options");

static cl::list<std::string>
    ScriptArgs(cl::Positional, cl::desc("[script ...]"), cl::cat(Category));
static cl::opt<std::string>
    SuiteDir("testsuite", cl::desc("Directory of the .wast scripts"),
             cl::init(WASMC_SPECTEST_SUITE_DIR), cl::cat(Category));
static cl::list<std::string> IncludeDirs(
    "include-dir",
    cl::desc("Also run the .wast scripts of this directory of the suite "
             "when no scripts are named, e.g. custom (repeatable)"),
    cl::cat(Category));
static cl::opt<std::string>
    WasmcPath("wasmc", cl::desc("The wasmc to test (default: beside this "
                                "program)"),
              cl::cat(Category));
static cl::opt<std::string> Wast2JsonPath("wast2json",
                                          cl::desc("wabt's wast2json"),
                                          cl::cat(Category));
static cl::opt<std::string> Wast2Json3Path(
    "wast2json3",
    cl::desc("Convert with this wast2json.mjs (Wasm 3.0 scripts; run by "
             "--node) instead of wabt, except scripts in a legacy/ "
             "directory (wabt with --enable-exceptions --enable-tail-call)"),
    cl::cat(Category));
static cl::opt<std::string>
    NodePath("node", cl::desc("node for --wast2json3 (default: on PATH)"),
             cl::cat(Category));
static cl::opt<std::string> SummaryName(
    "summary-name",
    cl::desc("First word of the last line, `NAME: N passed, N failed ...` "
             "(default: spec)"),
    cl::init("spec"), cl::cat(Category));
static cl::opt<bool> StrictInvalid(
    "strict-invalid",
    cl::desc("assert_invalid fails when wasmc rejects the module with a "
             "decoding error (a feature it cannot read), not a validation "
             "error"),
    cl::cat(Category));
static cl::opt<std::string> ProposalsPath(
    "proposals",
    cl::desc("Script-to-proposal list: also print per-proposal counts and "
             "the commonest failure reasons"),
    cl::cat(Category));
static cl::opt<std::string>
    WorkDir("work-dir", cl::desc("Where JSON, modules and caches go"),
            cl::init(WASMC_SPECTEST_WORK_DIR), cl::cat(Category));
static cl::opt<unsigned> JobsOpt("j", cl::desc("Parallel jobs (default: all "
                                               "cores)"),
                                 cl::Prefix, cl::init(0), cl::cat(Category));
static cl::opt<std::string> OptLevel("O", cl::desc("wasmc optimisation level (default 2)"),
                                     cl::Prefix, cl::init("2"),
                                     cl::cat(Category));
static cl::list<std::string> WasmcArgs(
    "wasmc-arg",
    cl::desc("Another option for `wasmc --shared`, e.g. "
             "--wasmc-arg=--bounds-checks=explicit (repeatable)"),
    cl::cat(Category));
static cl::opt<std::string> KnownPath(
    "known-failures",
    cl::desc("List of failures that do not fail the run ('none': no list)"),
    cl::init(WASMC_SPECTEST_KNOWN_FAILURES), cl::cat(Category));
static cl::opt<std::string>
    StatusMd("status-md", cl::desc("Write the status page (Markdown) here"),
             cl::cat(Category));
static cl::opt<std::string> WriteKnown(
    "write-known-failures",
    cl::desc("Write this run's failures as a known-failures list here"),
    cl::cat(Category));
static cl::opt<bool> Verbose("verbose",
                             cl::desc("List every failure, known ones too"),
                             cl::cat(Category));
static cl::alias VerboseShort("v", cl::aliasopt(Verbose));
static cl::opt<unsigned>
    Timeout("timeout",
            cl::desc("Seconds per wasmc process and per script run"),
            cl::init(600), cl::cat(Category));

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point T) {
  return std::chrono::duration<double>(Clock::now() - T).count();
}

[[noreturn]] void fatal(const Twine &Msg, int Code = 2) {
  errs() << "wasmc-spectest: error: " << Msg << "\n";
  exit(Code);
}

/// How a script is named in results: its file name, or for a script in a
/// directory of the suite its path there (legacy/throw.wast is not the root
/// throw.wast).
std::string scriptName(StringRef Path) {
  SmallString<256> Abs(Path), Suite(SuiteDir);
  sys::fs::make_absolute(Abs);
  sys::fs::make_absolute(Suite);
  sys::path::remove_dots(Abs, true);
  sys::path::remove_dots(Suite, true);
  StringRef Rel = Abs.str();
  if (Rel.consume_front(Suite.str()) && Rel.consume_front("/"))
    return Rel.str();
  return sys::path::filename(Path).str();
}

/// wast2json3 cannot encode the legacy exception instructions; wabt can.
bool isLegacyScript(StringRef Path) {
  return sys::path::filename(sys::path::parent_path(Path)) == "legacy";
}

bool usesWabt(StringRef Path) {
  return Wast2Json3Path.empty() || isLegacyScript(Path);
}

/// The .wast files of directory Dir, appended to Paths.
void addScriptsIn(const std::string &Dir, std::vector<std::string> &Paths) {
  std::error_code EC;
  for (sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (StringRef(It->path()).ends_with(".wast"))
      Paths.push_back(It->path());
  if (EC)
    fatal("cannot read " + Dir + ": " + EC.message());
}

/// The scripts to run: the named ones (a name, name.wast or a path), or
/// every root .wast of the suite and of its --include-dir directories,
/// sorted.
std::vector<std::string> listScripts() {
  std::vector<std::string> Paths;
  if (!ScriptArgs.empty()) {
    for (const std::string &A : ScriptArgs) {
      std::string P = A;
      if (!sys::fs::exists(P)) {
        P = SuiteDir + "/" + A;
        if (!StringRef(P).ends_with(".wast"))
          P += ".wast";
      }
      if (!sys::fs::exists(P))
        fatal("no script " + A + " (looked in " + SuiteDir + ")");
      Paths.push_back(P);
    }
    return Paths;
  }
  addScriptsIn(SuiteDir, Paths);
  for (const std::string &Dir : IncludeDirs)
    addScriptsIn(SuiteDir + "/" + Dir, Paths);
  if (Paths.empty())
    fatal("no .wast scripts in " + SuiteDir);
  std::sort(Paths.begin(), Paths.end());
  return Paths;
}

/// The CPUs this process may run on (as nproc counts them): a CI container
/// limited to 2 CPUs of a large host must not start a job per host CPU.
unsigned usableCores() {
  cpu_set_t Set;
  if (sched_getaffinity(0, sizeof(Set), &Set) == 0 && CPU_COUNT(&Set) > 0)
    return static_cast<unsigned>(CPU_COUNT(&Set));
  return std::max(1u, std::thread::hardware_concurrency());
}

bool newerThan(StringRef A, StringRef B) {
  sys::fs::file_status SA, SB;
  if (sys::fs::status(A, SA) || sys::fs::status(B, SB))
    return false;
  return SA.getLastModificationTime() > SB.getLastModificationTime();
}

/// Phase 1. Returns per script the JSON path or a setup error.
void convertScripts(const std::vector<std::string> &Paths,
                    const ToolConfig &Config,
                    std::vector<std::string> &JsonPaths,
                    std::vector<std::string> &Errors) {
  JsonPaths.resize(Paths.size());
  Errors.resize(Paths.size());
  parallelFor(Paths.size(), Config.Jobs, [&](size_t I) {
    std::string Stem = sys::path::stem(Paths[I]).str();
    std::string Name = scriptName(Paths[I]);
    std::string Dir = Config.WorkDir + "/json/" +
                      StringRef(Name).drop_back(5 /* .wast */).str();
    std::string Json = Dir + "/" + Stem + ".json";
    JsonPaths[I] = Json;
    bool Wabt = usesWabt(Paths[I]);
    std::string Converter = Wabt ? Config.Wast2Json : Wast2Json3Path.getValue();
    if (newerThan(Json, Paths[I]) && newerThan(Json, Converter))
      return;
    sys::fs::remove_directories(Dir);
    if (std::error_code EC = sys::fs::create_directories(Dir)) {
      Errors[I] = "cannot create " + Dir + ": " + EC.message();
      return;
    }
    std::vector<std::string> Argv;
    if (!Wabt)
      Argv = {Config.Node, Converter, Paths[I], "-o", Json};
    else if (isLegacyScript(Paths[I]))
      Argv = {Converter, "--enable-exceptions", "--enable-tail-call",
              Paths[I], "-o", Json};
    else
      Argv = {Converter, "--enable-all", Paths[I], "-o", Json};
    ProcessResult R = runProcess(Argv, Config.Timeout, Dir);
    // wast2json 1.0.32 reports typed-reference "errors" on valid modules
    // (ref_func.wast) yet writes everything and exits 0: trust the status.
    if (R.Failed || R.Exit != 0) {
      Errors[I] = std::string(Wabt ? "wast2json" : "wast2json3") +
                  " failed: " +
                  StringRef(R.Stderr).trim().split('\n').first.str();
      sys::fs::remove(Json);
    }
  });
}

/// Phase 2: one job per distinct (kind, content).
std::vector<CompileJob> collectJobs(std::vector<Script> &Scripts) {
  std::vector<CompileJob> Jobs;
  std::map<std::pair<JobKind, std::string>, int> Seen;
  std::vector<std::pair<Command *, std::string>> Files;
  for (Script &S : Scripts)
    for (Command &C : S.Commands)
      if (needsLibrary(C) || needsValidation(C))
        Files.push_back({&C, S.JsonDir + "/" + C.Filename});
  std::vector<std::string> Hashes(Files.size());
  parallelFor(Files.size(), JobsOpt,
              [&](size_t I) { Hashes[I] = hashFile(Files[I].second); });
  for (size_t I = 0; I < Files.size(); ++I) {
    Command &C = *Files[I].first;
    if (Hashes[I].empty())
      continue; // no job: the command fails saying so
    JobKind Kind = needsLibrary(C) ? JobKind::Library : JobKind::Validation;
    auto [It, New] =
        Seen.insert({{Kind, Hashes[I]}, static_cast<int>(Jobs.size())});
    if (New) {
      CompileJob J;
      J.Kind = Kind;
      J.Input = Files[I].second;
      J.Key = Hashes[I];
      Jobs.push_back(std::move(J));
    }
    C.Job = It->second;
  }
  return Jobs;
}

/// Phase 3: one child per script, Jobs at a time.
void executeScripts(std::vector<ScriptReport> &Reports,
                    const std::vector<CompileJob> &Jobs,
                    const ToolConfig &Config) {
  std::string ResultDir = Config.WorkDir + "/results";
  sys::fs::create_directories(ResultDir);
  std::map<pid_t, size_t> Running;
  size_t Next = 0;
  auto ResultPath = [&](size_t I) {
    std::string Path = ResultDir + "/" + Reports[I].S->Name + ".txt";
    sys::fs::create_directories(sys::path::parent_path(Path));
    return Path;
  };
  auto Finish = [&](size_t I, int Status) {
    ScriptReport &R = Reports[I];
    if (auto Buf = MemoryBuffer::getFile(ResultPath(I)))
      parseResults((*Buf)->getBuffer(), R.Results);
    std::string Why;
    if (WIFSIGNALED(Status))
      Why = std::string("the runner process died (") +
            strsignal(WTERMSIG(Status)) +
            (WTERMSIG(Status) == SIGALRM ? ", script timeout" : "") + ")";
    else if (WEXITSTATUS(Status) != 0)
      Why = "the runner process exited with status " +
            std::to_string(WEXITSTATUS(Status));
    unsigned DiedAt = 0;
    for (size_t K = 0; K < R.Results.size(); ++K) {
      if (R.Results[K].Reported)
        continue;
      R.Results[K].St = Status::Fail;
      if (Why.empty())
        R.Results[K].Message = "no result reported";
      else if (!DiedAt)
        R.Results[K].Message = Why + " while running this command";
      else
        R.Results[K].Message = "not run: " + Why + " at line " +
                               std::to_string(DiedAt);
      if (!DiedAt)
        DiedAt = R.S->Commands[K].Line;
    }
  };
  while (Next < Reports.size() || !Running.empty()) {
    while (Next < Reports.size() && Running.size() < Config.Jobs) {
      size_t I = Next++;
      Reports[I].Results.assign(Reports[I].S->Commands.size(),
                                CommandResult());
      if (!Reports[I].SetupError.empty() || Reports[I].S->Commands.empty())
        continue;
      std::string Path = ResultPath(I);
      int Fd = open(Path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                    0644);
      if (Fd < 0)
        fatal("cannot write " + Path);
      outs().flush();
      errs().flush();
      pid_t Pid = fork();
      if (Pid < 0)
        fatal("fork failed");
      if (Pid == 0) {
        // The child: a script runs at most Timeout seconds.
        alarm(Config.Timeout);
        executeScript(*Reports[I].S, Jobs, Fd, StrictInvalid);
        close(Fd);
        _exit(0);
      }
      close(Fd);
      Running[Pid] = I;
    }
    if (Running.empty())
      continue;
    int Status;
    pid_t Pid = waitpid(-1, &Status, 0);
    if (Pid < 0) {
      if (errno == EINTR)
        continue;
      fatal("waitpid failed");
    }
    auto It = Running.find(Pid);
    if (It == Running.end())
      continue;
    Finish(It->second, Status);
    Running.erase(It);
  }
}

std::string describeSuite() {
  std::string Desc = "`" + SuiteDir + "`";
  if (auto Buf = MemoryBuffer::getFile(SuiteDir + "/README.md")) {
    StringRef Text = (*Buf)->getBuffer();
    size_t At = Text.find("commit ");
    if (At != StringRef::npos)
      Desc = "WebAssembly/testsuite " +
             Text.substr(At, 47).str(); // "commit " + 40 hex digits
  }
  return Desc;
}

} // namespace

int main(int Argc, char **Argv) {
  cl::HideUnrelatedOptions(Category);
  cl::ParseCommandLineOptions(
      Argc, Argv,
      "wasmc-spectest: run the WebAssembly spec test suite against wasmc\n");
  auto Start = Clock::now();

  ToolConfig Config;
  Config.Jobs = JobsOpt ? JobsOpt.getValue()
                        : usableCores();
  Config.Timeout = Timeout;
  Config.OptLevel = OptLevel;
  Config.ExtraArgs.assign(WasmcArgs.begin(), WasmcArgs.end());
  Config.Wasmc = WasmcPath;
  if (Config.Wasmc.empty()) {
    std::string Self = sys::fs::getMainExecutable(Argv[0], (void *)&main);
    Config.Wasmc = (sys::path::parent_path(Self) + "/wasmc").str();
  }
  // Phase 1's converters: wabt's unless every script goes to wast2json3.
  std::vector<std::string> Paths = listScripts();
  Config.Wast2Json = Wast2JsonPath;
  if (Config.Wast2Json.empty() &&
      std::any_of(Paths.begin(), Paths.end(),
                  [](const std::string &P) { return usesWabt(P); })) {
    ErrorOr<std::string> P = sys::findProgramByName("wast2json");
    if (!P)
      fatal("wast2json not found on PATH (install wabt) ; or pass "
            "--wast2json");
    Config.Wast2Json = *P;
  }
  if (!Wast2Json3Path.empty()) {
    if (!sys::fs::exists(Wast2Json3Path))
      fatal("no " + Wast2Json3Path +
            " (ninja wast2json3 sets it up in the build directory)");
    Config.Node = NodePath;
    if (Config.Node.empty()) {
      ErrorOr<std::string> P = sys::findProgramByName("node");
      if (!P)
        fatal("node not found on PATH; pass --node");
      Config.Node = *P;
    }
  }
  std::vector<ProposalGroup> Groups;
  if (!ProposalsPath.empty()) {
    Expected<std::vector<ProposalGroup>> G = readProposals(ProposalsPath);
    if (!G)
      fatal(toString(G.takeError()));
    Groups = std::move(*G);
  }
  SmallString<256> Work(WorkDir);
  sys::fs::make_absolute(Work);
  Config.WorkDir = Work.str().str();
  if (std::error_code EC = sys::fs::create_directories(Config.WorkDir))
    fatal("cannot create " + Config.WorkDir + ": " + EC.message());
  if (std::string Err = prepareCache(Config); !Err.empty())
    fatal(Err);

  std::vector<KnownFailure> Known;
  if (KnownPath != "none") {
    Expected<std::vector<KnownFailure>> K = readKnownFailures(KnownPath);
    if (!K)
      fatal(toString(K.takeError()));
    Known = std::move(*K);
  }

  // Phase 1: scripts to JSON.
  std::vector<std::string> JsonPaths, SetupErrors;
  convertScripts(Paths, Config, JsonPaths, SetupErrors);
  std::vector<Script> Scripts(Paths.size());
  parallelFor(Paths.size(), Config.Jobs, [&](size_t I) {
    Scripts[I].Name = scriptName(Paths[I]);
    if (!SetupErrors[I].empty())
      return;
    Expected<Script> S = readScript(JsonPaths[I], Scripts[I].Name);
    if (!S) {
      SetupErrors[I] = toString(S.takeError());
      return;
    }
    Scripts[I] = std::move(*S);
    Scripts[I].JsonDir = sys::path::parent_path(JsonPaths[I]).str();
  });
  double ConvertTime = secondsSince(Start);

  // Phase 2: compile.
  auto CompileStart = Clock::now();
  std::vector<CompileJob> Jobs = collectJobs(Scripts);
  runCompileJobs(Jobs, Config, /*Progress=*/true);
  unsigned Cached = 0, Libraries = 0;
  for (const CompileJob &J : Jobs) {
    Cached += J.Cached;
    Libraries += J.Kind == JobKind::Library;
  }
  double CompileTime = secondsSince(CompileStart);

  // Phase 3: run.
  auto RunStart = Clock::now();
  std::vector<ScriptReport> Reports(Scripts.size());
  for (size_t I = 0; I < Scripts.size(); ++I) {
    Reports[I].S = &Scripts[I];
    Reports[I].SetupError = SetupErrors[I];
  }
  executeScripts(Reports, Jobs, Config);
  double RunTime = secondsSince(RunStart);

  // Report.
  for (ScriptReport &R : Reports) {
    classify(R, Known);
    if (!R.SetupError.empty())
      ++R.Failed; // the script itself counts as one failed command
  }
  markOutOfScope(Reports, Groups);
  Totals OutOfScope;
  for (const ScriptReport &R : Reports)
    if (R.OutOfScope) {
      ++OutOfScope.Scripts;
      OutOfScope.Passed += R.Passed;
      OutOfScope.Failed += R.Failed + R.KnownFailed;
    }
  size_t NameWidth = 10;
  for (const Script &S : Scripts)
    NameWidth = std::max(NameWidth, S.Name.size());
  unsigned Listed = 0;
  const unsigned ListLimit = 200;
  for (const ScriptReport &R : Reports) {
    outs() << "  " << left_justify(R.S->Name, NameWidth) << " "
           << format("%6u passed %5u failed %5u known %3u skipped %4u n/a",
                     R.Passed, R.Failed, R.KnownFailed, R.Skipped,
                     R.NotApplicable)
           << (R.OutOfScope ? "  (out of scope)" : "") << "\n";
    if (!R.SetupError.empty())
      outs() << "    FAIL " << R.S->Name << ": " << R.SetupError << "\n";
    for (size_t K = 0; K < R.Results.size(); ++K) {
      const CommandResult &C = R.Results[K];
      if (C.St != Status::Fail || (R.Known[K] >= 0 && !Verbose) ||
          (R.OutOfScope && !Verbose))
        continue;
      if (!Verbose && ++Listed > ListLimit)
        continue;
      outs() << "    " << (R.Known[K] >= 0 ? "KNOWN FAIL " : "FAIL ")
             << R.S->Name << ":" << R.S->Commands[K].Line << " "
             << R.S->Commands[K].TypeName << ": " << C.Message << "\n";
    }
  }
  if (Listed > ListLimit)
    outs() << "  (" << Listed - ListLimit
           << " more failures not listed; use --verbose)\n";

  // Entries that match nothing are stale only if their script ran.
  StringMap<bool> Ran;
  for (const Script &S : Scripts)
    Ran[S.Name] = true;
  unsigned Stale = 0;
  for (const KnownFailure &K : Known)
    if (K.Matched == 0 && Ran.count(K.Script)) {
      ++Stale;
      outs() << "  STALE " << KnownPath << ":" << K.EntryLine << ": "
             << K.Script << ":"
             << (K.Line ? std::to_string(K.Line) : std::string("*"))
             << " no longer fails: remove the entry\n";
    }

  Totals T = sum(Reports);
  unsigned Commands =
      T.Passed + T.Failed + T.KnownFailed + T.Skipped + T.NotApplicable;
  outs() << format("total: %u scripts, %u commands: %u passed, %u failed "
                   "(%u unexpected, %u known), %u skipped, %u not "
                   "applicable\n",
                   T.Scripts, Commands, T.Passed, T.Failed + T.KnownFailed,
                   T.Failed, T.KnownFailed, T.Skipped, T.NotApplicable)
         << format("time: %.1f s (convert %.1f s, compile %.1f s: %zu jobs, "
                   "%u libraries, %u cached; run %.1f s) with -j%u\n",
                   secondsSince(Start), ConvertTime, CompileTime, Jobs.size(),
                   Libraries, Cached, RunTime, Config.Jobs);

  if (!Groups.empty())
    printProposals(outs(), Reports, Groups);

  if (!StatusMd.empty()) {
    std::string Run = "Modules compiled with `wasmc --shared -O" +
                      Config.OptLevel;
    for (const std::string &A : Config.ExtraArgs)
      Run += " " + A;
    Run += "`.";
    if (Error E = writeStatusMarkdown(StatusMd, Reports, Known,
                                      "tools/spectest/known-failures.txt",
                                      describeSuite(), Run))
      fatal(toString(std::move(E)));
    outs() << "wrote " << StatusMd << "\n";
  }
  if (!WriteKnown.empty()) {
    if (Error E = writeKnownFailures(WriteKnown, Reports))
      fatal(toString(std::move(E)));
    outs() << "wrote " << WriteKnown << "\n";
  }

  // The summary line tools/check.sh looks for.
  outs() << SummaryName << ": " << T.Passed << " passed, " << T.Failed + T.KnownFailed
         << " failed (" << T.KnownFailed << " known, " << T.Failed
         << " unexpected, " << Stale << " stale known-failure entries";
  if (OutOfScope.Scripts)
    outs() << "; not counted: " << OutOfScope.Scripts
           << " out-of-scope scripts, " << OutOfScope.Passed << " passed, "
           << OutOfScope.Failed << " failed";
  outs() << ")\n";
  outs().flush();
  return T.Failed || Stale || T.Passed == 0 ? 1 : 0;
}
