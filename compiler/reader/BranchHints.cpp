//===- BranchHints.cpp - The metadata.code.branch_hint section ------------===//
//
// The branch-hinting proposal (Wasm 3.0's custom sections appendix): a
// custom section that says, per `if` and `br_if`, whether its condition is
// likely true or likely false. Its payload is
//
//   vec(funcidx vec(offset:u32 size:u32 hint:byte))
//
// where offset counts from the start of the function's local declarations,
// size is 1 and hint is 0 (likely false) or 1 (likely true). Function
// indices and, per function, offsets are strictly increasing, and every
// offset must be that of an `if` or `br_if` opcode.
//
// Hints change no semantics, and errors in a custom section must not make a
// module malformed or invalid, so any error drops the whole section with one
// warning (like the reference interpreter, which rejects the whole section).
// Keeping the hints before the error would trust a section already known to
// be wrong: a producer whose offsets are off by one gets no hints at all
// rather than hints on the wrong branches.
//
//===----------------------------------------------------------------------===//
#include "reader/InstrReader.h"
#include "reader/SectionReaders.h"
#include "support/Diagnostic.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace wasmc {

namespace {
/// Walks one function body alongside its hints, which come in increasing
/// offset order, so each body is decoded at most once.
class HintTargets {
public:
  HintTargets(const FunctionBody &Body, Features Feats)
      : IR(Body.Code, Body.CodeOffset, Feats) {}

  /// Whether an `if` or `br_if` starts at file offset Target, which is
  /// greater than that of the previous call.
  Expected<bool> isBranchAt(uint64_t Target) {
    while (!Done && (!Valid || I.Offset < Target)) {
      if (IR.atEnd()) {
        Done = true;
        break;
      }
      if (Error E = IR.next(I))
        return std::move(E);
      Valid = true;
    }
    return Valid && I.Offset == Target &&
           (I.Op == Opcode::If || I.Op == Opcode::BrIf);
  }

private:
  InstrReader IR;
  Instr I;
  bool Valid = false; // I holds a decoded instruction
  bool Done = false;  // no instruction left
};
} // namespace

static Error readFunctionHints(ByteReader &R, const Module &M,
                               const FunctionBody &Body,
                               std::vector<BranchHint> &Out) {
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  // Each hint takes at least three bytes.
  Out.reserve(boundedReserve(Count, R, 3));
  HintTargets Targets(Body, M.Feats);
  std::optional<uint32_t> Prev;
  for (uint32_t N = 0; N < Count; ++N) {
    uint64_t At = R.offset();
    uint32_t Offset, Size;
    if (Error E = R.readVarU32(Offset))
      return E;
    if (Prev && Offset <= *Prev)
      return makeError(At, "branch hint offsets out of order");
    Prev = Offset;
    if (Error E = R.readVarU32(Size))
      return E;
    if (Size != 1)
      return makeError(At, "branch hint of " + Twine(Size) +
                               " bytes (a hint is 1 byte)");
    uint8_t Hint;
    if (Error E = R.readByte(Hint))
      return E;
    if (Hint > 1)
      return makeError(At, "invalid branch hint value " + Twine(unsigned(Hint)));
    uint64_t Target = Body.DeclOffset + Offset;
    Expected<bool> IsBranch = Targets.isBranchAt(Target);
    if (!IsBranch)
      return IsBranch.takeError();
    if (!*IsBranch)
      return makeError(At, "branch hint at body offset " + Twine(Offset) +
                               " (file offset 0x" + utohexstr(Target, true) +
                               ") is not on an if or br_if");
    Out.push_back({Target, Hint == 1});
  }
  return Error::success();
}

static Error readHintSection(ByteReader &R, const Module &M,
                             std::vector<std::vector<BranchHint>> &Hints) {
  uint32_t Count;
  if (Error E = R.readVarU32(Count))
    return E;
  std::optional<uint32_t> Prev;
  for (uint32_t N = 0; N < Count; ++N) {
    uint64_t At = R.offset();
    uint32_t FuncIdx;
    if (Error E = R.readVarU32(FuncIdx))
      return E;
    if (Prev && FuncIdx <= *Prev)
      return makeError(At, "branch hint function indices out of order");
    Prev = FuncIdx;
    if (FuncIdx >= M.FuncTypes.size())
      return makeError(At, "branch hints for function " + Twine(FuncIdx) +
                               ", which does not exist");
    if (M.isImportedFunc(FuncIdx))
      return makeError(At, "branch hints for function " + Twine(FuncIdx) +
                               ", which is imported");
    uint32_t Defined = FuncIdx - M.NumImportedFuncs;
    if (Error E = readFunctionHints(R, M, M.Bodies[Defined], Hints[Defined]))
      return E;
  }
  if (!R.atEnd())
    return R.errorHere("unexpected bytes after the last branch hint");
  return Error::success();
}

void readBranchHints(ReadState &S) {
  if (!S.BranchHintPayload)
    return;
  Module &M = S.M;
  ByteReader R(*S.BranchHintPayload, S.BranchHintOffset);
  // Committed only if the whole section is good.
  std::vector<std::vector<BranchHint>> Hints(M.Bodies.size());
  if (Error E = readHintSection(R, M, Hints)) {
    uint64_t Offset = S.BranchHintOffset;
    std::string Msg;
    handleAllErrors(
        std::move(E),
        [&](const WasmError &W) {
          Offset = W.offset();
          Msg = W.message();
        },
        [&](const ErrorInfoBase &Other) { Msg = Other.message(); });
    M.Warnings.push_back({Offset, (Twine("ignoring the ") +
                                   BranchHintSectionName + " section: " + Msg)
                                      .str()});
    return;
  }
  for (size_t K = 0; K < Hints.size(); ++K)
    M.Bodies[K].BranchHints = std::move(Hints[K]);
}

} // namespace wasmc
