//===- CompileCache.h - Content-addressed cache of compiled modules -*- C++ -*-===//
//
// An opt-in cache (--cache-dir, WASMC_CACHE_DIR) for build pipelines that
// compile the same modules again and again. An entry holds a module's object
// code, the partitions as code generation produced them, before linking; its
// key hashes everything that decides those bytes: the input module, the
// options that reach code generation, the target and CPU, and the wasmc
// build itself. A hit skips lowering, optimisation and code generation, and
// linking then gives the same bytes as a compile without the cache, since
// the output does not depend on -j.
//
// A cache must never fail a build: an entry that cannot be read, or is
// corrupt, is a miss; one that cannot be written is a warning.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_DRIVER_COMPILECACHE_H
#define WASMC_DRIVER_COMPILECACHE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace wasmc {

using ObjectList = std::vector<llvm::SmallVector<char, 0>>;

/// Builds a cache key from fields. Each field is length-prefixed, so no
/// two different field lists hash the same bytes.
class CacheKeyBuilder {
public:
  CacheKeyBuilder &add(llvm::StringRef Field);
  CacheKeyBuilder &add(uint64_t Field);
  /// The key as lowercase hex.
  std::string key();

private:
  llvm::BLAKE3 Hasher;
};

class CompileCache {
public:
  /// A cache in Dir (created if missing), pruned by Policy (LLVM's cache
  /// pruning syntax, as lld's --thinlto-cache-policy; empty for the
  /// default).
  static llvm::Expected<CompileCache> open(llvm::StringRef Dir,
                                           llvm::StringRef Policy);

  /// The objects stored under Key, or nothing if there is no valid entry.
  std::optional<ObjectList> lookup(llvm::StringRef Key) const;

  /// Stores Objects under Key, replacing any entry, so that a concurrent
  /// lookup sees either the whole entry or none; then prunes the cache if
  /// its policy says it is time.
  llvm::Error store(llvm::StringRef Key, const ObjectList &Objects) const;

  /// The file that holds Key's entry.
  std::string entryPath(llvm::StringRef Key) const;

private:
  CompileCache(std::string Dir, std::string Policy)
      : Dir(std::move(Dir)), Policy(std::move(Policy)) {}

  std::string Dir;
  std::string Policy;
};

} // namespace wasmc

#endif // WASMC_DRIVER_COMPILECACHE_H
