//===- TemporaryObjects.cpp - Object files for lld, removed after ---------===//
#include "link/TemporaryObjects.h"
#include "support/Diagnostic.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wasmc {

TemporaryObjects::~TemporaryObjects() {
  for (const std::string &Path : Paths) {
    sys::fs::remove(Path);
    sys::DontRemoveFileOnSignal(Path);
  }
}

Error TemporaryObjects::add(StringRef Stem, ArrayRef<char> Bytes) {
  int FD;
  SmallString<128> Path;
  if (std::error_code EC =
          sys::fs::createTemporaryFile("wasmc-" + Stem, "o", FD, Path))
    return makeError("cannot create a temporary object file: " + EC.message());
  // Recorded before writing, so that a failed write leaves nothing behind.
  Paths.push_back(std::string(Path));
  sys::RemoveFileOnSignal(Path);
  raw_fd_ostream OS(FD, /*shouldClose=*/true);
  OS.write(Bytes.data(), Bytes.size());
  OS.close();
  if (OS.has_error()) {
    std::string Message = OS.error().message();
    OS.clear_error();
    return makeError("cannot write temporary object file '" + Path +
                     "': " + Message);
  }
  return Error::success();
}

} // namespace wasmc
