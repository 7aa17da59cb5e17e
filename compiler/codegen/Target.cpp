//===- Target.cpp - TargetMachine creation --------------------------------===//
#include "codegen/CodeGen.h"
#include "support/Diagnostic.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/TargetParser/Triple.h"
#include <mutex>

using namespace llvm;

namespace wasmc {

static void initializeTargets() {
  // Only the architectures TargetInfo has rows for.
  static std::once_flag Once;
  std::call_once(Once, [] {
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86Target();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86AsmPrinter();
    LLVMInitializeAArch64TargetInfo();
    LLVMInitializeAArch64Target();
    LLVMInitializeAArch64TargetMC();
    LLVMInitializeAArch64AsmPrinter();
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

Expected<std::unique_ptr<TargetMachine>>
createTargetMachine(const CodeGenOptions &Opts) {
  initializeTargets();
  const Triple &T = Opts.Target.triple();
  std::string Message;
  const Target *TheTarget = TargetRegistry::lookupTarget(T.str(), Message);
  if (!TheTarget)
    return makeError("unsupported target '" + T.str() + "': " + Message);

  std::string CPU =
      Opts.CPU.empty() ? Opts.Target.row().DefaultCPU.str() : Opts.CPU;
  std::string Features = Opts.Features;
  if (CPU == "native") {
    // The machine wasmc runs on: only meaningful when compiling for it.
    if (!Opts.Target.isHostArch())
      return makeError("--cpu=native needs the host's architecture; the "
                       "target is " + T.str());
    CPU = sys::getHostCPUName().str();
    SubtargetFeatures HostFeatures;
    for (const auto &F : sys::getHostCPUFeatures())
      HostFeatures.AddFeature(F.first(), F.second);
    Features = HostFeatures.getString();
  } else {
    // An unknown CPU would only make LLVM print a warning and fall back to
    // the generic one.
    std::unique_ptr<MCSubtargetInfo> STI(
        TheTarget->createMCSubtargetInfo(T.str(), "", ""));
    if (STI && !STI->isCPUStringValid(CPU))
      return makeError("unknown CPU '" + CPU + "' for target " + T.str());
  }

  llvm::TargetOptions TO;
  // Wasm float semantics are exact IEEE: never let the back end fuse or
  // reassociate.
  TO.AllowFPOpFusion = FPOpFusion::Strict;
  // In the quick tier FastISel selects what it can and leaves only the rest
  // to the SelectionDAG, as at -O0, but the register allocator and the
  // machine passes of CodeGenOptLevel::Less still run.
  TO.EnableFastISel = isQuickTier(Opts.OptLevel);
  std::unique_ptr<TargetMachine> TM(TheTarget->createTargetMachine(
      T.str(), CPU, Features, TO, Reloc::PIC_, std::nullopt,
      codeGenOptLevel(Opts.OptLevel)));
  if (!TM)
    return makeError("cannot create a target machine for '" + T.str() + "'");
  return std::move(TM);
}

bool isQuickTier(const TargetMachine &TM) {
  return TM.getOptLevel() == codeGenOptLevel(1);
}

void configureCodeGenerator(unsigned OptLevel) {
  if (!isQuickTier(OptLevel))
    return;
  // The quick tier also skips CodeGenPrepare and loop strength reduction,
  // the IR passes the code generator runs first (a fifth of -O1's code
  // generation on a large module). LLVM has no per-TargetMachine switch
  // for them, only these options, which is why this is process-wide and
  // done once, before any thread compiles.
  StringMap<cl::Option *> &Registered = cl::getRegisteredOptions();
  for (StringRef Name : {"disable-cgp", "disable-lsr"})
    if (cl::Option *O = Registered.lookup(Name))
      O->addOccurrence(0, Name, "true");
}

CpuFeatures cpuFeatures(const TargetMachine &TM, const TargetInfo &Target) {
  CpuFeatures F;
  // Feature names are per architecture; asking x86 names of another
  // target's subtarget only earns a warning.
  if (Target.arch() != TargetArch::X86_64) {
    F.FMA = true; // fmla is part of AArch64's baseline
    return F;
  }
  const MCSubtargetInfo *STI = TM.getMCSubtargetInfo();
  F.FMA = STI->checkFeatures("+fma");
  F.X86SSSE3 = STI->checkFeatures("+ssse3");
  F.X86SSE41 = STI->checkFeatures("+sse4.1");
  return F;
}

} // namespace wasmc
