//===- ModuleLowering.cpp - Wasm module to LLVM module -------------------===//
#include "lower/ModuleLowering.h"
#include "lower/CallConventions.h"
#include "lower/DebugInfo.h"
#include "lower/FunctionLowering.h"
#include "lower/Lowering.h"
#include "support/Diagnostic.h"
#include <optional>

using namespace llvm;

namespace wasmc {

/// Profilers and disassemblers read the symbol table: with GuestSymbols a
/// body's symbol is "wasm:" + its name (name section or DWARF). The prefix
/// keeps guest names from ever meeting C ones (a guest `memcpy` must not
/// become the symbol a libc call the code generator emits binds to); LLVM
/// numbers any duplicates apart.
std::string ModuleLowering::symbolName(uint32_t FuncIdx) const {
  auto Name = MC.WM.FuncNames.find(FuncIdx);
  if (MC.Opts.GuestSymbols && Name != MC.WM.FuncNames.end() &&
      !Name->second.empty())
    return "wasm:" + Name->second;
  return ("wasm_func_" + Twine(FuncIdx)).str();
}

Error ModuleLowering::declareFunctions() {
  const Module &WM = MC.WM;
  Expected<CallConventionPlan> P = planCallConventions(WM);
  if (!P)
    return P.takeError();
  Plan = std::move(*P);
  for (size_t K = 0; K < WM.Bodies.size(); ++K) {
    uint32_t FuncIdx = WM.NumImportedFuncs + K;
    // Internal: only the descriptor and the trampolines refer to them, and
    // rtlib reaches them through those.
    Function *Fn = Function::Create(MC.nativeType(WM.Bodies[K].TypeIdx),
                                    GlobalValue::InternalLinkage,
                                    symbolName(FuncIdx), MC.LM);
    MC.setWasmFunctionAttributes(*Fn);
    MC.markWasmCode(*Fn, FuncIdx, /*Copy=*/false);
    Fn->setCallingConv(Plan.TailBody[K] ? CallingConv::Tail
                                        : CallingConv::C);
    MC.Functions.push_back(Fn);
    MC.Entries.push_back(Plan.TailBody[K] ? Fn : nullptr);
    MC.EntryKinds.push_back(EntryKind::None);
  }
  return Error::success();
}

void ModuleLowering::buildEntries() {
  const Module &WM = MC.WM;
  for (size_t K = 0; K < WM.Bodies.size(); ++K) {
    EntryKind Kind = Plan.Entries[K];
    if (Kind == EntryKind::None)
      continue;
    MC.Entries[K] = buildTailEntry(MC, WM.NumImportedFuncs + K, Kind);
    MC.EntryKinds[K] = Kind;
  }
}

Error ModuleLowering::lowerFunctions() {
  const Module &WM = MC.WM;
  for (size_t K = 0; K < WM.Bodies.size(); ++K) {
    FunctionLowering FL(MC, WM.NumImportedFuncs + K);
    if (Error E = FL.lower())
      return E;
  }
  return Error::success();
}

/// The most parameters, and the most results, a function may have: the
/// limits of the JS API (and so of every Web engine). The spec sets none, but
/// the code generator's cost grows quadratically with the length of a
/// signature (10000 parameters took minutes and 10000 results gigabytes), so
/// a longer one would let a small module exhaust the compiler.
static constexpr size_t MaxSignatureLength = 1000;

static Error checkSignatureLength(const Module &M, uint32_t FuncIdx,
                                  uint64_t Offset) {
  const FuncType &FT = M.funcType(FuncIdx);
  for (auto [List, What] : {std::pair(&FT.Params, "parameters"),
                            std::pair(&FT.Results, "results")})
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

Expected<std::unique_ptr<llvm::Module>>
lowerModule(const Module &M, LLVMContext &Ctx, const TargetInfo &T,
            const DataLayout &DL, const LowerOptions &Opts) {
  // wasmc_value, the descriptor and the argument slots of trampolines are
  // laid out for little-endian LP64 targets, which every TargetInfo row is.
  assert(DL.isLittleEndian() && DL.getPointerSize() == 8 &&
         "TargetInfo admitted a target that is not little-endian LP64");
  if (Error E = checkSignatureLengths(M))
    return std::move(E);

  auto LM = std::make_unique<llvm::Module>(Opts.ModuleName, Ctx);
  LM->setSourceFileName(Opts.ModuleName);
  LM->setTargetTriple(T.str());
  LM->setDataLayout(DL);

  ModuleContext MC(M, *LM, Opts, T);
  std::optional<DebugInfo> DI;
  if (Opts.DebugInfo || Opts.AddressMap) {
    DI.emplace(M, *LM, Opts.ModuleName, Opts.Optimized,
               Opts.DebugInfo ? DebugInfo::Kind::Full
                              : DebugInfo::Kind::Offsets,
               Opts.DebugInfo ? Opts.Dwarf : nullptr);
    MC.DI = &*DI;
  }
  ModuleLowering ML(MC);
  if (Error E = ML.declareFunctions())
    return std::move(E);
  if (Error E = ML.lowerFunctions())
    return std::move(E);
  // Entries are Wasm code too (a copy clones its body, subprogram and
  // locations included), so the debug info is completed after them.
  ML.buildEntries();
  if (DI)
    DI->finalize();

  for (uint32_t F = 0; F < M.NumImportedFuncs; ++F)
    buildImportThunk(MC, F);

  std::vector<Function *> Trampolines;
  for (size_t K = 0; K < M.Exports.size(); ++K) {
    const Export &E = M.Exports[K];
    Trampolines.push_back(E.Kind == ExternKind::Func
                              ? buildTrampoline(MC, K, E.Index)
                              : nullptr);
  }
  if (Error E = buildDescriptor(MC, Trampolines))
    return std::move(E);

  return std::move(LM);
}

} // namespace wasmc
