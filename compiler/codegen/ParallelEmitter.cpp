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
// decisions are the same too, except in a module too large to be lowered
// whole (lower/Lowering.h, LoweringPlan): its pieces are lowered,
// optimised and compiled each on a worker thread (emitPiecesInParallel).
//
//===----------------------------------------------------------------------===//
#include "codegen/CodeGen.h"
#include "codegen/Partition.h"
#include "support/Diagnostic.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <optional>
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

unsigned codeGenPartitions(const Module &M) {
  if (!canSplitModule(M))
    return 1;
  uint64_t Functions =
      count_if(M, [](const Function &F) { return !F.isDeclaration(); });
  uint64_t ByWork = codeSize(M) / MinPartitionSize;
  return unsigned(std::max<uint64_t>(
      1, std::min({MaxCodeGenPartitions, ByWork, Functions})));
}

namespace {
/// What both emitters share: a target machine per partition, created before
/// any thread starts so that a failure is reported like any other, and each
/// partition's object or failure. A task touches only its own partition's
/// machine and slots.
class PartitionJobs {
public:
  static Expected<PartitionJobs> create(const CodeGenOptions &Opts,
                                        unsigned Parts) {
    PartitionJobs J;
    for (unsigned I = 0; I < Parts; ++I) {
      Expected<std::unique_ptr<TargetMachine>> TM = createTargetMachine(Opts);
      if (!TM)
        return TM.takeError();
      J.Machines.push_back(std::move(*TM));
    }
    J.Objects.resize(Parts);
    J.Failed.resize(Parts);
    return std::move(J);
  }

  TargetMachine &machine(unsigned Index) { return *Machines[Index]; }

  /// Generates partition Index's object from M.
  void emit(unsigned Index, Module &M) {
    Expected<SmallVector<char, 0>> Object =
        emitModule(M, *Machines[Index], EmitKind::Object);
    if (!Object)
      return fail(Index, Object.takeError());
    Objects[Index] = std::move(*Object);
  }

  /// Records why partition Index has no object. The error keeps its kind (a
  /// diagnostic at a file offset stays one).
  void fail(unsigned Index, Error E) { Failed[Index] = std::move(E); }

  /// The objects in partition order, or the first partition's failure (one
  /// diagnostic, as for a module compiled in one piece).
  Expected<std::vector<SmallVector<char, 0>>> take() {
    std::optional<Error> First;
    for (std::optional<Error> &E : Failed) {
      if (!E)
        continue;
      if (First)
        consumeError(std::move(*E));
      else
        First = std::move(*E);
    }
    if (First)
      return std::move(*First);
    return std::move(Objects);
  }

private:
  std::vector<std::unique_ptr<TargetMachine>> Machines;
  std::vector<SmallVector<char, 0>> Objects;
  std::vector<std::optional<Error>> Failed;
};
} // namespace

Expected<std::vector<SmallVector<char, 0>>>
emitObjectsInParallel(std::unique_ptr<Module> M, const CodeGenOptions &Opts,
                      unsigned Parts, unsigned Threads) {
  Expected<PartitionJobs> Jobs = PartitionJobs::create(Opts, Parts);
  if (!Jobs)
    return Jobs.takeError();
  {
    DefaultThreadPool Pool(hardware_concurrency(std::min(Parts, Threads)));
    splitModule(*M, Parts, [&](unsigned Index, std::unique_ptr<Module> Part) {
      auto Bitcode = std::make_shared<SmallVector<char, 0>>();
      raw_svector_ostream OS(*Bitcode);
      WriteBitcodeToFile(*Part, OS);
      Part.reset();
      Pool.async([&, Index, Bitcode] {
        LLVMContext Context;
        Expected<std::unique_ptr<Module>> PartInContext = parseBitcodeFile(
            MemoryBufferRef(StringRef(Bitcode->data(), Bitcode->size()),
                            "partition"),
            Context);
        if (!PartInContext)
          return Jobs->fail(
              Index, makeError("internal compiler error: partition " +
                               std::to_string(Index) + " does not read back: " +
                               toString(PartInContext.takeError())));
        Jobs->emit(Index, **PartInContext);
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
  return Jobs->take();
}

Expected<std::vector<SmallVector<char, 0>>>
emitPiecesInParallel(const CodeGenOptions &Opts, unsigned Parts,
                     unsigned Threads, const PieceLowering &Lower) {
  Expected<PartitionJobs> Jobs = PartitionJobs::create(Opts, Parts);
  if (!Jobs)
    return Jobs.takeError();
  DefaultThreadPool Pool(hardware_concurrency(std::min(Parts, Threads)));
  for (unsigned Index = 0; Index < Parts; ++Index)
    // Each task frees its piece, context and all, before the next task
    // starts on its thread: at most Threads pieces are in memory at once.
    Pool.async([&, Index] {
      TargetMachine &TM = Jobs->machine(Index);
      LLVMContext Context;
      Expected<std::unique_ptr<Module>> Piece = Lower(Index, Context, TM);
      if (!Piece)
        return Jobs->fail(Index, Piece.takeError());
      optimizeModule(**Piece, TM, Opts.Target, Opts.OptLevel);
      Jobs->emit(Index, **Piece);
    });
  Pool.wait();
  return Jobs->take();
}

} // namespace wasmc
