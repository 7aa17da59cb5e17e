//===- Grants.cpp - WASI capabilities baked into an executable ------------===//
#include "driver/Grants.h"
#include "support/Diagnostic.h"
#include "wasmc/abi.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace wasmc {

static Error parseDir(StringRef Spec, bool ReadOnly, WasiGrants &Out) {
  StringRef Host = Spec, Guest = Spec;
  size_t Sep = Spec.find("::");
  if (Sep != StringRef::npos) {
    Host = Spec.substr(0, Sep);
    Guest = Spec.substr(Sep + 2);
  }
  const char *Option = ReadOnly ? "--dir-ro" : "--dir";
  if (Host.empty() || Guest.empty())
    return makeError(Twine("invalid ") + Option + " '" + Spec +
                     "': expected HOST or HOST::GUEST with both non-empty");
  SmallString<256> Abs(Host);
  if (std::error_code EC = sys::fs::make_absolute(Abs))
    return makeError(Twine("cannot make ") + Option + " path '" + Host +
                     "' absolute: " + EC.message());
  // The directory may be created after compiling; something else is a
  // mistake worth reporting now.
  sys::fs::file_status St;
  if (!sys::fs::status(Abs, St) && sys::fs::exists(St) &&
      !sys::fs::is_directory(St))
    return makeError(Twine(Option) + " '" + Host + "' is not a directory");
  DirGrant G;
  G.Host = Abs.str().str();
  G.Guest = Guest.str();
  G.ReadOnly = ReadOnly;
  Out.Dirs.push_back(std::move(G));
  return Error::success();
}

/// True for HOST:PORT with a non-empty HOST and a decimal PORT <= 65535.
static bool validListenAddress(StringRef Spec) {
  size_t Colon = Spec.rfind(':');
  if (Colon == StringRef::npos || Colon == 0)
    return false;
  StringRef Host = Spec.substr(0, Colon), Port = Spec.substr(Colon + 1);
  unsigned N;
  if (Port.empty() || Port.getAsInteger(10, N) || N > 65535)
    return false;
  // An IPv6 address needs brackets, so that its colons are not the port's.
  if (Host.contains(':'))
    return Host.size() > 2 && Host.front() == '[' && Host.back() == ']';
  return true;
}

Error parseWasiGrants(ArrayRef<std::string> Dirs,
                      ArrayRef<std::string> ReadOnlyDirs,
                      ArrayRef<std::string> Env,
                      ArrayRef<std::string> TcpListen, WasiGrants &Out) {
  for (const std::string &L : TcpListen) {
    if (!validListenAddress(L))
      return makeError("invalid --tcp-listen '" + L +
                       "': expected HOST:PORT (e.g. 127.0.0.1:8080, "
                       "[::1]:8080)");
    Out.TcpListen.push_back(L);
  }
  for (const std::string &D : Dirs)
    if (Error E = parseDir(D, false, Out))
      return E;
  for (const std::string &D : ReadOnlyDirs)
    if (Error E = parseDir(D, true, Out))
      return E;
  for (const std::string &Var : Env) {
    size_t Eq = Var.find('=');
    if (Eq == std::string::npos || Eq == 0)
      return makeError("invalid --env '" + Var + "': expected NAME=VALUE");
    StringRef Name = StringRef(Var).substr(0, Eq + 1);
    llvm::erase_if(Out.Env, [&](const std::string &Old) {
      return StringRef(Old).starts_with(Name);
    });
    Out.Env.push_back(Var);
  }
  return Error::success();
}

Error parseLimits(StringRef MaxMemory, StringRef MaxRuntime, StringRef MaxFuel,
                  WasiGrants &Out) {
  if (!MaxMemory.empty()) {
    StringRef Digits = MaxMemory;
    uint64_t Scale = 1;
    switch (Digits.empty() ? 0 : Digits.back()) {
    case 'k': case 'K': Scale = 1ull << 10; break;
    case 'm': case 'M': Scale = 1ull << 20; break;
    case 'g': case 'G': Scale = 1ull << 30; break;
    }
    if (Scale != 1)
      Digits = Digits.drop_back();
    uint64_t N;
    if (Digits.getAsInteger(10, N) || N > (UINT64_MAX >> 32) / Scale ||
        N * Scale < WASMC_PAGE_SIZE)
      return makeError("invalid value '" + MaxMemory +
                       "' for --max-memory; expected a size of at least 64K, "
                       "e.g. 256M");
    Out.MaxMemoryPages = N * Scale / WASMC_PAGE_SIZE;
  }
  if (!MaxRuntime.empty()) {
    double Seconds;
    if (MaxRuntime.getAsDouble(Seconds) || !(Seconds >= 0.001) ||
        Seconds > 1e9)
      return makeError("invalid value '" + MaxRuntime +
                       "' for --max-runtime; expected seconds, at least "
                       "0.001, e.g. 10 or 0.5");
    Out.MaxRuntimeMs = static_cast<uint64_t>(Seconds * 1000);
  }
  if (!MaxFuel.empty()) {
    uint64_t Units;
    if (MaxFuel.getAsInteger(10, Units) || Units == 0 || Units > INT64_MAX)
      return makeError("invalid value '" + MaxFuel +
                       "' for --max-fuel; expected a number of instructions "
                       "from 1 to 2^63-1, e.g. 1000000000");
    Out.MaxFuel = Units;
  }
  return Error::success();
}

void embedWasiGrants(const WasiGrants &G, Module &M) {
  std::string Blob;
  auto Field = [&](StringRef S) {
    Blob += S.str();
    Blob += '\0';
  };
  Field(WASMC_WASI_GRANTS_VERSION);
  for (const DirGrant &D : G.Dirs) {
    Field(WASMC_GRANT_DIR);
    Field(D.Host);
    Field(D.Guest);
    Field(D.ReadOnly ? WASMC_GRANT_RO : WASMC_GRANT_RW);
  }
  for (const std::string &Var : G.Env) {
    Field(WASMC_GRANT_ENV);
    Field(Var);
  }
  for (const std::string &L : G.TcpListen) {
    Field(WASMC_GRANT_TCP_LISTEN);
    Field(L);
  }
  if (G.InheritEnv)
    Field(WASMC_GRANT_INHERIT_ENV);
  if (G.AllowRuntimeGrants)
    Field(WASMC_GRANT_RUNTIME_GRANTS);
  if (G.MaxMemoryPages) {
    Field(WASMC_GRANT_MAX_MEMORY);
    Field(std::to_string(G.MaxMemoryPages));
  }
  if (G.MaxRuntimeMs) {
    Field(WASMC_GRANT_MAX_RUNTIME);
    Field(std::to_string(G.MaxRuntimeMs));
  }
  if (G.MaxFuel) {
    Field(WASMC_GRANT_MAX_FUEL);
    Field(std::to_string(G.MaxFuel));
  }
  Field(""); // end
  Constant *Init =
      ConstantDataArray::getString(M.getContext(), Blob, /*AddNull=*/false);
  auto *GV = new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                                GlobalValue::ExternalLinkage, Init,
                                WASMC_WASI_GRANTS_SYMBOL);
  GV->setAlignment(Align(1));
}

} // namespace wasmc
