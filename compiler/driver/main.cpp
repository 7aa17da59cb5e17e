// Temporary stub: read + validate only. The driver proper replaces this.
#include "reader/BinaryReader.h"
#include "support/Diagnostic.h"
#include "validation/Validator.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  auto Buf = llvm::MemoryBuffer::getFile(argv[1]);
  if (!Buf) {
    llvm::errs() << argv[1] << ": error: " << Buf.getError().message() << "\n";
    return 1;
  }
  auto M = wasmc::readModule((*Buf)->getMemBufferRef());
  if (!M) {
    wasmc::reportError(argv[1], M.takeError());
    return 1;
  }
  if (llvm::Error E = wasmc::validateModule(**M)) {
    wasmc::reportError(argv[1], std::move(E));
    return 1;
  }
  return 0;
}
