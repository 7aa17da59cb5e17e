//===- Optimizer.cpp - IR verification and the optimisation pipeline ------===//
#include "codegen/CodeGen.h"
#include "codegen/AddressWidening.h"
#include "codegen/CheckVersioning.h"
#include "codegen/RecursionInlining.h"
#include "codegen/WideMultiply.h"
#include "lower/KeepAlive.h"
#include "support/Diagnostic.h"
#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/PassManager.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/StandardInstrumentations.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/InstCombine/InstCombine.h"
#include "llvm/Transforms/Scalar/EarlyCSE.h"
#include "llvm/Transforms/Scalar/SROA.h"
#include "llvm/Transforms/Scalar/SimplifyCFG.h"

using namespace llvm;

namespace wasmc {

Error verifyLoweredModule(const Module &M) {
  std::string Message;
  raw_string_ostream OS(Message);
  if (!verifyModule(M, &OS))
    return Error::success();
  OS.flush();
  // Keep the report readable: the verifier prints the offending instruction
  // after each message, and a broken function can produce thousands.
  constexpr size_t MaxLength = 2000;
  if (Message.size() > MaxLength)
    Message = Message.substr(0, MaxLength) + "\n...";
  while (!Message.empty() && Message.back() == '\n')
    Message.pop_back();
  return makeError("internal compiler error: the lowering produced invalid "
                   "LLVM IR; please report this bug:\n" +
                   Message);
}

TargetLibraryInfoImpl noLibraryFunctions(const TargetMachine &TM) {
  TargetLibraryInfoImpl TLII(TM.getTargetTriple());
  TLII.disableAllFunctions();
  return TLII;
}

static OptimizationLevel optimizationLevel(unsigned OptLevel) {
  switch (OptLevel) {
  case 0:
    return OptimizationLevel::O0;
  case 1:
    return OptimizationLevel::O1;
  case 2:
    return OptimizationLevel::O2;
  default:
    return OptimizationLevel::O3;
  }
}

// -O1 is the "compile it now" tier for large modules: LLVM's O1 pipeline
// costs nearly as much as O2 there (inlining, loop passes and their
// analyses run on every function), so -O1 runs only what turns the
// lowering's stack slots and repeated loads into registers and values, once
// per function, and leaves the rest to the code generator.
static ModulePassManager buildQuickPipeline() {
  FunctionPassManager FPM;
  FPM.addPass(SROAPass(SROAOptions::PreserveCFG));
  FPM.addPass(EarlyCSEPass());
  FPM.addPass(InstCombinePass());
  FPM.addPass(SimplifyCFGPass());
  ModulePassManager MPM;
  MPM.addPass(createModuleToFunctionPassAdaptor(std::move(FPM)));
  return MPM;
}

void optimizeModule(Module &M, TargetMachine &TM, const TargetInfo &Target,
                    unsigned OptLevel) {
  // The analysis managers must outlive the pass manager that uses them and
  // be destroyed in reverse order of registration, hence this layout.
  LoopAnalysisManager LAM;
  FunctionAnalysisManager FAM;
  CGSCCAnalysisManager CGAM;
  ModuleAnalysisManager MAM;

  // Compiled Wasm code must not call into libc: a guard-page fault inside
  // memset would not be recognised as a Wasm trap (the PC is not in
  // wasmc_text), and a trap must not happen halfway through a libc routine.
  // With no library functions available, loop-idiom recognition and
  // MemCpyOpt do not turn Wasm loops and stores into memset/memcpy calls.
  TargetLibraryInfoImpl TLII = noLibraryFunctions(TM);
  FAM.registerPass([&] { return TargetLibraryAnalysis(TLII); });

  // Clang's choices for its -O levels: the SLP vectoriser joins the loop
  // vectoriser from -O2 (PipelineTuningOptions leaves it off).
  PipelineTuningOptions PTO;
  PTO.SLPVectorization = OptLevel >= 2;
  // The standard instrumentation is what makes passes skip `optnone`
  // functions (FunctionLowering's optimisation budget relies on it).
  PassInstrumentationCallbacks PIC;
  StandardInstrumentations SI(M.getContext(), /*DebugLogging=*/false);
  SI.registerCallbacks(PIC, &MAM);
  PassBuilder PB(&TM, PTO, std::nullopt, &PIC);
  PB.registerModuleAnalyses(MAM);
  PB.registerCGSCCAnalyses(CGAM);
  PB.registerFunctionAnalyses(FAM);
  PB.registerLoopAnalyses(LAM);
  PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);

  // 128-bit products built from 64-bit halves become one multiply once
  // __multi3 is inlined and InstCombine has put it in canonical form
  // (WideMultiply.h).
  // 32-bit address sums that provably do not wrap become 64-bit ones before
  // IndVarSimplify widens the loop counters they use (AddressWidening.h):
  // at the first peephole point of the function simplification pipeline,
  // which every function goes through, inlined code and all, before its
  // loops reach IndVarSimplify. Its other peephole points come after
  // IndVarSimplify or before inlining; running there too cost 6% of -O2's
  // CPU time on yosys and bought no measurable speed (bench/large/README.md,
  // change 5).
  // The pipeline builder adds that pipeline right after invoking the
  // CGSCC-late callbacks, which is how the point is recognised.
  bool InFunctionSimplification = false, WideningAdded = false;
  PB.registerCGSCCOptimizerLateEPCallback(
      [&](CGSCCPassManager &, OptimizationLevel) {
        InFunctionSimplification = true;
      });
  PB.registerPeepholeEPCallback(
      [&](FunctionPassManager &FPM, OptimizationLevel Level) {
        FPM.addPass(WideMultiplyPass());
        if (!InFunctionSimplification || WideningAdded)
          return;
        WideningAdded = true;
        FPM.addPass(AddressWideningPass(
            /*Version=*/Level.getSpeedupLevel() >= 2));
      });

  // Small self-recursive functions get two levels of their recursion
  // inlined, before the inliner and the simplification of what that made
  // (RecursionInlining.h).
  PB.registerPipelineEarlySimplificationEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level) {
        if (Level.getSpeedupLevel() >= 2)
          MPM.addPass(RecursionInliningPass());
      });

  // Loops whose explicit bounds checks provably pass get a copy without
  // them, just before the vectorisers, which reject loops that can trap
  // (CheckVersioning.h). LICM has hoisted what is invariant by then. The O0
  // pipeline runs these callbacks too, where nothing vectorises.
  PB.registerVectorizerStartEPCallback(
      [](FunctionPassManager &FPM, OptimizationLevel Level) {
        if (Level != OptimizationLevel::O0)
          FPM.addPass(CheckVersioningPass());
      });

  OptimizationLevel Level = optimizationLevel(OptLevel);
  ModulePassManager MPM;
  if (Level == OptimizationLevel::O0)
    MPM = PB.buildO0DefaultPipeline(Level);
  else if (isQuickTier(OptLevel))
    MPM = buildQuickPipeline();
  else
    MPM = PB.buildPerModuleDefaultPipeline(Level);
  MPM.run(M, MAM);

  // Code generation cannot lower the keep-alive calls; the optimisation
  // pipeline needed them as calls (KeepAlive.h).
  lowerKeepAlives(M, TM, Target);
}

} // namespace wasmc
