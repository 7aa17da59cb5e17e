//===- Driver.cpp - Run the compiler's stages for one input ---------------===//
#include "driver/Driver.h"
#include "codegen/AddressMap.h"
#include "codegen/CodeGen.h"
#include "codegen/Partition.h"
#include "driver/CompileCache.h"
#include "driver/OutputFile.h"
#include "link/FinishObject.h"
#include "link/MergeObjects.h"
#include "link/RuntimeImports.h"
#include "link/TemporaryObjects.h"
#include "link/Toolchain.h"
#include "lower/Lowering.h"
#include "reader/BinaryReader.h"
#include "reader/WasmDwarf.h"
#include "support/Config.h"
#include "support/Diagnostic.h"
#include "validation/Validator.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
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
  for (const ReadWarning &W : (*M)->Warnings)
    reportWarning(Opts.Input, W.Offset, W.Message);
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
  configureCodeGenerator(Opts.OptLevel);
  Expected<std::unique_ptr<TargetMachine>> TM = createTargetMachine(CGOpts);
  if (!TM)
    return TM.takeError();

  Target->setCpu(cpuFeatures(**TM, *Target));
  CGOpts.Target.setCpu(Target->cpu());
  EmitKind Kind = emitKindFor(Opts.Kind);
  // Several objects are fine for the linker, and lld's ELF driver merges
  // them for -c; lld's Mach-O driver cannot, so a Mach-O (or any other) -c
  // object is generated in one piece.
  bool CanSplit = Kind == EmitKind::Object && (TC || Target->isELF());

  // Only object code is cached: assembly and IR are for people reading
  // them, and they are quick to make.
  std::optional<CompileCache> Cache;
  std::string CacheKey;
  if (Kind == EmitKind::Object && !Opts.CacheDir.empty()) {
    Expected<CompileCache> Opened =
        CompileCache::open(Opts.CacheDir, Opts.CachePolicy);
    if (!Opened) {
      reportWarning(Opts.Input, "compile cache not used: " +
                                    toString(Opened.takeError()));
    } else {
      Cache.emplace(std::move(*Opened));
      CacheKey = compileCacheKey((*Buffer)->getBuffer(), **TM, CanSplit);
      if (std::optional<ObjectList> Hit = Cache->lookup(CacheKey)) {
        if (Opts.Verbose)
          errs() << "wasmc: compile cache hit: " << Cache->entryPath(CacheKey)
                 << "\n";
        return writeObjects(TC ? &*TC : nullptr, *Hit);
      }
    }
  }

  LowerOptions LowerOpts;
  LowerOpts.Bounds = Opts.Bounds;
  LowerOpts.Relaxed = Opts.Relaxed;
  LowerOpts.EpochChecks = Opts.EpochChecks;
  LowerOpts.FuelMetering = Opts.FuelMetering;
  LowerOpts.ModuleName = sys::path::filename(Opts.Input).str();
  LowerOpts.DebugInfo = Opts.DebugInfo;
  LowerOpts.GuestSymbols = Opts.DebugInfo || Kind == EmitKind::Object;
  // Backtraces name Wasm offsets through a map built from the objects' line
  // tables (codegen/AddressMap.h), linked in as one more object: so only
  // where the objects are linked or merged (not a Mach-O -c object).
  LowerOpts.AddressMap = Opts.AddressMap && CanSplit;
  LowerOpts.Optimized = Opts.OptLevel > 0;
  // Read once, for the lowering (-g) and the address map.
  std::optional<WasmDwarf> Dwarf;
  if (LowerOpts.DebugInfo || LowerOpts.AddressMap)
    LowerOpts.Dwarf = &Dwarf.emplace(**M);
  Expected<LoweringPlan> Plan = LoweringPlan::create(**M, LowerOpts, CanSplit);
  if (!Plan)
    return Plan.takeError();
  // Lowers piece Index (the whole module, when there is one piece) and
  // readies it for optimisation: verified, its Wasm code's symbols noted for
  // the address map and, in the piece with the module-level data (the last),
  // the executable's capabilities embedded as the constant rtlib's main
  // reads.
  auto LowerPiece = [&](unsigned Index, LLVMContext &Ctx, const DataLayout &DL,
                        WasmCodeSymbols &Symbols)
      -> Expected<std::unique_ptr<llvm::Module>> {
    // Names of instructions and blocks are read only in LLVM IR output;
    // elsewhere they cost time and memory at every step of a large module.
    Ctx.setDiscardValueNames(Kind != EmitKind::LLVMText &&
                             Kind != EmitKind::LLVMBitcode);
    Expected<std::unique_ptr<llvm::Module>> Piece =
        Plan->lower(Index, Ctx, *Target, DL);
    if (!Piece)
      return Piece.takeError();
    if (Error E = verifyLoweredModule(**Piece))
      return std::move(E);
    if (LowerOpts.AddressMap)
      Symbols = collectWasmCode(**Piece);
    if (Opts.Kind == OutputKind::Executable && Index + 1 == Plan->pieces())
      embedWasiGrants(Opts.Grants, **Piece);
    return Piece;
  };
  WasmCodeSymbols CodeSymbols;
  ObjectList Objects;
  if (Plan->pieces() > 1) {
    // A very large module: lowered, optimised and compiled in pieces.
    unsigned Parts = Plan->pieces();
    unsigned Threads = std::min(Parts, Opts.Jobs);
    if (Opts.Verbose)
      errs() << "wasmc: lowering, optimising and generating code in " << Parts
             << " pieces on " << Threads << " thread"
             << (Threads == 1 ? "" : "s") << " (-j" << Opts.Jobs << "), "
             << Plan->codeSize() << " bytes of Wasm code\n";
    std::vector<WasmCodeSymbols> PieceSymbols(Parts);
    Expected<ObjectList> Pieces = emitPiecesInParallel(
        CGOpts, Parts, Threads,
        [&](unsigned Index, LLVMContext &Ctx, TargetMachine &PieceTM) {
          return LowerPiece(Index, Ctx, PieceTM.createDataLayout(),
                            PieceSymbols[Index]);
        });
    if (!Pieces)
      return Pieces.takeError();
    Objects = std::move(*Pieces);
    for (WasmCodeSymbols &Symbols : PieceSymbols)
      for (auto &Entry : Symbols)
        CodeSymbols[Entry.getKey()] = Entry.getValue();
  } else {
    LLVMContext Context;
    Expected<std::unique_ptr<llvm::Module>> IR =
        LowerPiece(0, Context, (*TM)->createDataLayout(), CodeSymbols);
    if (!IR)
      return IR.takeError();
    optimizeModule(**IR, **TM, *Target, Opts.OptLevel);

    if (Kind != EmitKind::Object) {
      Expected<SmallVector<char, 0>> Bytes = emitModule(**IR, **TM, Kind);
      if (!Bytes)
        return Bytes.takeError();
      return writeOutput(Opts.Output, *Bytes);
    }
    unsigned Parts = CanSplit ? codeGenPartitions(**IR) : 1;
    unsigned Threads = std::min(Parts, Opts.Jobs);
    if (Opts.Verbose)
      errs() << "wasmc: generating code in " << Parts << " partition"
             << (Parts == 1 ? "" : "s") << " on " << Threads << " thread"
             << (Threads == 1 ? "" : "s") << " (-j" << Opts.Jobs << "), "
             << codeSize(**IR) << " IR instructions\n";
    if (Parts == 1) {
      Expected<SmallVector<char, 0>> Bytes = emitModule(**IR, **TM, Kind);
      if (!Bytes)
        return Bytes.takeError();
      Objects.push_back(std::move(*Bytes));
    } else {
      Expected<ObjectList> Parted =
          emitObjectsInParallel(std::move(*IR), CGOpts, Parts, Threads);
      if (!Parted)
        return Parted.takeError();
      Objects = std::move(*Parted);
    }
  }
  if (LowerOpts.AddressMap) {
    Expected<SmallVector<char, 0>> Map =
        buildAddressMap(Objects, CodeSymbols, **M, *Dwarf, Opts.DebugInfo,
                        LowerOpts.ModuleName, **TM);
    if (!Map)
      return Map.takeError();
    Objects.push_back(std::move(*Map));
  }
  if (Cache) {
    if (Error E = Cache->store(CacheKey, Objects))
      reportWarning(Opts.Input,
                    "compile cache not updated: " + toString(std::move(E)));
    else if (Opts.Verbose)
      errs() << "wasmc: compile cache stored: " << Cache->entryPath(CacheKey)
             << "\n";
  }
  return writeObjects(TC ? &*TC : nullptr, Objects);
}

Error Driver::writeObjects(const Toolchain *TC, const ObjectList &Objects) {
  if (TC)
    return linkExecutable(*TC, Objects);
  if (Objects.size() == 1)
    return writeOutput(Opts.Output, Objects.front());
  Expected<SmallVector<char, 0>> Merged =
      mergeObjects(Objects, sys::path::stem(Opts.Input), Opts.Verbose);
  if (!Merged)
    return Merged.takeError();
  Expected<SmallVector<char, 0>> Finished =
      finishObject(*Merged, /*StripDebug=*/!Opts.DebugInfo);
  if (!Finished)
    return Finished.takeError();
  return writeOutput(Opts.Output, *Finished);
}

std::string Driver::compileCacheKey(StringRef Wasm, const TargetMachine &TM,
                                    bool CanSplit) const {
  CacheKeyBuilder Key;
  // The wasmc build: its version, and the executable's size and time, as
  // ccache identifies a compiler, so a rebuilt wasmc misses.
  Key.add("wasmc compile cache 1").add(WASMC_VERSION).add(WASMC_LLVM_VERSION);
  sys::fs::file_status Status;
  if (!sys::fs::status(WasmcPath, Status))
    Key.add(Status.getSize())
        .add(uint64_t(sys::toTimeT(Status.getLastModificationTime())));
  // Hidden LLVM options change code (Driver's caller applies them).
  if (std::optional<std::string> LLVMOptions =
          sys::Process::GetEnv("WASMC_LLVM_OPTIONS"))
    Key.add(*LLVMOptions);
  Key.add(TM.getTargetTriple().str())
      .add(TM.getTargetCPU())
      .add(TM.getTargetFeatureString())
      .add(Opts.OptLevel)
      .add(uint64_t(Opts.Bounds))
      .add(uint64_t(Opts.Relaxed))
      .add(uint64_t(Opts.DebugInfo))
      .add(uint64_t(Opts.AddressMap))
      .add(uint64_t(Opts.EpochChecks))
      .add(uint64_t(Opts.FuelMetering))
      .add(uint64_t(CanSplit));
  Key.add(Opts.DisabledFeatures.size());
  for (const std::string &Name : Opts.DisabledFeatures)
    Key.add(Name);
  // Executables carry their grants in their code; other outputs none.
  Key.add(uint64_t(Opts.Kind == OutputKind::Executable));
  if (Opts.Kind == OutputKind::Executable) {
    const WasiGrants &G = Opts.Grants;
    Key.add(G.Dirs.size());
    for (const DirGrant &D : G.Dirs)
      Key.add(D.Host).add(D.Guest).add(uint64_t(D.ReadOnly));
    Key.add(G.Env.size());
    for (const std::string &E : G.Env)
      Key.add(E);
    Key.add(G.TcpListen.size());
    for (const std::string &L : G.TcpListen)
      Key.add(L);
    Key.add(uint64_t(G.InheritEnv)).add(uint64_t(G.AllowRuntimeGrants));
    Key.add(G.MaxMemoryPages).add(G.MaxRuntimeMs).add(G.MaxFuel);
  }
  // The lowering names the module after the input file (backtraces).
  Key.add(sys::path::filename(Opts.Input)).add(Wasm);
  return Key.key();
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
  // Without -g, the objects' line tables were only the address map's source
  // (lld's Mach-O driver never copies DWARF into its output).
  if (!Opts.DebugInfo && TC.target().isELF())
    Plan->Args.push_back("--strip-debug");
  if (Opts.Verbose)
    errs() << Plan->commandLine() << "\n";
  if (Error E = runLinker(*Plan))
    return E;
  return Out->commit();
}

} // namespace wasmc
