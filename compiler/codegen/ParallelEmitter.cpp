//===- ParallelEmitter.cpp - Object code generation on several threads ----===//
//
// Code generation (instruction selection, register allocation, emission)
// works one function at a time, so it parallelises without changing the
// code: the optimised module is split into partitions (Partition.cpp), and
// each partition is compiled on its own thread, in its own LLVMContext and
// with its own TargetMachine, since neither may be shared between threads.
// A partition reaches its thread as bitcode, written on this thread while
// the module's context is still the only one in use.
//
// The number of partitions depends on the module alone, never on -j, so
// the output is the same bytes for every -j; -j only sets how many threads
// work through the partitions. Optimisation stays whole-module
// (optimizeModule runs before the split), so inlining and interprocedural
// decisions are the same too, except in a module too large for one
// pipeline (optimizationPartitions): that is split first, and each
// partition is optimised on its worker thread, then compiled.
//
//===----------------------------------------------------------------------===//
#include "codegen/CodeGen.h"
#include "codegen/Partition.h"
#include "support/Diagnostic.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace llvm;

namespace wasmc {

/// Below this many IR instructions per partition, splitting costs about as
/// much (cloning, bitcode, one more object for the linker) as the threads
/// save: roughly 20 ms of code generation at -O2 on a current x86-64 core.
/// Tiny modules stay in one piece; a C hello world (about 5000
/// instructions, most of them printf) splits in two.
static constexpr uint64_t MinPartitionSize = 2000;

/// The most partitions a module whose optimisation is whole is split into
/// for code generation. The count must not depend on -j, or the output
/// would (a build pipeline compares outputs, and caches them); this many
/// keeps 16 threads busy, and at -j1 the extra partitions cost only their
/// bitcode round trip: Duktape at -j1, 10.3 s of CPU against 10.0 s in one
/// piece.
static constexpr uint64_t MaxCodeGenPartitions = 16;

unsigned defaultJobs() {
  // Respects the process's CPU affinity (taskset, container limits).
  return std::max(1u, hardware_concurrency().compute_thread_count());
}

/// From this many IR instructions on, one optimisation pipeline over the
/// whole module costs more time and memory than cross-partition inlining is
/// worth: a 30 MB C++ module (17 million instructions) took 21 minutes and
/// 7.7 GB at -O2 on one thread. Duktape (650 KB of Wasm) and the bench
/// kernels stay far below, optimised whole. Both sizes are hidden LLVM
/// options so that tests can lower them (WASMC_LLVM_OPTIONS).
static cl::opt<uint64_t> MinSplitOptimizationSize(
    "wasmc-split-optimization-size", cl::Hidden, cl::init(2000000),
    cl::desc("IR instructions from which a module is optimised in "
             "partitions"));

/// The size of each partition of a module over that threshold: large enough
/// that most inlining happens within a partition, small enough that
/// partitions spread over the threads and each one's IR, analyses and
/// machine code stay well under a gigabyte.
static cl::opt<uint64_t> OptimizationPartitionSize(
    "wasmc-optimization-partition-size", cl::Hidden, cl::init(500000),
    cl::desc("IR instructions per partition of a module optimised in "
             "partitions"));

unsigned optimizationPartitions(const Module &M) {
  if (!canSplitModule(M))
    return 1;
  uint64_t Size = codeSize(M);
  if (Size < MinSplitOptimizationSize || OptimizationPartitionSize == 0)
    return 1;
  return unsigned((Size + OptimizationPartitionSize - 1) /
                  OptimizationPartitionSize);
}

unsigned codeGenPartitions(const Module &M) {
  if (!canSplitModule(M))
    return 1;
  uint64_t Functions =
      count_if(M, [](const Function &F) { return !F.isDeclaration(); });
  uint64_t ByWork = codeSize(M) / MinPartitionSize;
  return unsigned(std::max<uint64_t>(
      1, std::min({MaxCodeGenPartitions, ByWork, Functions})));
}

Expected<std::vector<SmallVector<char, 0>>>
emitObjectsInParallel(std::unique_ptr<Module> M, const CodeGenOptions &Opts,
                      unsigned Parts, unsigned Threads, bool Optimize) {
  // The target machines are created here, before any thread starts, so
  // that a failure is reported like any other.
  std::vector<std::unique_ptr<TargetMachine>> Machines;
  for (unsigned I = 0; I < Parts; ++I) {
    Expected<std::unique_ptr<TargetMachine>> TM = createTargetMachine(Opts);
    if (!TM)
      return TM.takeError();
    Machines.push_back(std::move(*TM));
  }

  std::vector<SmallVector<char, 0>> Objects(Parts);
  std::vector<std::string> Failures(Parts);
  {
    DefaultThreadPool Pool(hardware_concurrency(std::min(Parts, Threads)));
    SplitMode Mode = Optimize ? SplitMode::Consecutive : SplitMode::Balanced;
    splitModule(*M, Parts, Mode, [&](unsigned Index,
                                     std::unique_ptr<Module> Part) {
      auto Bitcode = std::make_shared<SmallVector<char, 0>>();
      raw_svector_ostream OS(*Bitcode);
      WriteBitcodeToFile(*Part, OS);
      Part.reset();
      // Each task writes only its own slots of Objects and Failures.
      Pool.async([&, Index, Bitcode] {
        LLVMContext Context;
        Expected<std::unique_ptr<Module>> PartInContext = parseBitcodeFile(
            MemoryBufferRef(StringRef(Bitcode->data(), Bitcode->size()),
                            "partition"),
            Context);
        if (!PartInContext) {
          Failures[Index] =
              "internal compiler error: partition " + std::to_string(Index) +
              " does not read back: " + toString(PartInContext.takeError());
          return;
        }
        if (Optimize)
          optimizeModule(**PartInContext, *Machines[Index], Opts.Target,
                         Opts.OptLevel);
        Expected<SmallVector<char, 0>> Object =
            emitModule(**PartInContext, *Machines[Index], EmitKind::Object);
        if (!Object) {
          Failures[Index] = toString(Object.takeError());
          return;
        }
        Objects[Index] = std::move(*Object);
      });
    });
    // The threads no longer need the whole module; free it while they run.
    M.reset();
#ifdef __GLIBC__
    // glibc gives each thread its own heap, so the workers would not reuse
    // what the whole module occupied on this one: hand it back to the
    // system, or the peak is the whole module plus every partition.
    malloc_trim(0);
#endif
    Pool.wait();
  }
  for (const std::string &Failure : Failures)
    if (!Failure.empty())
      return makeError(Failure);
  return std::move(Objects);
}

} // namespace wasmc
