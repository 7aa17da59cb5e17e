//===- Toolchain.h - What an executable is linked from ----------*- C++ -*-===//
//
// Knows, per target, which files make up an executable besides the compiled
// module: the C start files and libc of the system, and the wasmc runtime
// (rtlib), which lives beside the compiler as
//   <dir of wasmc>/../lib/wasmc/<RuntimeDir of the target's row>/librtlib.a
// in both the build tree and an install tree (or under $WASMC_RUNTIME_DIR,
// when set, instead of .../lib/wasmc). A LinkPlan is the resulting
// linker command line; Linker.cpp runs it with lld in process.
//
// Every supported target (support/TargetInfo.h) links: x86-64 and AArch64
// glibc Linux (ELF, lld's GNU driver) with the build host's C library, a
// cross C library found when wasmc was built, or a --sysroot; x86-64 and
// arm64 macOS (Mach-O, lld's ld64 driver) with a macOS SDK as --sysroot.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LINK_TOOLCHAIN_H
#define WASMC_LINK_TOOLCHAIN_H

#include "support/TargetInfo.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace wasmc {

/// A complete lld command line (Args[0] is the program name: ld.lld or
/// ld64.lld, which also selects lld's driver).
struct LinkPlan {
  std::vector<std::string> Args;
  /// The command line as a shell would read it, for -v.
  std::string commandLine() const;
};

class Toolchain {
public:
  /// Fails for macOS without an SDK. WasmcPath is the path of the running wasmc
  /// executable. Sysroot (--sysroot) is where the target's C library is:
  /// a Linux root file system or a MacOSX.sdk; empty for the files found
  /// when wasmc was built.
  static llvm::Expected<Toolchain> create(const TargetInfo &T,
                                          llvm::StringRef WasmcPath,
                                          llvm::StringRef Sysroot = "");

  /// Fails, naming the first one, if a file that every link needs (rtlib,
  /// the C start files, libc, libm) is missing.
  llvm::Error checkFiles() const;

  /// Plans linking Objects (the compiled module: one object, or one per
  /// code-generation partition, kept together in this order) into the
  /// executable Output. Fails if a file the link needs is missing.
  llvm::Expected<LinkPlan>
  planExecutable(llvm::ArrayRef<std::string> Objects,
                 llvm::StringRef Output) const;

  /// Plans linking Objects into the shared object Output for embedders
  /// (wasmc --shared): position independent, -Bsymbolic so that modules
  /// loaded side by side never bind to each other's symbols, and without
  /// rtlib, whose entry points the module resolves from the host's
  /// librtlib.so when it is loaded. Fails if libc or libm is missing.
  llvm::Expected<LinkPlan>
  planSharedLibrary(llvm::ArrayRef<std::string> Objects,
                    llvm::StringRef Output) const;

  const std::string &runtimeLibrary() const { return RuntimeLibrary; }
  const TargetInfo &target() const { return Target; }

  /// The C start files and libraries of a Linux target. The crtbegin/end
  /// pair and libgcc are optional (empty when absent).
  struct ElfSystemFiles {
    std::string Scrt1, Crti, Crtn, CrtBegin, CrtEnd, Libc, Libm, Libgcc,
        LibgccEh;
  };

private:
  Toolchain(TargetInfo T, std::string RuntimeLibrary, std::string Sysroot)
      : Target(std::move(T)), RuntimeLibrary(std::move(RuntimeLibrary)),
        Sysroot(std::move(Sysroot)) {}

  llvm::Expected<LinkPlan>
  planMachOExecutable(llvm::ArrayRef<std::string> Objects,
                      llvm::StringRef Output) const;

  TargetInfo Target;
  std::string RuntimeLibrary;
  std::string Sysroot;
  ElfSystemFiles Files;
};

/// Runs Plan with lld in this process. lld's diagnostics become the error
/// message; warnings from a successful link are printed to stderr.
llvm::Error runLinker(const LinkPlan &Plan);

} // namespace wasmc

#endif // WASMC_LINK_TOOLCHAIN_H
