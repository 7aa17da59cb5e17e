//===- LoweringPlan.cpp - Lowering a module whole or in pieces -----------===//
//
// See LoweringPlan in Lowering.h. The cut into pieces is made on the Wasm
// module, before anything is lowered: a module lowered whole first and cut
// afterwards held all its IR at once (4.2 GB for a 30 MB C++ application,
// the floor of the compiler's peak memory at every -O level).
//
//===----------------------------------------------------------------------===//
#include "lower/CallConventions.h"
#include "lower/DebugInfo.h"
#include "lower/Lowering.h"
#include "lower/ModuleLowering.h"
#include "support/Diagnostic.h"
#include "llvm/Support/CommandLine.h"
#include <optional>

using namespace llvm;

namespace wasmc {

/// From this many bytes of function bodies on, a module is lowered,
/// optimised and compiled in pieces. Lowered whole, 3 MB of code is about
/// 2 million IR instructions, from which one optimisation pipeline over the
/// whole module costs more time and memory than inlining across pieces is
/// worth: a 30 MB C++ application (27 MB of code, 17 million instructions)
/// took 21 minutes and 7.7 GB at -O2 on one thread. Duktape (650 KB of
/// code) and the bench kernels stay far below, lowered and optimised whole.
/// Both sizes are hidden LLVM options so that tests can lower them
/// (WASMC_LLVM_OPTIONS).
static cl::opt<uint64_t> SplitLoweringSize(
    "wasmc-split-lowering-size", cl::Hidden, cl::init(3000000),
    cl::desc("Bytes of Wasm code from which a module is lowered in pieces"));

/// The size of each piece: about 500,000 IR instructions, large enough that
/// most inlining happens within a piece, small enough that pieces spread
/// over the threads and each one's IR, analyses and machine code stay well
/// under a gigabyte.
static cl::opt<uint64_t> LoweringPieceSize(
    "wasmc-lowering-piece-size", cl::Hidden, cl::init(800000),
    cl::desc("Bytes of Wasm code per piece of a module lowered in pieces"));

/// The most parameters, and the most results, a function may have: the
/// limits of the JS API (and so of every Web engine). The spec sets none, but
/// the code generator's cost grows quadratically with the length of a
/// signature (10000 parameters took minutes and 10000 results gigabytes), so
/// a longer one would let a small module exhaust the compiler.
static constexpr size_t MaxSignatureLength = 1000;

static Error checkSignatureLength(const Module &M, uint32_t FuncIdx,
                                  uint64_t Offset) {
  const FuncType &FT = M.funcType(FuncIdx);
  for (auto [List, What] :
       {std::pair(&FT.Params, "parameters"), std::pair(&FT.Results, "results")})
    if (List->size() > MaxSignatureLength)
      return makeError(Offset, "function " + Twine(FuncIdx) + " has " +
                                   Twine(List->size()) + " " + What +
                                   ", more than wasmc supports (" +
                                   Twine(MaxSignatureLength) + ")");
  return Error::success();
}

/// Functions whose signature is beyond MaxSignatureLength are refused before
/// anything is lowered. Block types and call_indirect of a long type cost
/// only time linear in their length and need no limit.
static Error checkSignatureLengths(const Module &M) {
  uint32_t FuncIdx = 0;
  for (const Import &I : M.Imports)
    if (I.Kind == ExternKind::Func)
      if (Error E = checkSignatureLength(M, FuncIdx++, I.Offset))
        return E;
  for (const FunctionBody &Body : M.Bodies)
    if (Error E = checkSignatureLength(M, FuncIdx++, Body.BodyOffset))
      return E;
  return Error::success();
}

/// A piece declares every function of the module, and calls few of them.
/// The others would cost every module pass a look, and each object an
/// undefined hidden symbol (AsmPrinter marks the visibility of every
/// declaration): 70,000 of them per piece of a 30 MB application.
static void dropUnusedDeclarations(llvm::Module &LM) {
  for (Function &F : make_early_inc_range(LM))
    if (F.isDeclaration() && F.use_empty())
      F.eraseFromParent();
}

LoweringPlan::LoweringPlan(const Module &M, const LowerOptions &Opts)
    : M(&M), Opts(Opts) {}

Expected<LoweringPlan>
LoweringPlan::create(const Module &M, const LowerOptions &Opts, bool MaySplit) {
  if (Error E = checkSignatureLengths(M))
    return std::move(E);
  Expected<CallConventionPlan> Calls = planCallConventions(M);
  if (!Calls)
    return Calls.takeError();
  LoweringPlan P(M, Opts);
  P.Calls = std::make_shared<const CallConventionPlan>(std::move(*Calls));

  const size_t N = M.Bodies.size();
  // A function costs more than its bytes: its declaration, prologue and
  // epilogue, and the per-function set-up of every pass.
  constexpr uint64_t PerFunction = 16;
  uint64_t Total = 0;
  for (const FunctionBody &Body : M.Bodies) {
    P.CodeSize += Body.Code.size();
    Total += Body.Code.size() + PerFunction;
  }
  uint64_t Parts = 1;
  if (MaySplit && P.CodeSize >= SplitLoweringSize && LoweringPieceSize > 0)
    Parts = std::max<uint64_t>(
        1, std::min<uint64_t>(N, (P.CodeSize + LoweringPieceSize - 1) /
                                     LoweringPieceSize));
  // Piece I ends once the functions so far weigh (I + 1) / Parts of the
  // total; integer arithmetic, so the cut is the same on every host. A
  // function larger than a piece ends its piece early rather than leave the
  // next one empty.
  P.Bounds.push_back(0);
  uint64_t Done = 0;
  for (size_t K = 0; K + 1 < N && P.Bounds.size() < Parts; ++K) {
    Done += M.Bodies[K].Code.size() + PerFunction;
    if (Done * Parts >= Total * P.Bounds.size())
      P.Bounds.push_back(K + 1);
  }
  P.Bounds.push_back(N);
  return std::move(P);
}

Expected<std::unique_ptr<llvm::Module>>
LoweringPlan::lower(unsigned Index, LLVMContext &Ctx, const TargetInfo &T,
                    const DataLayout &DL) const {
  assert(Index < pieces() && "no such piece");
  // wasmc_value, the descriptor and the argument slots of trampolines are
  // laid out for little-endian LP64 targets, which every TargetInfo row is.
  assert(DL.isLittleEndian() && DL.getPointerSize() == 8 &&
         "TargetInfo admitted a target that is not little-endian LP64");

  auto LM = std::make_unique<llvm::Module>(Opts.ModuleName, Ctx);
  LM->setSourceFileName(Opts.ModuleName);
  LM->setTargetTriple(T.str());
  LM->setDataLayout(DL);

  ModuleContext MC(*M, *LM, Opts, T);
  std::optional<DebugInfo> DI;
  if (Opts.DebugInfo || Opts.AddressMap) {
    DI.emplace(*M, *LM, Opts.ModuleName, Opts.Optimized,
               Opts.DebugInfo ? DebugInfo::Kind::Full
                              : DebugInfo::Kind::Offsets,
               Opts.DebugInfo ? Opts.Dwarf : nullptr);
    MC.DI = &*DI;
  }
  ModuleLowering ML(MC, *Calls,
                    pieces() == 1 ? GlobalValue::InternalLinkage
                                  : GlobalValue::ExternalLinkage);
  ML.declareFunctions();
  if (Error E = ML.lowerFunctions(Bounds[Index], Bounds[Index + 1]))
    return std::move(E);
  // Entries are Wasm code too (a copy clones its body, subprogram and
  // locations included), so the debug info is completed after them.
  if (DI)
    DI->finalize();
  if (Index + 1 != pieces()) {
    dropUnusedDeclarations(*LM);
    return std::move(LM);
  }

  for (uint32_t F = 0; F < M->NumImportedFuncs; ++F)
    buildImportThunk(MC, F);
  std::vector<Function *> Trampolines;
  for (size_t K = 0; K < M->Exports.size(); ++K) {
    const Export &E = M->Exports[K];
    Trampolines.push_back(
        E.Kind == ExternKind::Func ? buildTrampoline(MC, K, E.Index) : nullptr);
  }
  if (Error E = buildDescriptor(MC, Trampolines))
    return std::move(E);
  if (pieces() > 1)
    dropUnusedDeclarations(*LM);
  return std::move(LM);
}

Expected<std::unique_ptr<llvm::Module>>
lowerModule(const Module &M, LLVMContext &Ctx, const TargetInfo &T,
            const DataLayout &DL, const LowerOptions &Opts) {
  Expected<LoweringPlan> Plan =
      LoweringPlan::create(M, Opts, /*MaySplit=*/false);
  if (!Plan)
    return Plan.takeError();
  return Plan->lower(0, Ctx, T, DL);
}

} // namespace wasmc
