//===- Toolchain.cpp - What an executable is linked from ------------------===//
#include "link/Toolchain.h"
#include "support/Config.h"
#include "support/Diagnostic.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"

using namespace llvm;

namespace wasmc {

std::string LinkPlan::commandLine() const {
  std::string Line;
  for (const std::string &Arg : Args) {
    if (!Line.empty())
      Line += ' ';
    bool Quote = Arg.empty() || Arg.find_first_of(" \t\"'\\$") != std::string::npos;
    if (!Quote) {
      Line += Arg;
      continue;
    }
    Line += '\'';
    for (char C : Arg)
      Line += C == '\'' ? std::string("'\\''") : std::string(1, C);
    Line += '\'';
  }
  return Line;
}

/// The files found when wasmc was built: the host's for the host
/// architecture, the cross C library's for AArch64 on another host.
static Toolchain::ElfSystemFiles configuredFiles(const TargetInfo &T) {
  Toolchain::ElfSystemFiles F;
  if (T.isHostArch()) {
    F = {WASMC_HOST_SCRT1,   WASMC_HOST_CRTI,   WASMC_HOST_CRTN,
         WASMC_HOST_CRTBEGIN, WASMC_HOST_CRTEND, WASMC_HOST_LIBC,
         WASMC_HOST_LIBM,    WASMC_HOST_LIBGCC,  ""};
  } else if (T.isAArch64()) {
    F = {WASMC_AARCH64_LINUX_SCRT1,    WASMC_AARCH64_LINUX_CRTI,
         WASMC_AARCH64_LINUX_CRTN,     WASMC_AARCH64_LINUX_CRTBEGIN,
         WASMC_AARCH64_LINUX_CRTEND,   WASMC_AARCH64_LINUX_LIBC,
         WASMC_AARCH64_LINUX_LIBM,     WASMC_AARCH64_LINUX_LIBGCC, ""};
  }
  // GCC installs its unwinder beside libgcc.
  if (!F.Libgcc.empty()) {
    SmallString<256> Eh(sys::path::parent_path(F.Libgcc));
    sys::path::append(Eh, "libgcc_eh.a");
    F.LibgccEh = Eh.str().str();
  }
  return F;
}

/// The first of Dirs holding Name, or "" (reported as missing later).
static std::string findIn(ArrayRef<std::string> Dirs, StringRef Name) {
  for (const std::string &Dir : Dirs) {
    SmallString<256> Path(Dir);
    sys::path::append(Path, Name);
    if (sys::fs::exists(Path))
      return Path.str().str();
  }
  return "";
}

/// GCC's per-version directories under Sysroot for T, newest first by
/// name; they hold crtbeginS.o, crtendS.o and libgcc.a.
static std::vector<std::string> gccDirs(StringRef Sysroot, StringRef Multiarch) {
  std::vector<std::string> Dirs;
  // ../lib/gcc-cross: beside a Debian cross directory (/usr/<triple>).
  for (const char *Base : {"usr/lib/gcc", "usr/lib/gcc-cross", "usr/lib64/gcc",
                           "../lib/gcc-cross"}) {
    SmallString<256> Dir(Sysroot);
    sys::path::append(Dir, Base, Multiarch);
    std::error_code EC;
    for (sys::fs::directory_iterator I(Dir, EC), E; I != E && !EC;
         I.increment(EC))
      Dirs.push_back(I->path());
  }
  // Version directories sort well enough by name for "newest wins" among
  // the usual single installed version.
  llvm::sort(Dirs, [](const std::string &A, const std::string &B) {
    return A > B;
  });
  return Dirs;
}

/// Looks the files up in a Linux root file system (Debian multiarch and
/// plain layouts), or in a Debian cross directory such as
/// /usr/aarch64-linux-gnu, whose lib/ holds them directly.
static Toolchain::ElfSystemFiles sysrootFiles(StringRef Sysroot,
                                              const TargetInfo &T) {
  std::string MA = T.row().Multiarch.str();
  std::vector<std::string> LibDirs;
  const std::string Rels[] = {"usr/lib/" + MA, "lib/" + MA, "usr/lib64",
                              "lib64", "usr/lib", "lib", "usr/" + MA + "/lib"};
  for (const std::string &Rel : Rels) {
    SmallString<256> Dir(Sysroot);
    sys::path::append(Dir, Rel);
    LibDirs.push_back(Dir.str().str());
  }
  std::vector<std::string> GccDirs = gccDirs(Sysroot, MA);
  Toolchain::ElfSystemFiles F;
  F.Scrt1 = findIn(LibDirs, "Scrt1.o");
  F.Crti = findIn(LibDirs, "crti.o");
  F.Crtn = findIn(LibDirs, "crtn.o");
  F.Libc = findIn(LibDirs, "libc.so");
  F.Libm = findIn(LibDirs, "libm.so");
  F.CrtBegin = findIn(GccDirs, "crtbeginS.o");
  F.CrtEnd = findIn(GccDirs, "crtendS.o");
  F.Libgcc = findIn(GccDirs, "libgcc.a");
  F.LibgccEh = findIn(GccDirs, "libgcc_eh.a");
  return F;
}

/// True if the linker script LibcPath (glibc's libc.so) names files that
/// only exist under the sysroot (a target root file system: "GROUP (
/// /lib/aarch64-linux-gnu/libc.so.6 ...)"), so lld must resolve them there.
/// Debian's cross directories (/usr/aarch64-linux-gnu) name their files by
/// full host paths, which lld must not prefix with the sysroot.
static bool scriptNeedsSysroot(StringRef LibcPath) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
      MemoryBuffer::getFile(LibcPath, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false);
  if (!Buf)
    return true;
  StringRef Text = (*Buf)->getBuffer();
  size_t Group = Text.find("GROUP");
  if (Group == StringRef::npos)
    return true; // Not a script (a real libc.so): nothing to resolve.
  StringRef Rest = Text.drop_front(Group);
  size_t Slash = Rest.find('/');
  if (Slash == StringRef::npos)
    return true;
  StringRef First = Rest.drop_front(Slash).take_until(
      [](char C) { return C == ' ' || C == ')' || C == '\n' || C == '\t'; });
  return !sys::fs::exists(First);
}

/// Where the per-triple runtime directories are: WASMC_RUNTIME_DIR when
/// set (a runtime built elsewhere, e.g. on a Mac, or a variant build such
/// as the POSIX-only one the tests link against), else the lib/wasmc
/// directory beside wasmc's own bin/.
static std::string runtimeRoot(StringRef WasmcPath) {
  if (std::optional<std::string> Dir =
          sys::Process::GetEnv("WASMC_RUNTIME_DIR")) {
    if (!Dir->empty()) {
      SmallString<256> Abs(*Dir);
      sys::fs::make_absolute(Abs);
      return Abs.str().str();
    }
  }
  SmallString<256> Root(sys::path::parent_path(WasmcPath));
  sys::path::append(Root, WASMC_RTLIB_RELDIR);
  return Root.str().str();
}

Expected<Toolchain> Toolchain::create(const TargetInfo &T, StringRef WasmcPath,
                                      StringRef Sysroot) {
  if (!Sysroot.empty() && !sys::fs::is_directory(Sysroot))
    return makeError("--sysroot '" + Sysroot + "' is not a directory");
  if (T.isMachO() && Sysroot.empty())
    return makeError(
        "linking for " + T.str() +
        " needs a macOS SDK: pass --sysroot <path to MacOSX.sdk> (from "
        "Xcode or the Command Line Tools: `xcrun --show-sdk-path` on a "
        "Mac) and provide the runtime built for that target, or use -c "
        "and link on the Mac");
  SmallString<256> Lib(runtimeRoot(WasmcPath));
  sys::path::append(Lib, T.row().RuntimeDir, "librtlib.a");
  sys::path::remove_dots(Lib, /*remove_dot_dot=*/true);
  Toolchain TC(T, Lib.str().str(), Sysroot.str());
  if (T.isELF())
    TC.Files = Sysroot.empty() ? configuredFiles(T) : sysrootFiles(Sysroot, T);
  return std::move(TC);
}

/// Fails unless Path names an existing file. What says what it is for.
static Error requireFile(StringRef Path, StringRef What, StringRef Hint = "") {
  if (!Path.empty() && sys::path::is_absolute(Path) && sys::fs::exists(Path))
    return Error::success();
  return makeError("cannot link: " + What + " not found" +
                   (Path.empty() ? std::string() : " at '" + Path.str() + "'") +
                   Hint);
}

Error Toolchain::checkFiles() const {
  if (Error E = requireFile(
          RuntimeLibrary, "the wasmc runtime library (librtlib.a) for " +
                              Target.row().RuntimeDir.str()))
    return E;
  if (Target.isMachO()) {
    SmallString<256> LibSystem(Sysroot);
    sys::path::append(LibSystem, "usr", "lib", "libSystem.tbd");
    return requireFile(LibSystem, "libSystem.tbd of the macOS SDK",
                       " (is --sysroot a MacOSX.sdk directory?)");
  }
  // Where to look instead: a cross target's C library comes from the build
  // host's cross packages or a --sysroot.
  std::string Hint;
  if (Sysroot.empty() && !Target.isHostArch())
    Hint = " (install the " + Target.row().Multiarch.str() +
           " cross C library, e.g. Debian's libc6-dev-arm64-cross, and "
           "rebuild wasmc, or pass --sysroot <target root file system>)";
  else if (!Sysroot.empty())
    Hint = " (searched under --sysroot '" + Sysroot + "')";
  struct Required {
    const std::string &Path;
    const char *What;
  };
  const Required Files[] = {
      {this->Files.Scrt1, "the C start file Scrt1.o"},
      {this->Files.Crti, "the C start file crti.o"},
      {this->Files.Crtn, "the C start file crtn.o"},
      {this->Files.Libc, "the C library (libc.so)"},
      {this->Files.Libm, "the math library (libm.so)"},
  };
  for (const Required &F : Files)
    if (Error E = requireFile(F.Path, F.What, Hint))
      return E;
  return Error::success();
}

Expected<LinkPlan> Toolchain::planExecutable(ArrayRef<std::string> Objects,
                                             StringRef Output) const {
  if (Error E = checkFiles())
    return std::move(E);
  if (Target.isMachO())
    return planMachOExecutable(Objects, Output);

  LinkPlan Plan;
  std::vector<std::string> &A = Plan.Args;
  A = {"ld.lld",        "-m",        Target.row().LinkerArch.str(), "-pie",
       "--hash-style=gnu", "--build-id", "--eh-frame-hdr",
       "-z",            "now",       "-z",         "relro",
       "-z",            "noexecstack", "--dynamic-linker",
       Target.row().DynamicLinker.str(), "-o", Output.str()};
  // Absolute paths inside libc.so's linker script are relative to it.
  if (!Sysroot.empty() && scriptNeedsSysroot(Files.Libc))
    A.push_back("--sysroot=" + Sysroot);
  A.insert(A.end(), {Files.Scrt1, Files.Crti});
  // GCC's crtbeginS/crtendS (the .init_array/.fini_array and __dso_handle
  // glue) and libgcc (compiler builtins) are optional: a system with only
  // clang and compiler-rt may lack them, and rtlib does not need them.
  bool HaveCrtBeginEnd = !Files.CrtBegin.empty() && !Files.CrtEnd.empty() &&
                         sys::fs::exists(Files.CrtBegin) &&
                         sys::fs::exists(Files.CrtEnd);
  if (HaveCrtBeginEnd)
    A.push_back(Files.CrtBegin);
  A.insert(A.end(), Objects.begin(), Objects.end());
  A.push_back(RuntimeLibrary);
  // LLVM lowers some float operations (floor, trunc, nearest...) to libm
  // calls on baseline x86-64.
  A.insert(A.end(), {"--as-needed", Files.Libm, "--no-as-needed"});
  // libgcc_eh is the unwinder that Wasm exceptions travel on
  // (rtlib/exceptions); only modules that throw pull it in.
  std::vector<std::string> Libgcc;
  for (const std::string &Lib : {Files.Libgcc, Files.LibgccEh})
    if (!Lib.empty() && sys::fs::exists(Lib))
      Libgcc.push_back(Lib);
  A.insert(A.end(), Libgcc.begin(), Libgcc.end());
  A.push_back(Files.Libc);
  A.insert(A.end(), Libgcc.begin(), Libgcc.end());
  if (HaveCrtBeginEnd)
    A.push_back(Files.CrtEnd);
  A.push_back(Files.Crtn);
  return std::move(Plan);
}

/// "11.0" from arm64-apple-macos11, or the oldest macOS the architecture
/// runs (the target's row).
static std::string macOSMinimum(const TargetInfo &Target) {
  const Triple &T = Target.triple();
  VersionTuple V;
  if (T.getOSMajorVersion() != 0 && T.getMacOSXVersion(V))
    return std::to_string(V.getMajor()) + "." +
           std::to_string(V.getMinor().value_or(0));
  return Target.row().MinimumOS.str();
}

/// The SDK's version from SDKSettings.json ("Version": "14.2"), or Fallback.
static std::string sdkVersion(StringRef Sysroot, StringRef Fallback) {
  SmallString<256> Path(Sysroot);
  sys::path::append(Path, "SDKSettings.json");
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(Path);
  if (!Buf)
    return Fallback.str();
  StringRef Text = (*Buf)->getBuffer();
  size_t Key = Text.find("\"Version\"");
  if (Key == StringRef::npos)
    return Fallback.str();
  StringRef Rest = Text.drop_front(Key + 9).ltrim(" \t\r\n:").ltrim(" \t\"");
  StringRef Version = Rest.take_while([](char C) {
    return (C >= '0' && C <= '9') || C == '.';
  });
  return Version.empty() ? Fallback.str() : Version.str();
}

Expected<LinkPlan>
Toolchain::planMachOExecutable(ArrayRef<std::string> Objects,
                               StringRef Output) const {
  std::string Min = macOSMinimum(Target);
  LinkPlan Plan;
  // Position independent by default on macOS; libSystem (libc, libm,
  // libpthread) comes from the SDK's text stubs.
  Plan.Args = {"ld64.lld",
               "-arch",
               Target.row().LinkerArch.str(),
               "-platform_version",
               "macos",
               Min,
               sdkVersion(Sysroot, Min),
               "-syslibroot",
               Sysroot,
               "-o",
               Output.str()};
  Plan.Args.insert(Plan.Args.end(), Objects.begin(), Objects.end());
  Plan.Args.insert(Plan.Args.end(), {RuntimeLibrary, "-lSystem"});
  return std::move(Plan);
}

Expected<LinkPlan>
Toolchain::planSharedLibrary(ArrayRef<std::string> Objects,
                             StringRef Output) const {
  if (Target.isMachO())
    return makeError("--shared is not supported for " + Target.str() +
                     " (ELF shared objects only)");
  if (Error E = requireFile(Files.Libc, "the C library (libc.so)"))
    return std::move(E);
  if (Error E = requireFile(Files.Libm, "the math library (libm.so)"))
    return std::move(E);
  LinkPlan Plan;
  // libm for the float operations LLVM lowers to calls; libc for memcpy and
  // friends. Only the descriptor needs to be visible; everything else the
  // compiler emits is internal already.
  Plan.Args = {"ld.lld",        "-m",         Target.row().LinkerArch.str(),
               "-shared",       "-Bsymbolic", "--hash-style=gnu",
               "--build-id",    "--eh-frame-hdr",
               "-z",            "now",        "-z",
               "relro",         "-z",         "noexecstack",
               "-o",            Output.str()};
  Plan.Args.insert(Plan.Args.end(), Objects.begin(), Objects.end());
  Plan.Args.insert(Plan.Args.end(),
                   {"--as-needed", Files.Libm, Files.Libc, "--no-as-needed"});
  if (!Sysroot.empty() && scriptNeedsSysroot(Files.Libc))
    Plan.Args.push_back("--sysroot=" + Sysroot);
  return std::move(Plan);
}

} // namespace wasmc
