//===- TemporaryObjects.h - Object files for lld, removed after -*- C++ -*-===//
//
// lld reads its inputs by path, so the objects wasmc generates in memory go
// to temporary files for the link. They are removed when the set goes away,
// and on a signal.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LINK_TEMPORARYOBJECTS_H
#define WASMC_LINK_TEMPORARYOBJECTS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace wasmc {

class TemporaryObjects {
public:
  TemporaryObjects() = default;
  TemporaryObjects(const TemporaryObjects &) = delete;
  TemporaryObjects &operator=(const TemporaryObjects &) = delete;
  ~TemporaryObjects();

  /// Writes Bytes to a new temporary file named after Stem ("wasmc-<stem>-
  /// XXXXXX.o") and adds it to the set.
  llvm::Error add(llvm::StringRef Stem, llvm::ArrayRef<char> Bytes);

  /// The files, in the order they were added.
  const std::vector<std::string> &paths() const { return Paths; }

private:
  std::vector<std::string> Paths;
};

} // namespace wasmc

#endif // WASMC_LINK_TEMPORARYOBJECTS_H
