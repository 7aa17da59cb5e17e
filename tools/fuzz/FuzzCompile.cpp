//===- FuzzCompile.cpp - libFuzzer target: the pipeline up to the object --===//
//
// What `wasmc -c` does, in memory: read, validate, lower, verify, optimise
// and emit an x86-64 object (no link). A module that validates must compile;
// an IR verifier failure is a wasmc bug and aborts so that libFuzzer keeps
// the input.
//
//===----------------------------------------------------------------------===//
#include "codegen/CodeGen.h"
#include "lower/Lowering.h"
#include "reader/BinaryReader.h"
#include "validation/Validator.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/MemoryBufferRef.h"
#include "llvm/Support/raw_ostream.h"
#include <cstddef>
#include <cstdint>
#include <cstdlib>

static const wasmc::TargetInfo &targetInfo() {
  static const wasmc::TargetInfo Target = [] {
    auto Created = wasmc::TargetInfo::create(
        llvm::Triple("x86_64-pc-linux-gnu"));
    if (!Created) {
      llvm::errs() << llvm::toString(Created.takeError()) << "\n";
      std::abort();
    }
    return std::move(*Created);
  }();
  return Target;
}

static llvm::TargetMachine &targetMachine() {
  // One TargetMachine for the whole run: creating it is slower than
  // compiling a small module.
  static std::unique_ptr<llvm::TargetMachine> TM = [] {
    wasmc::CodeGenOptions Opts(targetInfo());
    auto Created = wasmc::createTargetMachine(Opts);
    if (!Created) {
      llvm::errs() << llvm::toString(Created.takeError()) << "\n";
      std::abort();
    }
    return std::move(*Created);
  }();
  return *TM;
}

static void fail(const char *Stage, llvm::Error E) {
  llvm::errs() << "fuzz-compile: a valid module failed in " << Stage << ": "
               << llvm::toString(std::move(E)) << "\n";
  std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::MemoryBufferRef Buffer(
      llvm::StringRef(reinterpret_cast<const char *>(Data), Size), "fuzz.wasm");
  auto M = wasmc::readModule(Buffer);
  if (!M) {
    llvm::consumeError(M.takeError());
    return 0;
  }
  if (llvm::Error E = wasmc::validateModule(**M)) {
    llvm::consumeError(std::move(E));
    return 0;
  }
  llvm::TargetMachine &TM = targetMachine();
  llvm::LLVMContext Context;
  llvm::DataLayout DL = TM.createDataLayout();
  auto IR = wasmc::lowerModule(**M, Context, targetInfo(), DL,
                               wasmc::LowerOptions());
  if (!IR) {
    // The lowering may refuse what it does not implement, with an error;
    // that is allowed, a crash is not.
    llvm::consumeError(IR.takeError());
    return 0;
  }
  if (llvm::Error E = wasmc::verifyLoweredModule(**IR))
    fail("the IR verifier", std::move(E));
  // -O1 rather than the default -O2: more inputs per second, and the passes
  // that matter for wasmc's IR (instcombine, GVN-free simplification, the
  // code generator) still run.
  wasmc::optimizeModule(**IR, TM, targetInfo(), 1);
  auto Bytes = wasmc::emitModule(**IR, TM, wasmc::EmitKind::Object);
  if (!Bytes)
    fail("emission", Bytes.takeError());
  return 0;
}
