//===- BinaryReader.h - Decode the Wasm binary format -----------*- C++ -*-===//
#ifndef WASMC_READER_BINARYREADER_H
#define WASMC_READER_BINARYREADER_H

#include "reader/Module.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"
#include <memory>

namespace wasmc {

/// Decodes every section of a binary module. Errors are WasmErrors with the
/// file offset of the malformed bytes ("malformed" in the spec's sense). The
/// returned Module refers into Buffer, which must outlive it. Function bodies
/// are split out but their instructions are decoded later, by InstrReader.
/// Feats are the features the module may use (Module::Feats).
llvm::Expected<std::unique_ptr<Module>>
readModule(llvm::MemoryBufferRef Buffer, Features Feats = Features());

} // namespace wasmc

#endif // WASMC_READER_BINARYREADER_H
