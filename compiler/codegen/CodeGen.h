//===- CodeGen.h - LLVM IR to native code -----------------------*- C++ -*-===//
//
// The back half of the compiler: a TargetMachine for the requested target,
// the new-pass-manager optimisation pipeline, and emission of the result into
// memory (object, assembly, textual IR or bitcode), optionally as several
// objects generated in parallel. Nothing here touches the file system; the
// driver decides where bytes go.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_CODEGEN_CODEGEN_H
#define WASMC_CODEGEN_CODEGEN_H

#include "support/TargetInfo.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Error.h"
#include "llvm/Target/TargetMachine.h"
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace wasmc {

struct CodeGenOptions {
  explicit CodeGenOptions(TargetInfo Target) : Target(std::move(Target)) {}

  TargetInfo Target;
  /// Empty: the target's baseline CPU (what clang uses without -march), so
  /// that the output runs on any machine of that architecture. "native":
  /// the host's CPU and features.
  std::string CPU;
  std::string Features;
  unsigned OptLevel = 2; // 0..3
};

/// -O1 is the quick tier, for large modules: the IR pipeline of
/// Optimizer.cpp's buildQuickPipeline, FastISel, and a code generator
/// without the machine scheduler, CodeGenPrepare or loop strength reduction
/// (docs/cli.md, "Choosing a level"). Each part that differs asks here.
inline bool isQuickTier(unsigned OptLevel) { return OptLevel == 1; }
/// Whether TM was created for the quick tier (createTargetMachine).
bool isQuickTier(const llvm::TargetMachine &TM);

/// Creates a TargetMachine producing position-independent code (executables
/// are linked as PIE). Fails with a plain error for targets this LLVM was not
/// built with.
llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
createTargetMachine(const CodeGenOptions &Opts);

/// Sets the process-wide LLVM options that OptLevel's code generator needs
/// (the -O1 quick tier drops passes LLVM only lets options drop). Call once,
/// before compiling.
void configureCodeGenerator(unsigned OptLevel);

/// The extensions TM's CPU and features have (TargetInfo::setCpu).
CpuFeatures cpuFeatures(const llvm::TargetMachine &TM,
                        const TargetInfo &Target);

/// Runs the IR verifier on the lowered module, the one check that the
/// lowering's output is valid (lowerModule leaves it to its caller, so that
/// the fuzzer can tell a bug from a refusal). A broken module is a bug in
/// wasmc, never in the input, so the error says "internal compiler error".
llvm::Error verifyLoweredModule(const llvm::Module &M);

/// Library information that declares no library function available, so
/// that no pass turns Wasm code into calls to libc (see Optimizer.cpp).
llvm::TargetLibraryInfoImpl noLibraryFunctions(const llvm::TargetMachine &TM);

/// Runs the standard per-module pipeline for OptLevel (0..3), as clang does.
void optimizeModule(llvm::Module &M, llvm::TargetMachine &TM,
                    const TargetInfo &Target, unsigned OptLevel);

enum class EmitKind { Object, Assembly, LLVMText, LLVMBitcode };

/// Emits M in the requested form into a buffer. Object and assembly emission
/// run the target's code generator and so consume M's state; emit only once.
llvm::Expected<llvm::SmallVector<char, 0>>
emitModule(llvm::Module &M, llvm::TargetMachine &TM, EmitKind Kind);

/// The default for -j: the hardware threads this process may run on.
unsigned defaultJobs();

/// How many partitions emitObjectsInParallel should split the optimised M
/// into: 1 for a module too small for splitting to pay or one that cannot
/// be split (Partition.h), otherwise up to 16 by size. Depends only on M,
/// so the output is the same for every -j.
unsigned codeGenPartitions(const llvm::Module &M);

/// Generates object code for M as Parts objects on up to Threads threads
/// (ParallelEmitter.cpp), and returns them in partition order; linked
/// together they are the module. Local symbols used across partitions
/// become hidden external symbols. M, already optimised, is consumed.
llvm::Expected<std::vector<llvm::SmallVector<char, 0>>>
emitObjectsInParallel(std::unique_ptr<llvm::Module> M,
                      const CodeGenOptions &Opts, unsigned Parts,
                      unsigned Threads);

/// Builds piece Index of a module lowered in pieces in Context, for TM,
/// ready to be optimised. Called on several threads at once.
using PieceLowering =
    std::function<llvm::Expected<std::unique_ptr<llvm::Module>>(
        unsigned Index, llvm::LLVMContext &Context, llvm::TargetMachine &TM)>;

/// Generates object code for a module lowered in Parts pieces
/// (lower/Lowering.h, LoweringPlan) on up to Threads threads: each piece is
/// lowered by Lower, optimised (optimizeModule) and compiled on its thread
/// in a context of its own, and freed before the thread takes the next, so
/// that at most Threads pieces are in memory at once. Returns the objects in
/// piece order; linked together they are the module.
llvm::Expected<std::vector<llvm::SmallVector<char, 0>>>
emitPiecesInParallel(const CodeGenOptions &Opts, unsigned Parts,
                     unsigned Threads, const PieceLowering &Lower);

} // namespace wasmc

#endif // WASMC_CODEGEN_CODEGEN_H
