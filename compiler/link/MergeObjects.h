//===- MergeObjects.h - Several objects into one, with lld -r ---*- C++ -*-===//
//
// `wasmc -c` promises one object file; with parallel code generation the
// module comes out as several (codegen/ParallelEmitter.cpp). lld's ELF
// driver combines them into one relocatable object, in process. lld's
// Mach-O driver has no -r, so the driver generates Mach-O objects in one
// piece instead.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LINK_MERGEOBJECTS_H
#define WASMC_LINK_MERGEOBJECTS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace wasmc {

/// Links the ELF relocatable objects Objects into one (ld.lld -r), in order.
/// Stem names the temporary files. With Verbose, prints the lld command
/// line to stderr.
llvm::Expected<llvm::SmallVector<char, 0>>
mergeObjects(llvm::ArrayRef<llvm::SmallVector<char, 0>> Objects,
             llvm::StringRef Stem, bool Verbose);

} // namespace wasmc

#endif // WASMC_LINK_MERGEOBJECTS_H
