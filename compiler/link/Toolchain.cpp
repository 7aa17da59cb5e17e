//===- Toolchain.cpp - What an executable is linked from ------------------===//
#include "link/Toolchain.h"
#include "support/Config.h"
#include "support/Diagnostic.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
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

std::string runtimeTripleDir(const Triple &T) {
  // The vendor says nothing about the ABI, so x86_64-pc-linux-gnu and
  // x86_64-unknown-linux-gnu share x86_64-linux-gnu, Debian's multiarch name.
  std::string Dir = Triple::getArchTypeName(T.getArch()).str();
  if (T.isOSDarwin())
    return Dir + "-apple-macos";
  Dir += "-" + Triple::getOSTypeName(T.getOS()).str();
  if (T.getEnvironment() != Triple::UnknownEnvironment)
    Dir += "-" + Triple::getEnvironmentTypeName(T.getEnvironment()).str();
  return Dir;
}

/// Linking is implemented for glibc x86-64 Linux only: the start files,
/// libc and dynamic linker below are that platform's.
static bool canLinkFor(const Triple &T) {
  return T.getArch() == Triple::x86_64 && T.isOSLinux() &&
         (T.getEnvironment() == Triple::GNU ||
          T.getEnvironment() == Triple::UnknownEnvironment);
}

Expected<Toolchain> Toolchain::create(const Triple &T, StringRef WasmcPath) {
  if (!canLinkFor(T))
    return makeError("linking for " + T.str() +
                     " is not supported yet; use -c");
  Triple Normal = T;
  Normal.setEnvironment(Triple::GNU);
  SmallString<256> Lib(sys::path::parent_path(WasmcPath));
  sys::path::append(Lib, WASMC_RTLIB_RELDIR, runtimeTripleDir(Normal),
                    "librtlib.a");
  sys::path::remove_dots(Lib, /*remove_dot_dot=*/true);
  return Toolchain(std::move(Normal), Lib.str().str());
}

/// Fails unless Path names an existing file. What says what it is for.
static Error requireFile(StringRef Path, StringRef What) {
  if (!Path.empty() && sys::path::is_absolute(Path) && sys::fs::exists(Path))
    return Error::success();
  return makeError("cannot link: " + What + " not found" +
                   (Path.empty() ? std::string() : " at '" + Path.str() + "'"));
}

Error Toolchain::checkFiles() const {
  if (Error E = requireFile(RuntimeLibrary,
                            "the wasmc runtime library (librtlib.a)"))
    return E;
  struct HostFile {
    const char *Path;
    const char *What;
  };
  const HostFile Required[] = {
      {WASMC_HOST_SCRT1, "the C start file Scrt1.o"},
      {WASMC_HOST_CRTI, "the C start file crti.o"},
      {WASMC_HOST_CRTN, "the C start file crtn.o"},
      {WASMC_HOST_LIBC, "the C library (libc.so)"},
      {WASMC_HOST_LIBM, "the math library (libm.so)"},
  };
  for (const HostFile &F : Required)
    if (Error E = requireFile(F.Path, F.What))
      return E;
  return Error::success();
}

Expected<LinkPlan> Toolchain::planExecutable(StringRef Object,
                                             StringRef Output) const {
  if (Error E = checkFiles())
    return std::move(E);

  LinkPlan Plan;
  std::vector<std::string> &A = Plan.Args;
  A = {"ld.lld",        "-m",        "elf_x86_64", "-pie",
       "--hash-style=gnu", "--build-id", "--eh-frame-hdr",
       "-z",            "now",       "-z",         "relro",
       "-z",            "noexecstack", "--dynamic-linker",
       "/lib64/ld-linux-x86-64.so.2", "-o", Output.str(),
       WASMC_HOST_SCRT1, WASMC_HOST_CRTI};
  // GCC's crtbeginS/crtendS (the .init_array/.fini_array and __dso_handle
  // glue) and libgcc (compiler builtins) are optional: a system with only
  // clang and compiler-rt may lack them, and rtlib does not need them.
  bool HaveCrtBeginEnd = sys::fs::exists(WASMC_HOST_CRTBEGIN) &&
                         sys::fs::exists(WASMC_HOST_CRTEND);
  if (HaveCrtBeginEnd)
    A.push_back(WASMC_HOST_CRTBEGIN);
  A.push_back(Object.str());
  A.push_back(RuntimeLibrary);
  // LLVM lowers some float operations (floor, trunc, nearest...) to libm
  // calls on baseline x86-64.
  A.insert(A.end(), {"--as-needed", WASMC_HOST_LIBM, "--no-as-needed"});
  bool HaveLibgcc = sys::fs::exists(WASMC_HOST_LIBGCC);
  if (HaveLibgcc)
    A.push_back(WASMC_HOST_LIBGCC);
  A.push_back(WASMC_HOST_LIBC);
  if (HaveLibgcc)
    A.push_back(WASMC_HOST_LIBGCC);
  if (HaveCrtBeginEnd)
    A.push_back(WASMC_HOST_CRTEND);
  A.push_back(WASMC_HOST_CRTN);
  return std::move(Plan);
}

Expected<LinkPlan> Toolchain::planSharedLibrary(StringRef Object,
                                                StringRef Output) const {
  if (Error E = requireFile(WASMC_HOST_LIBC, "the C library (libc.so)"))
    return std::move(E);
  if (Error E = requireFile(WASMC_HOST_LIBM, "the math library (libm.so)"))
    return std::move(E);
  LinkPlan Plan;
  // libm for the float operations LLVM lowers to calls; libc for memcpy and
  // friends. Only the descriptor needs to be visible; everything else the
  // compiler emits is internal already.
  Plan.Args = {"ld.lld",        "-m",         "elf_x86_64",
               "-shared",       "-Bsymbolic", "--hash-style=gnu",
               "--build-id",    "--eh-frame-hdr",
               "-z",            "now",        "-z",
               "relro",         "-z",         "noexecstack",
               "-o",            Output.str(), Object.str(),
               "--as-needed",   WASMC_HOST_LIBM, WASMC_HOST_LIBC,
               "--no-as-needed"};
  return std::move(Plan);
}

} // namespace wasmc
