//===- OutputFile.cpp - Write an output all at once or not at all ---------===//
#include "driver/OutputFile.h"
#include "support/Diagnostic.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wasmc {

/// True if Path exists and is a device, FIFO or socket. Renaming a temporary
/// over one would replace it by a regular file -- run as root, `-o /dev/null`
/// did that to the machine's /dev/null -- and there is nothing to make atomic
/// about writing to one, so such a path is written in place.
static bool isSpecialFile(StringRef Path) {
  sys::fs::file_status Status;
  if (sys::fs::status(Path, Status))
    return false;
  switch (Status.type()) {
  case sys::fs::file_type::block_file:
  case sys::fs::file_type::character_file:
  case sys::fs::file_type::fifo_file:
  case sys::fs::file_type::socket_file:
    return true;
  default:
    return false;
  }
}

Expected<PendingOutput> PendingOutput::create(StringRef FinalPath) {
  bool InPlace = isSpecialFile(FinalPath);
  // The model keeps the final name visible, which helps when a crash of the
  // whole machine leaves one behind. A special file's directory (/dev) may
  // not be writable, and the temporary is not renamed, so it goes to the
  // temporary directory.
  SmallString<128> Model;
  if (InPlace) {
    sys::path::system_temp_directory(/*ErasedOnReboot=*/true, Model);
    sys::path::append(Model, "wasmc-output-%%%%%%%%.tmp");
  } else {
    Model = FinalPath;
    Model += "-%%%%%%%%.tmp";
  }
  Expected<sys::fs::TempFile> Temp = sys::fs::TempFile::create(Model);
  if (!Temp)
    return makeError("cannot create output file '" + FinalPath +
                     "': " + toString(Temp.takeError()));
  return PendingOutput(std::move(*Temp), FinalPath.str(), InPlace);
}

/// Copies the file at From (by path: the linker may have replaced the
/// temporary's inode) into the existing special file To.
static Error copyInto(StringRef From, StringRef To) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Bytes = MemoryBuffer::getFile(
      From, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Bytes)
    return errorCodeToError(Bytes.getError());
  std::error_code EC;
  raw_fd_ostream OS(To, EC, sys::fs::OF_None);
  if (EC)
    return errorCodeToError(EC);
  OS << (*Bytes)->getBuffer();
  OS.close();
  if (OS.has_error()) {
    EC = OS.error();
    OS.clear_error();
    return errorCodeToError(EC);
  }
  return Error::success();
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
  if (InPlace) {
    // Copied or not, the temporary is not needed any more.
    Error E = copyInto(Temp->TmpName, FinalPath);
    consumeError(Temp->discard());
    Temp.reset();
    if (E)
      return makeError("cannot write output file '" + FinalPath +
                       "': " + toString(std::move(E)));
    return Error::success();
  }
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
