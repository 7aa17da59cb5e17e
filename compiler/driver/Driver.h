//===- Driver.h - Run the compiler's stages for one input -------*- C++ -*-===//
//
// The driver in the shape of llc: it takes parsed Options and runs
//   read -> validate -> [check imports] -> [compile cache lookup] -> lower
//        -> optimise -> emit (split, partitions on -j threads)
//        -> [cache store] -> [merge or link]
// reporting the first error as a diagnostic against the input file.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_DRIVER_DRIVER_H
#define WASMC_DRIVER_DRIVER_H

#include "driver/CompileCache.h"
#include "driver/Options.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"
#include <string>

namespace llvm {
class TargetMachine;
}

namespace wasmc {

class Toolchain;

class Driver {
public:
  /// WasmcPath is the running executable, from which the runtime library is
  /// found.
  Driver(Options Opts, std::string WasmcPath)
      : Opts(std::move(Opts)), WasmcPath(std::move(WasmcPath)) {}

  /// Runs every stage and returns the process exit code: 0, or 1 after
  /// printing a diagnostic.
  int run();

private:
  llvm::Error compile();
  /// Links the module's objects (one per code-generation partition) into
  /// the executable or shared object.
  llvm::Error
  linkExecutable(const Toolchain &TC,
                 llvm::ArrayRef<llvm::SmallVector<char, 0>> Objects);

  /// Links Objects (TC given) or writes them as one object.
  llvm::Error writeObjects(const Toolchain *TC, const ObjectList &Objects);
  /// The compile cache's key for the module Wasm compiled with these
  /// options by TM (CompileCache.h).
  std::string compileCacheKey(llvm::StringRef Wasm,
                              const llvm::TargetMachine &TM,
                              bool CanSplit) const;

  Options Opts;
  std::string WasmcPath;
  /// Printed after the error, when there is a likely explanation.
  std::string Note;
};

} // namespace wasmc

#endif // WASMC_DRIVER_DRIVER_H
