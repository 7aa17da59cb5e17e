//===- Grants.h - WASI capabilities baked into an executable ----*- C++ -*-===//
//
// What a compiled program may touch beyond stdio, its arguments, clocks and
// randomness: directories (--dir, --dir-ro), environment variables (--env,
// --inherit-env), listening sockets (--tcp-listen), and whether the person running it may add more
// (--allow-runtime-grants). docs/security.md describes the model.
//
// The grants travel inside the executable as one constant, the byte string
// `wasmc_wasi_grants`, in the format abi.h defines (WASMC_WASI_GRANTS_*,
// WASMC_GRANT_*): an entry per --dir / --dir-ro, --env and --tcp-listen, and
// one for each of --inherit-env and --allow-runtime-grants, and the limits
// --max-memory, --max-runtime and --max-fuel (which only narrow). rtlib's main
// (rtlib/main/Grants.cpp) reads it, applies the run-time narrowing and hands
// the result to the instance.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_DRIVER_GRANTS_H
#define WASMC_DRIVER_GRANTS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace llvm {
class Module;
}

namespace wasmc {

struct DirGrant {
  std::string Host;  // absolute (made so at compile time)
  std::string Guest; // the name the guest sees (fd_prestat_dir_name)
  bool ReadOnly = false;
};

struct WasiGrants {
  std::vector<DirGrant> Dirs;
  std::vector<std::string> Env; // NAME=VALUE, one per name
  std::vector<std::string> TcpListen; // HOST:PORT
  bool InheritEnv = false;
  bool AllowRuntimeGrants = false;
  /// --max-memory in pages, --max-runtime in milliseconds, --max-fuel in
  /// units; 0: no limit.
  uint64_t MaxMemoryPages = 0;
  uint64_t MaxRuntimeMs = 0;
  uint64_t MaxFuel = 0;

  bool empty() const {
    return Dirs.empty() && Env.empty() && TcpListen.empty() && !InheritEnv &&
           !AllowRuntimeGrants;
  }
};

/// Checks and normalises the raw option values into Out: `HOST[::GUEST]`
/// for directories (HOST made absolute, GUEST defaulting to HOST as
/// written) and `NAME=VALUE` for variables (a later value for a name
/// replaces an earlier one), `HOST:PORT` for listening sockets (HOST a name
/// or address, `[...]` around IPv6 ones; PORT 0..65535).
llvm::Error parseWasiGrants(llvm::ArrayRef<std::string> Dirs,
                            llvm::ArrayRef<std::string> ReadOnlyDirs,
                            llvm::ArrayRef<std::string> Env,
                            llvm::ArrayRef<std::string> TcpListen,
                            WasiGrants &Out);

/// Parses --max-memory (a byte size with an optional K, M or G suffix,
/// rounded down to whole 64 KiB pages, at least one) and --max-runtime
/// (seconds, fractions allowed, at least a millisecond) and --max-fuel (a
/// positive count below 2^63) into Out; an empty string leaves that limit
/// off.
llvm::Error parseLimits(llvm::StringRef MaxMemory, llvm::StringRef MaxRuntime,
                        llvm::StringRef MaxFuel, WasiGrants &Out);

/// Adds the `wasmc_wasi_grants` constant describing G to M.
void embedWasiGrants(const WasiGrants &G, llvm::Module &M);

} // namespace wasmc

#endif // WASMC_DRIVER_GRANTS_H
