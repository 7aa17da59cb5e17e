//===- Toolchain.h - What an executable is linked from ----------*- C++ -*-===//
//
// Knows, per target, which files make up an executable besides the compiled
// module: the C start files and libc of the system, and the wasmc runtime
// (rtlib), which lives beside the compiler as
//   <dir of wasmc>/../lib/wasmc/<triple dir>/librtlib.a
// in both the build tree and an install tree. A LinkPlan is the resulting
// linker command line; Linker.cpp runs it with lld in process.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LINK_TOOLCHAIN_H
#define WASMC_LINK_TOOLCHAIN_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/TargetParser/Triple.h"
#include <string>
#include <vector>

namespace wasmc {

/// A complete ld.lld command line (Args[0] is the program name).
struct LinkPlan {
  std::vector<std::string> Args;
  /// The command line as a shell would read it, for -v.
  std::string commandLine() const;
};

/// The directory name rtlib is built under for T, e.g. "x86_64-linux-gnu".
std::string runtimeTripleDir(const llvm::Triple &T);

class Toolchain {
public:
  /// Fails for targets wasmc cannot link executables for yet.
  /// WasmcPath is the path of the running wasmc executable.
  static llvm::Expected<Toolchain> create(const llvm::Triple &T,
                                          llvm::StringRef WasmcPath);

  /// Fails, naming the first one, if a file that every link needs (rtlib,
  /// the C start files, libc, libm) is missing.
  llvm::Error checkFiles() const;

  /// Plans linking Object (the compiled module) into the executable Output.
  /// Fails if a file the link needs is missing.
  llvm::Expected<LinkPlan> planExecutable(llvm::StringRef Object,
                                          llvm::StringRef Output) const;

  /// Plans linking Object into the shared object Output for embedders
  /// (wasmc --shared): position independent, -Bsymbolic so that modules
  /// loaded side by side never bind to each other's symbols, and without
  /// rtlib, whose entry points the module resolves from the host's
  /// librtlib.so when it is loaded. Fails if libc or libm is missing.
  llvm::Expected<LinkPlan> planSharedLibrary(llvm::StringRef Object,
                                             llvm::StringRef Output) const;

  const std::string &runtimeLibrary() const { return RuntimeLibrary; }

private:
  Toolchain(llvm::Triple T, std::string RuntimeLibrary)
      : TheTriple(std::move(T)), RuntimeLibrary(std::move(RuntimeLibrary)) {}

  llvm::Triple TheTriple;
  std::string RuntimeLibrary;
};

/// Runs Plan with lld in this process. lld's diagnostics become the error
/// message; warnings from a successful link are printed to stderr.
llvm::Error runLinker(const LinkPlan &Plan);

} // namespace wasmc

#endif // WASMC_LINK_TOOLCHAIN_H
