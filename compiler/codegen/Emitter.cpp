//===- Emitter.cpp - Object, assembly and IR emission into memory ---------===//
#include "codegen/CodeGen.h"
#include "support/Diagnostic.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wasmc {

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
  if (TM.addPassesToEmitFile(PM, OS, nullptr, FileType))
    return makeError("target '" + TM.getTargetTriple().str() +
                     "' cannot emit " +
                     (Kind == EmitKind::Object ? "object files" : "assembly"));
  PM.run(M);
  return std::move(Buffer);
}

} // namespace wasmc
