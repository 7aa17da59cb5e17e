//===- Partition.h - Splitting an optimised module for codegen --*- C++ -*-===//
//
// Parallel code generation (ParallelEmitter.cpp) needs the optimised module
// cut into partitions that can be compiled independently and linked back
// together. A partition holds the definitions assigned to it and
// declarations of everything else it uses; a local symbol used from another
// partition becomes an external symbol with hidden visibility, so it links
// within the output but is never exported from it.
//
// The split is a pure function of the module and the partition count: the
// same input and -j give the same objects.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_CODEGEN_PARTITION_H
#define WASMC_CODEGEN_PARTITION_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/IR/Module.h"
#include <memory>

namespace wasmc {

/// False if M holds something a split would break: module-level inline asm
/// (copied into every partition, it would define its symbols twice),
/// aliases and ifuncs (which must sit beside their target), comdats.
/// wasmc's lowering emits none of these.
bool canSplitModule(const llvm::Module &M);

/// Total number of IR instructions in M's function definitions: the measure
/// of code-generation work the partitioning balances.
uint64_t codeSize(const llvm::Module &M);

/// Assigns each definition of M to one of Parts partitions (functions
/// balanced by estimated code-generation cost, largest first, so that Parts
/// threads finish together; a global variable goes with the functions that
/// use it, or to partition 0), externalizes in M the local symbols used across
/// partitions, then calls Emit(Index, Partition) for each partition in
/// order. Partitions live in M's context. Once a partition is emitted, the
/// bodies of its functions are deleted from M, so that M shrinks as the
/// partitions are made. Requires canSplitModule(M) and Parts >= 1.
void splitModule(
    llvm::Module &M, unsigned Parts,
    llvm::function_ref<void(unsigned, std::unique_ptr<llvm::Module>)> Emit);

} // namespace wasmc

#endif // WASMC_CODEGEN_PARTITION_H
