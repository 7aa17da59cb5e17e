//===- ModuleLowering.cpp - Wasm module to LLVM module -------------------===//
#include "lower/ModuleLowering.h"
#include "lower/CallConventions.h"
#include "lower/FunctionLowering.h"

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

void ModuleLowering::declareFunctions() {
  const Module &WM = MC.WM;
  for (size_t K = 0; K < WM.Bodies.size(); ++K) {
    uint32_t FuncIdx = WM.NumImportedFuncs + K;
    // Internal in a module lowered whole: only the descriptor and the
    // trampolines refer to them, and rtlib reaches them through those.
    Function *Fn = Function::Create(MC.nativeType(WM.Bodies[K].TypeIdx),
                                    Linkage, symbolName(FuncIdx), MC.LM);
    // Hidden when external: the symbol links the pieces of this output
    // together and is never visible outside it.
    if (!Fn->hasLocalLinkage())
      Fn->setVisibility(GlobalValue::HiddenVisibility);
    MC.setWasmFunctionAttributes(*Fn);
    MC.markWasmCode(*Fn, FuncIdx, /*Copy=*/false);
    Fn->setCallingConv(Plan.TailBody[K] ? CallingConv::Tail : CallingConv::C);
    MC.Functions.push_back(Fn);
    MC.Entries.push_back(Plan.TailBody[K] ? Fn : nullptr);
    MC.EntryKinds.push_back(EntryKind::None);
  }
  for (size_t K = 0; K < WM.Bodies.size(); ++K) {
    EntryKind Kind = Plan.Entries[K];
    if (Kind == EntryKind::None)
      continue;
    MC.Entries[K] =
        declareTailEntry(MC, WM.NumImportedFuncs + K, Kind, Linkage);
    MC.EntryKinds[K] = Kind;
  }
}

Error ModuleLowering::lowerFunctions(size_t Begin, size_t End) {
  const Module &WM = MC.WM;
  for (size_t K = Begin; K < End; ++K) {
    uint32_t FuncIdx = WM.NumImportedFuncs + K;
    FunctionLowering FL(MC, FuncIdx);
    if (Error E = FL.lower())
      return E;
    if (MC.EntryKinds[K] != EntryKind::None)
      defineTailEntry(MC, FuncIdx, MC.EntryKinds[K], *MC.Entries[K]);
  }
  return Error::success();
}

} // namespace wasmc
