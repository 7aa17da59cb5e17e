//===- OutputFile.cpp - Write an output all at once or not at all ---------===//
#include "driver/OutputFile.h"
#include "support/Diagnostic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wasmc {

Expected<PendingOutput> PendingOutput::create(StringRef FinalPath) {
  // The model keeps the final name visible, which helps when a crash of the
  // whole machine leaves one behind.
  std::string Model = (FinalPath + "-%%%%%%%%.tmp").str();
  Expected<sys::fs::TempFile> Temp = sys::fs::TempFile::create(Model);
  if (!Temp)
    return makeError("cannot create output file '" + FinalPath +
                     "': " + toString(Temp.takeError()));
  return PendingOutput(std::move(*Temp), FinalPath.str());
}

PendingOutput::~PendingOutput() {
  if (Temp)
    consumeError(Temp->discard());
}

Error PendingOutput::write(ArrayRef<char> Bytes) {
  raw_fd_ostream OS(Temp->FD, /*shouldClose=*/false);
  OS.write(Bytes.data(), Bytes.size());
  OS.flush();
  if (OS.has_error()) {
    std::string Message = OS.error().message();
    OS.clear_error();
    return makeError("cannot write output file '" + FinalPath +
                     "': " + Message);
  }
  return Error::success();
}

Error PendingOutput::commit() {
  Error E = Temp->keep(FinalPath);
  if (E) {
    // keep() failed: the temporary is still ours to remove.
    std::string Message = toString(std::move(E));
    consumeError(Temp->discard());
    Temp.reset();
    return makeError("cannot write output file '" + FinalPath +
                     "': " + Message);
  }
  Temp.reset();
  return Error::success();
}

Error writeOutput(StringRef Path, ArrayRef<char> Bytes) {
  if (Path == "-") {
    outs().write(Bytes.data(), Bytes.size());
    outs().flush();
    if (outs().has_error()) {
      std::string Message = outs().error().message();
      outs().clear_error();
      return makeError("cannot write to stdout: " + Message);
    }
    return Error::success();
  }
  Expected<PendingOutput> Out = PendingOutput::create(Path);
  if (!Out)
    return Out.takeError();
  if (Error E = Out->write(Bytes))
    return E;
  return Out->commit();
}

} // namespace wasmc
