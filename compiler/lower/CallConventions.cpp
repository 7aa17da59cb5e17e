//===- CallConventions.cpp - The calling convention of each body ----------===//
#include "lower/CallConventions.h"
#include "reader/InstrReader.h"
#include <vector>

using namespace llvm;

namespace wasmc {

Expected<CallConventionPlan> planCallConventions(const Module &M) {
  const size_t N = M.Bodies.size();
  const uint32_t NumImported = M.NumImportedFuncs;
  BitVector HasTailCall(N), TailTarget(N), Referenced(N);
  std::vector<uint32_t> DirectCalls(N, 0);

  for (uint32_t FuncIdx : M.DeclaredFuncRefs)
    if (FuncIdx >= NumImported && FuncIdx - NumImported < N)
      Referenced.set(FuncIdx - NumImported);

  Instr I;
  for (size_t K = 0; K < N; ++K) {
    const FunctionBody &Body = M.Bodies[K];
    InstrReader R(Body.Code, Body.CodeOffset, M.Feats);
    while (!R.atEnd()) {
      if (Error E = R.next(I))
        return std::move(E);
      switch (I.Op) {
      case Opcode::Call:
        if (I.A >= NumImported && I.A - NumImported < N)
          ++DirectCalls[I.A - NumImported];
        break;
      case Opcode::ReturnCall:
        HasTailCall.set(K);
        if (I.A >= NumImported && I.A - NumImported < N)
          TailTarget.set(I.A - NumImported);
        break;
      case Opcode::ReturnCallIndirect:
      case Opcode::ReturnCallRef:
        HasTailCall.set(K);
        break;
      default:
        break;
      }
    }
  }

  CallConventionPlan P;
  P.TailBody.resize(N);
  P.Entries.assign(N, EntryKind::None);
  for (size_t K = 0; K < N; ++K) {
    bool Tail = HasTailCall[K] || TailTarget[K] ||
                (Referenced[K] && DirectCalls[K] == 0);
    P.TailBody[K] = Tail;
    if (!Tail && Referenced[K])
      P.Entries[K] = M.Bodies[K].Code.size() <= MaxCopiedBodyBytes
                         ? EntryKind::Copy
                         : EntryKind::Call;
  }
  return std::move(P);
}

} // namespace wasmc
