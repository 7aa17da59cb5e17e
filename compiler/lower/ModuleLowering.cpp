//===- ModuleLowering.cpp - Wasm module to LLVM module -------------------===//
#include "lower/ModuleLowering.h"
#include "lower/FunctionLowering.h"
#include "lower/Lowering.h"
#include "support/Diagnostic.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wasmc {

void ModuleLowering::declareFunctions() {
  const Module &WM = MC.WM;
  for (size_t K = 0; K < WM.Bodies.size(); ++K) {
    uint32_t FuncIdx = WM.NumImportedFuncs + K;
    // Internal: only the descriptor and the trampolines refer to them, and
    // rtlib reaches them through those.
    Function *Fn = Function::Create(MC.nativeType(WM.Bodies[K].TypeIdx),
                                    GlobalValue::InternalLinkage,
                                    "wasm_func_" + Twine(FuncIdx), MC.LM);
    MC.setWasmFunctionAttributes(*Fn);
    MC.Functions.push_back(Fn);
  }
}

Error ModuleLowering::lowerFunctions() {
  const Module &WM = MC.WM;
  for (size_t K = 0; K < WM.Bodies.size(); ++K) {
    FunctionLowering FL(MC, WM.NumImportedFuncs + K);
    if (Error E = FL.lower())
      return E;
  }
  return Error::success();
}

Expected<std::unique_ptr<llvm::Module>>
lowerModule(const Module &M, LLVMContext &Ctx, const Triple &T,
            const DataLayout &DL, const LowerOptions &Opts) {
  // wasmc_value, the descriptor and the argument slots of trampolines are
  // laid out for little-endian LP64 targets (x86-64, AArch64).
  if (!DL.isLittleEndian() || DL.getPointerSize() != 8)
    return makeError("target " + T.str() +
                     " is not supported: wasmc needs a little-endian 64-bit "
                     "target");

  auto LM = std::make_unique<llvm::Module>(Opts.ModuleName, Ctx);
  LM->setSourceFileName(Opts.ModuleName);
  LM->setTargetTriple(T.str());
  LM->setDataLayout(DL);

  ModuleContext MC(M, *LM, Opts);
  ModuleLowering ML(MC);
  ML.declareFunctions();
  if (Error E = ML.lowerFunctions())
    return std::move(E);

  for (uint32_t F = 0; F < M.NumImportedFuncs; ++F)
    buildImportThunk(MC, F);

  std::vector<Function *> Trampolines;
  for (size_t K = 0; K < M.Exports.size(); ++K) {
    const Export &E = M.Exports[K];
    Trampolines.push_back(E.Kind == ExternKind::Func
                              ? buildTrampoline(MC, K, E.Index)
                              : nullptr);
  }
  if (Error E = buildDescriptor(MC, Trampolines))
    return std::move(E);

  // A verifier failure is a wasmc bug; report it instead of handing broken
  // IR to the code generator.
  std::string Msg;
  raw_string_ostream OS(Msg);
  if (verifyModule(*LM, &OS)) {
    OS.flush();
    if (Msg.size() > 2000)
      Msg.resize(2000);
    return makeError("internal: lowering produced invalid LLVM IR: " + Msg);
  }
  return std::move(LM);
}

} // namespace wasmc
