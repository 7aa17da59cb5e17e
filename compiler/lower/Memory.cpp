//===- Memory.cpp - Loads, stores, memory.size and memory.grow -------------===//
//
// Linear-memory accesses. Each names its memory (the memarg's index, 0
// without multi-memory), reached through memoryBase(Mem): memory 0 through
// its own vmctx fields, the others through vmctx->memories.
//
// Bounds checking has two modes (LowerOptions::Bounds):
//  - Guard: no check at all. The effective address is base + zext(index) +
//    offset with index and offset both below 2^32, so it lies below
//    base + 8 GiB, and rtlib reserves at least that much address space (the
//    inaccessible part as guard pages) for every memory, each its own
//    reservation, so the elision holds for every 32-bit memory. An
//    out-of-bounds access therefore faults on a guard page and the signal
//    handler turns the fault into a trap.
//  - Explicit: compare the end of the access with the current memory size
//    and trap before accessing.
// A 64-bit memory (memory64) is always checked explicitly, whatever the
// mode: no reservation can cover a 64-bit index (effectiveAddress64).
//
// Wasm memory is little-endian; so are all targets wasmc supports (x86-64,
// AArch64), so values are loaded and stored in native byte order.
//
//===----------------------------------------------------------------------===//

#include "lower/FunctionLowering.h"
#include "lower/KeepAlive.h"
#include "llvm/IR/Constants.h"

using namespace llvm;
using namespace wasmc;

namespace {
/// What one load or store opcode moves: the LLVM type in memory and the
/// type on the operand stack (different for the narrow forms).
struct Access {
  Type *MemTy;
  Type *ValTy;
  bool SignExtend; // narrow loads only
};
} // namespace

/// The explicit check of a memory64 access: traps unless Index + Offset +
/// Size <= the memory's current size, in u64 arithmetic without wrapping.
/// K = Offset + Size is a constant. When K is at most the memory's declared
/// minimum size, which the current size never falls below, Size - K cannot
/// wrap and one unsigned compare decides (Index > Size - K); otherwise the
/// sum is checked for overflow as well. Both forms are plain loads and
/// compares, so LLVM can hoist the size load and merge checks of
/// neighbouring accesses.
static void checkMemory64(FunctionLowering &FL, uint32_t Mem, Value *Index,
                          uint64_t Offset, uint64_t Size) {
  IRBuilder<> &B = FL.B;
  uint64_t K;
  if (__builtin_add_overflow(Offset, Size, &K)) {
    FL.trapIf(B.getTrue(), WASMC_TRAP_MEMORY_OUT_OF_BOUNDS);
    return;
  }
  Value *Bytes = FL.memorySizeBytes(Mem);
  const Limits &L = FL.WM.Memories[Mem].Lim;
  uint64_t MinBytes =
      L.Min >= (uint64_t(1) << 48) ? UINT64_MAX : L.Min * WASMC_PAGE_SIZE;
  Value *OOB;
  if (K <= MinBytes) {
    OOB = B.CreateICmpUGT(Index, B.CreateSub(Bytes, FL.i64(K), "mem.limit",
                                             /*HasNUW=*/true),
                          "mem.oob");
  } else {
    Value *End = B.CreateAdd(Index, FL.i64(K), "mem.end");
    OOB = B.CreateOr(B.CreateICmpULT(End, Index, "mem.wrap"),
                     B.CreateICmpUGT(End, Bytes), "mem.oob");
  }
  FL.trapIf(OOB, WASMC_TRAP_MEMORY_OUT_OF_BOUNDS);
}

Value *FunctionLowering::effectiveAddress(uint32_t Mem, Value *Index,
                                          uint64_t Offset, uint64_t Size) {
  Value *Index64 = Index;
  if (WM.Memories[Mem].Lim.Is64) {
    checkMemory64(*this, Mem, Index, Offset, Size);
  } else if (Offset > UINT32_MAX) {
    // Wasm 2.0 offsets are u32, which the guard reservation relies on.
    // Should a larger one ever get here, the access is out of bounds
    // whatever the index (no 32-bit memory exceeds 4 GiB): trap rather than
    // fault outside the reservation.
    trapIf(B.getTrue(), WASMC_TRAP_MEMORY_OUT_OF_BOUNDS);
    Offset = 0;
    Index64 = B.CreateZExt(Index, MC.I64Ty);
  } else {
    Index64 = B.CreateZExt(Index, MC.I64Ty);
    if (MC.Opts.Bounds == BoundsChecks::Explicit) {
      // Index, offset and size are all below 2^32: the i64 sum cannot wrap.
      Value *End = B.CreateAdd(Index64, i64(Offset + Size), "mem.end",
                               /*HasNUW=*/true, /*HasNSW=*/true);
      trapIf(B.CreateICmpUGT(End, memorySizeBytes(Mem)),
             WASMC_TRAP_MEMORY_OUT_OF_BOUNDS);
    }
  }

  // inbounds + nuw: the byte offset is an unsigned value below 2^33 (for
  // memory64, below the checked size, so the flags hold too). In guard mode base + 2^33 stays inside the memory's reservation, which is
  // one allocated object from LLVM's point of view (an accessible prefix and
  // guard pages, mapped as a unit). In explicit mode the address is only
  // used after the check proved it below base + size; if LLVM hoists the GEP
  // above the check, an out-of-range result is merely poison that nothing
  // uses. The flags let LLVM fold the index and offset into addressing modes
  // and reason about aliasing. Index and offset are separate GEPs so that
  // accesses to different fields off the same index share base + index.
  Value *Addr = B.CreateGEP(MC.I8Ty, memoryBase(Mem), Index64, "mem.idx",
                            GEPNoWrapFlags::all());
  if (Offset != 0)
    Addr = B.CreateGEP(MC.I8Ty, Addr, i64(Offset), "mem.addr",
                       GEPNoWrapFlags::all());
  return Addr;
}

static void lowerLoad(FunctionLowering &FL, const Instr &I, Access A) {
  IRBuilder<> &B = FL.B;
  const DataLayout &DL = FL.MC.LM.getDataLayout();
  Value *Index = FL.pop();
  uint64_t Size = DL.getTypeStoreSize(A.MemTy);
  Value *Addr = FL.effectiveAddress(I.Mem.Memory, Index, I.Mem.Offset, Size);
  // The alignment immediate is only a hint: misaligned accesses are valid,
  // so never promise more than byte alignment.
  LoadInst *L = B.CreateAlignedLoad(A.MemTy, Addr, Align(1));
  FL.markLinearMemory(L);
  FL.keepLoad(L, I.Mem.Memory);
  Value *V = L;
  if (A.MemTy != A.ValTy)
    V = A.SignExtend ? B.CreateSExt(V, A.ValTy) : B.CreateZExt(V, A.ValTy);
  FL.push(V);
}

static void lowerStore(FunctionLowering &FL, const Instr &I, Type *MemTy) {
  IRBuilder<> &B = FL.B;
  const DataLayout &DL = FL.MC.LM.getDataLayout();
  Value *V = FL.pop();
  Value *Index = FL.pop();
  if (V->getType() != MemTy)
    V = B.CreateTrunc(V, MemTy);
  uint64_t Size = DL.getTypeStoreSize(MemTy);
  Value *Addr = FL.effectiveAddress(I.Mem.Memory, Index, I.Mem.Offset, Size);
  StoreInst *S = B.CreateAlignedStore(V, Addr, Align(1));
  FL.markLinearMemory(S);
}

void FunctionLowering::keepLoad(LoadInst *L, uint32_t Mem) {
  // In explicit mode, and for every 64-bit memory, the compare-and-branch
  // traps whether or not the load survives.
  if (MC.Opts.Bounds == BoundsChecks::Guard && !WM.Memories[Mem].Lim.Is64)
    emitKeepAlive(B, L);
}

bool FunctionLowering::lowerMemory(const Instr &I) {
  IntegerType *I8 = MC.I8Ty, *I16 = MC.I16Ty, *I32 = MC.I32Ty, *I64 = MC.I64Ty;
  Type *F32 = MC.F32Ty, *F64 = MC.F64Ty;
  switch (I.Op) {
  case Opcode::I32Load:
    lowerLoad(*this, I, {I32, I32, false});
    return true;
  case Opcode::I64Load:
    lowerLoad(*this, I, {I64, I64, false});
    return true;
  case Opcode::F32Load:
    lowerLoad(*this, I, {F32, F32, false});
    return true;
  case Opcode::F64Load:
    lowerLoad(*this, I, {F64, F64, false});
    return true;
  case Opcode::I32Load8S:
    lowerLoad(*this, I, {I8, I32, true});
    return true;
  case Opcode::I32Load8U:
    lowerLoad(*this, I, {I8, I32, false});
    return true;
  case Opcode::I32Load16S:
    lowerLoad(*this, I, {I16, I32, true});
    return true;
  case Opcode::I32Load16U:
    lowerLoad(*this, I, {I16, I32, false});
    return true;
  case Opcode::I64Load8S:
    lowerLoad(*this, I, {I8, I64, true});
    return true;
  case Opcode::I64Load8U:
    lowerLoad(*this, I, {I8, I64, false});
    return true;
  case Opcode::I64Load16S:
    lowerLoad(*this, I, {I16, I64, true});
    return true;
  case Opcode::I64Load16U:
    lowerLoad(*this, I, {I16, I64, false});
    return true;
  case Opcode::I64Load32S:
    lowerLoad(*this, I, {I32, I64, true});
    return true;
  case Opcode::I64Load32U:
    lowerLoad(*this, I, {I32, I64, false});
    return true;

  case Opcode::I32Store:
  case Opcode::I64Store:
  case Opcode::F32Store:
  case Opcode::F64Store:
    lowerStore(*this, I, peek()->getType());
    return true;
  case Opcode::I32Store8:
  case Opcode::I64Store8:
    lowerStore(*this, I, I8);
    return true;
  case Opcode::I32Store16:
  case Opcode::I64Store16:
    lowerStore(*this, I, I16);
    return true;
  case Opcode::I64Store32:
    lowerStore(*this, I, I32);
    return true;

  case Opcode::MemorySize: {
    // The byte size is a multiple of the page size; for a 32-bit memory at
    // most 2^32, so the page count fits in i32 (65536 pages is 0x10000).
    Value *Pages = B.CreateLShr(memorySizeBytes(I.A), 16, "mem.pages");
    push(WM.Memories[I.A].Lim.Is64 ? Pages : B.CreateTrunc(Pages, I32));
    return true;
  }
  case Opcode::MemoryGrow: {
    // rtlib commits the pages and updates the size that memorySizeBytes()
    // reloads; the base never moves, so memoryBase(I.A) stays valid. It
    // takes and returns 64-bit page counts; -1 truncates to i32 -1.
    Value *Delta = pop();
    Value *Old = B.CreateCall(MC.runtime(RuntimeFn::MemoryGrow),
                              {VMCtx, i32(I.A), B.CreateZExt(Delta, I64)},
                              "mem.grow");
    push(WM.Memories[I.A].Lim.Is64 ? Old : B.CreateTrunc(Old, I32));
    return true;
  }

  default:
    return false;
  }
}
