//===- RuntimeImports.h - Can rtlib satisfy a module? ------------*- C++ -*-===//
//
// An executable is a module linked with rtlib and nothing else, so every
// import must be one that rtlib provides and the module must be a WASI
// command. These checks run before any code is generated, so that a module
// that cannot become an executable fails fast with one clear diagnostic.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LINK_RUNTIMEIMPORTS_H
#define WASMC_LINK_RUNTIMEIMPORTS_H

#include "reader/Module.h"
#include "llvm/Support/Error.h"

namespace wasmc {

/// Fails with one WasmError (at the first offending import) listing every
/// import the runtime cannot provide: anything but a
/// wasi_snapshot_preview1 function with exactly the signature in
/// wasi_functions.def.
llvm::Error checkRuntimeImports(const Module &M);

/// Fails unless M exports a function `_start` of type [] -> [].
llvm::Error checkCommandEntry(const Module &M);

} // namespace wasmc

#endif // WASMC_LINK_RUNTIMEIMPORTS_H
