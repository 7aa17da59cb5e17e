//===- Jobs.cpp - External tools run in parallel ---------------------------===//
#include "Jobs.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA1.h"
#include "llvm/Support/raw_ostream.h"

#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <time.h>
#include <unistd.h>

extern char **environ;

using namespace llvm;

namespace wasmc {
namespace spectest {

/// Waits for Pid, killing it after Timeout seconds. Polls rather than
/// using alarm(): many jobs wait at once on different threads.
static int waitWithTimeout(pid_t Pid, unsigned Timeout, bool &TimedOut) {
  auto Deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(Timeout);
  long SleepNs = 100000;
  int Status = 0;
  TimedOut = false;
  for (;;) {
    pid_t R = waitpid(Pid, &Status, WNOHANG);
    if (R == Pid)
      return Status;
    if (R < 0 && errno != EINTR)
      return -1;
    if (!TimedOut && Timeout && std::chrono::steady_clock::now() > Deadline) {
      kill(Pid, SIGKILL);
      TimedOut = true;
    }
    timespec Ts = {0, SleepNs};
    nanosleep(&Ts, nullptr);
    SleepNs = std::min(SleepNs * 2, 20000000L);
  }
}

ProcessResult runProcess(ArrayRef<std::string> Argv, unsigned Timeout,
                         StringRef ScratchDir) {
  ProcessResult R;
  SmallString<128> ErrPath;
  int ErrFd = -1;
  if (sys::fs::createUniqueFile(ScratchDir + "/stderr-%%%%%%%%", ErrFd,
                                ErrPath)) {
    R.Failed = true;
    R.Stderr = "cannot create a scratch file in " + ScratchDir.str();
    return R;
  }
  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  posix_spawn_file_actions_addopen(&Actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&Actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&Actions, ErrFd, 2);
  std::vector<char *> Args;
  for (const std::string &A : Argv)
    Args.push_back(const_cast<char *>(A.c_str()));
  Args.push_back(nullptr);
  pid_t Pid;
  int Err = posix_spawn(&Pid, Args[0], &Actions, nullptr, Args.data(), environ);
  // A build running next to us may be relinking the tool: retry briefly
  // before blaming the module.
  for (int Retry = 0; Err == ENOENT && Retry < 5; ++Retry) {
    sleep(1);
    Err = posix_spawn(&Pid, Args[0], &Actions, nullptr, Args.data(), environ);
  }
  posix_spawn_file_actions_destroy(&Actions);
  close(ErrFd);
  if (Err != 0) {
    R.Failed = true;
    R.Stderr = "cannot run " + Argv[0] + ": " + strerror(Err);
    sys::fs::remove(ErrPath);
    return R;
  }
  bool TimedOut;
  int Status = waitWithTimeout(Pid, Timeout, TimedOut);
  if (auto Buf = MemoryBuffer::getFile(ErrPath))
    R.Stderr = (*Buf)->getBuffer().str();
  sys::fs::remove(ErrPath);
  if (TimedOut) {
    R.Failed = true;
    R.Stderr = "timed out after " + std::to_string(Timeout) + " s; " + R.Stderr;
  } else if (Status < 0) {
    R.Failed = true;
    R.Stderr = "lost track of the process";
  } else if (WIFSIGNALED(Status)) {
    R.Failed = true;
    R.Stderr = std::string("killed by signal ") + strsignal(WTERMSIG(Status)) +
               "; " + R.Stderr;
  } else {
    R.Exit = WEXITSTATUS(Status);
  }
  return R;
}

void parallelFor(size_t Count, unsigned Jobs, function_ref<void(size_t)> Fn) {
  std::atomic<size_t> Next{0};
  auto Worker = [&] {
    for (size_t I; (I = Next++) < Count;)
      Fn(I);
  };
  unsigned N = std::max(1u, std::min<unsigned>(Jobs, Count));
  std::vector<std::thread> Threads;
  for (unsigned T = 1; T < N; ++T)
    Threads.emplace_back(Worker);
  Worker();
  for (std::thread &T : Threads)
    T.join();
}

std::string hashFile(StringRef Path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(Path);
  if (!Buf)
    return "";
  return toHex(SHA1::hash(arrayRefFromStringRef((*Buf)->getBuffer())),
               /*LowerCase=*/true);
}

std::string prepareCache(ToolConfig &Config) {
  sys::fs::file_status St;
  if (sys::fs::status(Config.Wasmc, St))
    return "cannot find wasmc at " + Config.Wasmc;
  std::string Identity;
  raw_string_ostream OS(Identity);
  OS << Config.Wasmc << '\n'
     << St.getSize() << '\n'
     << St.getLastModificationTime().time_since_epoch().count() << '\n'
     << "-O" << Config.OptLevel << '\n';
  for (const std::string &A : Config.ExtraArgs)
    OS << A << '\n';
  OS.flush();
  std::string Stamp =
      toHex(SHA1::hash(arrayRefFromStringRef(Identity)), true).substr(0, 16);
  std::string Name = "cache-" + Stamp;
  // Caches of other compilers would only pile up.
  std::error_code EC;
  for (sys::fs::directory_iterator It(Config.WorkDir, EC), End;
       It != End && !EC; It.increment(EC)) {
    StringRef File = sys::path::filename(It->path());
    if (File.starts_with("cache-") && File != Name)
      sys::fs::remove_directories(It->path());
  }
  Config.CacheDir = Config.WorkDir + "/" + Name;
  if (std::error_code E = sys::fs::create_directories(Config.CacheDir))
    return "cannot create " + Config.CacheDir + ": " + E.message();
  return "";
}

/// A job's result is kept as `<exit status or "failed">\n<stderr>`.
static std::string statusPath(const CompileJob &J, const ToolConfig &C) {
  return C.CacheDir + "/" + J.Key +
         (J.Kind == JobKind::Library ? ".lib" : ".rej") + ".status";
}

static bool readStatus(CompileJob &J, const ToolConfig &C) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
      MemoryBuffer::getFile(statusPath(J, C));
  if (!Buf)
    return false;
  auto [Head, Rest] = (*Buf)->getBuffer().split('\n');
  if (Head == "failed") {
    J.Result.Failed = true;
  } else if (Head.getAsInteger(10, J.Result.Exit)) {
    return false;
  }
  J.Result.Stderr = Rest.str();
  if (J.Kind == JobKind::Library && !J.Result.Failed && J.Result.Exit == 0 &&
      !sys::fs::exists(J.Library))
    return false;
  return true;
}

static void writeStatus(const CompileJob &J, const ToolConfig &C) {
  // Timeouts and crashes may be load-dependent; retry them next time.
  if (J.Result.Failed)
    return;
  std::string Path = statusPath(J, C);
  std::string Tmp = Path + ".tmp" + std::to_string(getpid());
  {
    std::error_code EC;
    raw_fd_ostream OS(Tmp, EC);
    if (EC)
      return;
    OS << J.Result.Exit << '\n' << J.Result.Stderr;
  }
  sys::fs::rename(Tmp, Path);
}

void runCompileJobs(std::vector<CompileJob> &Jobs, const ToolConfig &Config,
                    bool Progress) {
  std::vector<size_t> Todo;
  for (size_t I = 0; I < Jobs.size(); ++I) {
    CompileJob &J = Jobs[I];
    if (J.Kind == JobKind::Library)
      J.Library = Config.CacheDir + "/" + J.Key + ".so";
    if (readStatus(J, Config))
      J.Cached = true;
    else
      Todo.push_back(I);
  }
  std::atomic<size_t> Done{0};
  parallelFor(Todo.size(), Config.Jobs, [&](size_t T) {
    CompileJob &J = Jobs[Todo[T]];
    std::vector<std::string> Argv = {Config.Wasmc};
    if (J.Kind == JobKind::Library) {
      // The runner already compiles one module per core; wasmc's own
      // code-generation threads would only contend with them.
      Argv.insert(Argv.end(), {"--shared", "-j1", "-O" + Config.OptLevel});
      Argv.insert(Argv.end(), Config.ExtraArgs.begin(), Config.ExtraArgs.end());
      Argv.insert(Argv.end(), {J.Input, "-o", J.Library});
    } else {
      // The same rules as the compiled modules (--disable-feature).
      Argv.push_back("--validate-only");
      Argv.insert(Argv.end(), Config.ExtraArgs.begin(), Config.ExtraArgs.end());
      Argv.push_back(J.Input);
    }
    J.Result = runProcess(Argv, Config.Timeout, Config.CacheDir);
    writeStatus(J, Config);
    size_t N = ++Done;
    if (Progress && (N % 500 == 0 || N == Todo.size()))
      errs() << "wasmc-spectest: compiled " << N << "/" << Todo.size()
             << " modules\n";
  });
}

} // namespace spectest
} // namespace wasmc
