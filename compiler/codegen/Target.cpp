//===- Target.cpp - TargetMachine creation --------------------------------===//
#include "codegen/CodeGen.h"
#include "support/Diagnostic.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/TargetParser/Triple.h"
#include <mutex>

using namespace llvm;

namespace wasmc {

static void initializeTargets() {
  // Every target LLVM was built with, so that -c/-S work for targets we
  // cannot link for yet.
  static std::once_flag Once;
  std::call_once(Once, [] {
    InitializeAllTargetInfos();
    InitializeAllTargets();
    InitializeAllTargetMCs();
    InitializeAllAsmPrinters();
  });
}

static CodeGenOptLevel codeGenOptLevel(unsigned OptLevel) {
  switch (OptLevel) {
  case 0:
    return CodeGenOptLevel::None;
  case 1:
    return CodeGenOptLevel::Less;
  case 2:
    return CodeGenOptLevel::Default;
  default:
    return CodeGenOptLevel::Aggressive;
  }
}

/// The CPU clang picks without -march: the architecture's baseline.
static std::string defaultCPU(const Triple &T) {
  if (T.getArch() == Triple::x86_64)
    return "x86-64";
  if (T.isAArch64() && T.isOSDarwin())
    return "apple-m1";
  return "generic";
}

Expected<std::unique_ptr<TargetMachine>>
createTargetMachine(const CodeGenOptions &Opts) {
  initializeTargets();
  Triple T(Opts.Triple);
  std::string Message;
  const Target *TheTarget = TargetRegistry::lookupTarget(T.str(), Message);
  if (!TheTarget)
    return makeError("unsupported target '" + T.str() + "': " + Message);

  llvm::TargetOptions TO;
  // Wasm float semantics are exact IEEE: never let the back end fuse or
  // reassociate.
  TO.AllowFPOpFusion = FPOpFusion::Strict;
  std::string CPU = Opts.CPU.empty() ? defaultCPU(T) : Opts.CPU;
  std::unique_ptr<TargetMachine> TM(TheTarget->createTargetMachine(
      T.str(), CPU, Opts.Features, TO, Reloc::PIC_, std::nullopt,
      codeGenOptLevel(Opts.OptLevel)));
  if (!TM)
    return makeError("cannot create a target machine for '" + T.str() + "'");
  return std::move(TM);
}

} // namespace wasmc
