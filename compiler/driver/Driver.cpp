//===- Driver.cpp - Run the compiler's stages for one input ---------------===//
#include "driver/Driver.h"
#include "codegen/CodeGen.h"
#include "codegen/Partition.h"
#include "driver/OutputFile.h"
#include "link/MergeObjects.h"
#include "link/RuntimeImports.h"
#include "link/TemporaryObjects.h"
#include "link/Toolchain.h"
#include "lower/Lowering.h"
#include "reader/BinaryReader.h"
#include "support/Diagnostic.h"
#include "validation/Validator.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>

using namespace llvm;

namespace wasmc {

int Driver::run() {
  if (Error E = compile()) {
    reportError(Opts.Input, std::move(E));
    if (!Note.empty())
      errs() << Opts.Input << ": note: " << Note << "\n";
    return 1;
  }
  return 0;
}

/// True if Bytes look like the text format: a common mistake is passing a
/// .wat file, which the binary reader rejects with a bare "magic header".
static bool looksLikeWat(StringRef Bytes) {
  Bytes = Bytes.ltrim();
  return Bytes.starts_with("(") || Bytes.starts_with(";;");
}

static EmitKind emitKindFor(OutputKind Kind) {
  switch (Kind) {
  case OutputKind::Assembly:
    return EmitKind::Assembly;
  case OutputKind::LLVMText:
    return EmitKind::LLVMText;
  case OutputKind::LLVMBitcode:
    return EmitKind::LLVMBitcode;
  case OutputKind::Executable:
  case OutputKind::SharedLibrary:
  case OutputKind::Object:
  case OutputKind::None:
    break;
  }
  return EmitKind::Object;
}

static bool isBinaryOutput(OutputKind Kind) {
  return Kind == OutputKind::Object || Kind == OutputKind::LLVMBitcode;
}

Error Driver::compile() {
  // The one place the target is looked up; everything below asks Target.
  Expected<TargetInfo> Target = TargetInfo::create(Opts.TargetTriple);
  if (!Target)
    return Target.takeError();

  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = MemoryBuffer::getFileOrSTDIN(
      Opts.Input, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return makeError("cannot read input file: " + Buffer.getError().message());

  Expected<std::unique_ptr<Module>> M =
      readModule((*Buffer)->getMemBufferRef(), Opts.Feats);
  if (!M) {
    if (looksLikeWat((*Buffer)->getBuffer()))
      Note = "this looks like the WebAssembly text format; wasmc reads "
             "binary modules (convert it with wat2wasm)";
    return M.takeError();
  }
  if (Error E = validateModule(**M))
    return E;
  if (Opts.Kind == OutputKind::None)
    return Error::success();

  // Everything that can make linking impossible is checked before the
  // expensive stages run.
  std::optional<Toolchain> TC;
  bool Linking = Opts.Kind == OutputKind::Executable ||
                 Opts.Kind == OutputKind::SharedLibrary;
  if (Linking) {
    Expected<Toolchain> Created = Toolchain::create(*Target, WasmcPath,
                                                    Opts.Sysroot);
    if (!Created)
      return Created.takeError();
    TC.emplace(std::move(*Created));
  }
  // A shared object is instantiated by an embedder, which supplies its
  // imports (rtlib.h), so it may import anything and need not be a command.
  if (Opts.Kind == OutputKind::Executable) {
    if (Error E = TC->checkFiles())
      return E;
    if (Error E = checkRuntimeImports(**M))
      return E;
    if (Error E = checkCommandEntry(**M))
      return E;
  }
  if (Opts.Output == "-" && isBinaryOutput(Opts.Kind) &&
      sys::Process::StandardOutIsDisplayed())
    return makeError("refusing to write binary output to a terminal; use "
                     "-o <file>");

  CodeGenOptions CGOpts(*Target);
  CGOpts.CPU = Opts.CPU;
  CGOpts.OptLevel = Opts.OptLevel;
  Expected<std::unique_ptr<TargetMachine>> TM = createTargetMachine(CGOpts);
  if (!TM)
    return TM.takeError();

  LLVMContext Context;
  Target->setCpu(cpuFeatures(**TM, *Target));
  CGOpts.Target.setCpu(Target->cpu());
  LowerOptions LowerOpts;
  LowerOpts.Bounds = Opts.Bounds;
  LowerOpts.Relaxed = Opts.Relaxed;
  LowerOpts.ModuleName = sys::path::filename(Opts.Input).str();
  DataLayout DL = (*TM)->createDataLayout();
  Expected<std::unique_ptr<llvm::Module>> IR =
      lowerModule(**M, Context, *Target, DL, LowerOpts);
  if (!IR)
    return IR.takeError();
  // Capabilities reach the executable as a constant that rtlib's main reads.
  if (Opts.Kind == OutputKind::Executable)
    embedWasiGrants(Opts.Grants, **IR);

  EmitKind Kind = emitKindFor(Opts.Kind);
  // Several objects are fine for the linker, and lld's ELF driver merges
  // them for -c; lld's Mach-O driver cannot, so a Mach-O (or any other) -c
  // object is generated in one piece.
  bool CanSplit = Kind == EmitKind::Object && (TC || Target->isELF());
  // A very large module is optimised in partitions rather than whole.
  unsigned OptParts = CanSplit ? optimizationPartitions(**IR) : 1;
  if (OptParts == 1)
    optimizeModule(**IR, **TM, *Target, Opts.OptLevel);

  if (Kind != EmitKind::Object) {
    Expected<SmallVector<char, 0>> Bytes = emitModule(**IR, **TM, Kind);
    if (!Bytes)
      return Bytes.takeError();
    return writeOutput(Opts.Output, *Bytes);
  }
  unsigned Parts = OptParts > 1 ? OptParts
                 : CanSplit    ? codeGenPartitions(**IR)
                               : 1;
  unsigned Threads = std::min(Parts, Opts.Jobs);
  if (Opts.Verbose)
    errs() << "wasmc: " << (OptParts > 1 ? "optimising and " : "")
           << "generating code in " << Parts << " partition"
           << (Parts == 1 ? "" : "s") << " on " << Threads << " thread"
           << (Threads == 1 ? "" : "s") << " (-j" << Opts.Jobs << "), "
           << codeSize(**IR) << " IR instructions\n";
  std::vector<SmallVector<char, 0>> Objects;
  if (Parts == 1) {
    Expected<SmallVector<char, 0>> Bytes = emitModule(**IR, **TM, Kind);
    if (!Bytes)
      return Bytes.takeError();
    Objects.push_back(std::move(*Bytes));
  } else {
    Expected<std::vector<SmallVector<char, 0>>> Parted =
        emitObjectsInParallel(std::move(*IR), CGOpts, Parts, Threads,
                              OptParts > 1);
    if (!Parted)
      return Parted.takeError();
    Objects = std::move(*Parted);
  }
  if (TC)
    return linkExecutable(*TC, Objects);
  if (Objects.size() == 1)
    return writeOutput(Opts.Output, Objects.front());
  Expected<SmallVector<char, 0>> Merged =
      mergeObjects(Objects, sys::path::stem(Opts.Input), Opts.Verbose);
  if (!Merged)
    return Merged.takeError();
  return writeOutput(Opts.Output, *Merged);
}

Error Driver::linkExecutable(const Toolchain &TC,
                             ArrayRef<SmallVector<char, 0>> Objects) {
  TemporaryObjects Inputs;
  for (const SmallVector<char, 0> &Object : Objects)
    if (Error E = Inputs.add(sys::path::stem(Opts.Input), Object))
      return E;

  Expected<PendingOutput> Out = PendingOutput::create(Opts.Output);
  if (!Out)
    return Out.takeError();
  Expected<LinkPlan> Plan =
      Opts.Kind == OutputKind::SharedLibrary
          ? TC.planSharedLibrary(Inputs.paths(), Out->tempPath())
          : TC.planExecutable(Inputs.paths(), Out->tempPath());
  if (!Plan)
    return Plan.takeError();
  if (Opts.Verbose)
    errs() << Plan->commandLine() << "\n";
  if (Error E = runLinker(*Plan))
    return E;
  return Out->commit();
}

} // namespace wasmc
