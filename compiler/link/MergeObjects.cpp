//===- MergeObjects.cpp - Several objects into one, with lld -r -----------===//
#include "link/MergeObjects.h"
#include "link/TemporaryObjects.h"
#include "link/Toolchain.h"
#include "support/Diagnostic.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wasmc {

Expected<SmallVector<char, 0>>
mergeObjects(ArrayRef<SmallVector<char, 0>> Objects, StringRef Stem,
             bool Verbose) {
  TemporaryObjects Inputs;
  for (const SmallVector<char, 0> &Object : Objects)
    if (Error E = Inputs.add(Stem, Object))
      return std::move(E);

  int FD;
  SmallString<128> Merged;
  if (std::error_code EC = sys::fs::createTemporaryFile(
          "wasmc-" + Stem + "-merged", "o", FD, Merged))
    return makeError("cannot create a temporary object file: " + EC.message());
  sys::fs::closeFile(FD);
  FileRemover RemoveMerged(Merged);
  sys::RemoveFileOnSignal(Merged);

  LinkPlan Plan;
  Plan.Args = {"ld.lld", "-r", "-o", std::string(Merged)};
  Plan.Args.insert(Plan.Args.end(), Inputs.paths().begin(),
                   Inputs.paths().end());
  if (Verbose)
    errs() << Plan.commandLine() << "\n";
  if (Error E = runLinker(Plan))
    return std::move(E);
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = MemoryBuffer::getFile(
      Merged, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return makeError("cannot read the merged object file: " +
                     Buffer.getError().message());
  StringRef Bytes = (*Buffer)->getBuffer();
  return SmallVector<char, 0>(Bytes.begin(), Bytes.end());
}

} // namespace wasmc
