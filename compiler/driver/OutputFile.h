//===- OutputFile.h - Write an output all at once or not at all -*- C++ -*-===//
//
// An output appears under its final name only when it is complete: it is
// written to a temporary file in the same directory (so that the final step
// is an atomic rename) and removed if anything fails, including a crash or
// a signal. An existing device, FIFO or socket (-o /dev/null) is the
// exception: it is written in place, from a temporary in the system's
// temporary directory.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_DRIVER_OUTPUTFILE_H
#define WASMC_DRIVER_OUTPUTFILE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include <optional>
#include <string>

namespace wasmc {

class PendingOutput {
public:
  /// Creates the temporary file next to FinalPath.
  static llvm::Expected<PendingOutput> create(llvm::StringRef FinalPath);

  PendingOutput(PendingOutput &&Other)
      : Temp(std::move(Other.Temp)), FinalPath(std::move(Other.FinalPath)),
        InPlace(Other.InPlace) {
    Other.Temp.reset();
  }
  PendingOutput &operator=(PendingOutput &&) = delete;
  /// Removes the temporary file unless commit() succeeded.
  ~PendingOutput();

  /// Where a tool that writes by path (the linker) should write.
  llvm::StringRef tempPath() const { return Temp->TmpName; }

  /// Writes Bytes to the temporary file.
  llvm::Error write(llvm::ArrayRef<char> Bytes);

  /// Renames the temporary file to the final path (copies it there if the
  /// final path is a device, FIFO or socket).
  llvm::Error commit();

private:
  PendingOutput(llvm::sys::fs::TempFile Temp, std::string FinalPath,
                bool InPlace)
      : Temp(std::move(Temp)), FinalPath(std::move(FinalPath)),
        InPlace(InPlace) {}

  std::optional<llvm::sys::fs::TempFile> Temp;
  std::string FinalPath;
  /// FinalPath is not a regular file: copy into it instead of renaming.
  bool InPlace = false;
};

/// Writes Bytes to Path atomically, or to stdout if Path is "-".
llvm::Error writeOutput(llvm::StringRef Path, llvm::ArrayRef<char> Bytes);

} // namespace wasmc

#endif // WASMC_DRIVER_OUTPUTFILE_H
