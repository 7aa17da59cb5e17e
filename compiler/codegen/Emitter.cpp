//===- Emitter.cpp - Object, assembly and IR emission into memory ---------===//
#include "codegen/CodeGen.h"
#include "support/Diagnostic.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/CodeGen/MachineModuleInfo.h"
#include "llvm/CodeGen/Passes.h"
#include "llvm/CodeGen/TargetPassConfig.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wasmc {

/// What LLVMTargetMachine::addPassesToEmitFile adds, minus the passes that
/// have nothing to do in wasmc's output. Returns true on failure, as LLVM
/// does.
static bool addCodeGenPasses(legacy::PassManager &PM, TargetMachine &TM,
                             raw_pwrite_stream &OS, CodeGenFileType FileType) {
  auto &LTM = static_cast<LLVMTargetMachine &>(TM);
  auto *MMIWP = new MachineModuleInfoWrapperPass(&LTM);
  TargetPassConfig *Config = LTM.createPassConfig(PM);
  // The debug information wasmc emits is lines and functions, never
  // variables (DebugInfo.h). LiveDebugValues would still solve the
  // machine-value dataflow of every function (on x86-64 at -O1 and above)
  // to place variable locations there are none of: a tenth of the code
  // generator's time on a large module.
  Config->disablePass(&LiveDebugValuesID);
  // The lowered module was verified once (verifyLoweredModule); as in
  // addPassesToEmitFile, the code generator does not verify it again.
  Config->setDisableVerify(true);
  // The quick tier keeps the register allocator and drops the
  // pre-allocation scheduler, which costs as much as instruction selection
  // and buys little on out-of-order cores.
  if (isQuickTier(TM))
    Config->disablePass(&MachineSchedulerID);
  PM.add(Config);
  PM.add(MMIWP);
  if (Config->addISelPasses())
    return true;
  Config->addMachinePasses();
  Config->setInitialized();
  if (LTM.addAsmPrinter(PM, OS, nullptr, FileType,
                        MMIWP->getMMI().getContext()))
    return true;
  PM.add(createFreeMachineFunctionPass());
  return false;
}

Expected<SmallVector<char, 0>> emitModule(Module &M, TargetMachine &TM,
                                          EmitKind Kind) {
  SmallVector<char, 0> Buffer;
  raw_svector_ostream OS(Buffer);
  switch (Kind) {
  case EmitKind::LLVMText:
    M.print(OS, nullptr);
    return std::move(Buffer);
  case EmitKind::LLVMBitcode:
    WriteBitcodeToFile(M, OS);
    return std::move(Buffer);
  case EmitKind::Object:
  case EmitKind::Assembly:
    break;
  }

  // Code generation still runs on the legacy pass manager in LLVM 19.
  legacy::PassManager PM;
  // The code generator sees the same (empty) library as the optimiser.
  PM.add(new TargetLibraryInfoWrapperPass(noLibraryFunctions(TM)));
  CodeGenFileType FileType = Kind == EmitKind::Object
                                 ? CodeGenFileType::ObjectFile
                                 : CodeGenFileType::AssemblyFile;
  if (addCodeGenPasses(PM, TM, OS, FileType))
    return makeError("target '" + TM.getTargetTriple().str() +
                     "' cannot emit " +
                     (Kind == EmitKind::Object ? "object files" : "assembly"));
  PM.run(M);
  return std::move(Buffer);
}

} // namespace wasmc
