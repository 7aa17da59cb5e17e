//===- SimdMemory.cpp - v128 loads and stores -----------------------------===//
//
// v128.load/store, the extending loads (load8x8_s ...), the splatting and
// zero-filling loads, and the single-lane loads and stores. Addresses and
// bounds checks are those of the scalar accesses
// (FunctionLowering::effectiveAddress, Memory.cpp): in explicit mode the
// check covers the bytes actually accessed (8 for load8x8_s, 1 for
// load8_lane ...), which is what the spec bounds.
//
// Every access is byte-aligned: the alignment immediate is only a hint.
//
//===----------------------------------------------------------------------===//
#include "lower/Simd.h"
#include "llvm/IR/Constants.h"

using namespace llvm;

namespace wasmc::simd {

/// Loads a MemTy at the popped address.
static LoadInst *loadAt(FunctionLowering &FL, const Instr &I, Type *MemTy) {
  const DataLayout &DL = FL.MC.LM.getDataLayout();
  Value *Index = FL.pop();
  Value *Addr =
      FL.effectiveAddress(I.Mem.Memory, Index, I.Mem.Offset,
                          DL.getTypeStoreSize(MemTy));
  LoadInst *L = FL.B.CreateAlignedLoad(MemTy, Addr, Align(1));
  FL.markLinearMemory(L);
  FL.keepLoad(L, I.Mem.Memory);
  return L;
}

/// Stores V at Index + the offset immediate (both already popped).
static void storeAt(FunctionLowering &FL, const Instr &I, Value *Index,
                    Value *V) {
  const DataLayout &DL = FL.MC.LM.getDataLayout();
  Value *Addr = FL.effectiveAddress(I.Mem.Memory, Index, I.Mem.Offset,
                                    DL.getTypeStoreSize(V->getType()));
  StoreInst *S = FL.B.CreateAlignedStore(V, Addr, Align(1));
  FL.markLinearMemory(S);
}

/// load8x8_s and friends: N narrow lanes, each extended to twice its width.
static void lowerLoadExtend(FunctionLowering &FL, const Instr &I,
                            IntegerType *Narrow, bool Signed) {
  unsigned Lanes = 64 / Narrow->getBitWidth();
  Value *V = loadAt(FL, I, FixedVectorType::get(Narrow, Lanes));
  Type *WideTy =
      FixedVectorType::get(FL.B.getIntNTy(2 * Narrow->getBitWidth()), Lanes);
  pushV128(FL,
           Signed ? FL.B.CreateSExt(V, WideTy) : FL.B.CreateZExt(V, WideTy));
}

static void lowerLoadSplat(FunctionLowering &FL, const Instr &I,
                           IntegerType *LaneTy) {
  Value *V = loadAt(FL, I, LaneTy);
  pushV128(FL, FL.B.CreateVectorSplat(128 / LaneTy->getBitWidth(), V));
}

/// load32_zero/load64_zero: the value in lane 0, zeros above.
static void lowerLoadZero(FunctionLowering &FL, const Instr &I,
                          IntegerType *LaneTy) {
  Value *V = loadAt(FL, I, LaneTy);
  auto *VecTy = FixedVectorType::get(LaneTy, 128 / LaneTy->getBitWidth());
  pushV128(FL, FL.B.CreateInsertElement(Constant::getNullValue(VecTy), V,
                                        uint64_t(0)));
}

static void lowerLoadLane(FunctionLowering &FL, const Instr &I,
                          IntegerType *LaneTy) {
  auto *VecTy = FixedVectorType::get(LaneTy, 128 / LaneTy->getBitWidth());
  Value *Vec = popAs(FL, VecTy);
  Value *V = loadAt(FL, I, LaneTy);
  pushV128(FL, FL.B.CreateInsertElement(Vec, V, uint64_t(I.Lane)));
}

static void lowerStoreLane(FunctionLowering &FL, const Instr &I,
                           IntegerType *LaneTy) {
  auto *VecTy = FixedVectorType::get(LaneTy, 128 / LaneTy->getBitWidth());
  Value *Vec = popAs(FL, VecTy);
  Value *Index = FL.pop();
  storeAt(FL, I, Index, FL.B.CreateExtractElement(Vec, uint64_t(I.Lane)));
}

bool lowerSimdMemory(FunctionLowering &FL, const Instr &I) {
  ModuleContext &MC = FL.MC;
  IntegerType *I8 = MC.I8Ty, *I16 = MC.I16Ty, *I32 = MC.I32Ty, *I64 = MC.I64Ty;
  switch (I.Op) {
  case Opcode::V128Load:
    FL.push(loadAt(FL, I, MC.V128Ty));
    return true;
  case Opcode::V128Store: {
    Value *V = FL.pop();
    Value *Index = FL.pop();
    storeAt(FL, I, Index, V);
    return true;
  }

  case Opcode::V128Load8x8S:
    lowerLoadExtend(FL, I, I8, true);
    return true;
  case Opcode::V128Load8x8U:
    lowerLoadExtend(FL, I, I8, false);
    return true;
  case Opcode::V128Load16x4S:
    lowerLoadExtend(FL, I, I16, true);
    return true;
  case Opcode::V128Load16x4U:
    lowerLoadExtend(FL, I, I16, false);
    return true;
  case Opcode::V128Load32x2S:
    lowerLoadExtend(FL, I, I32, true);
    return true;
  case Opcode::V128Load32x2U:
    lowerLoadExtend(FL, I, I32, false);
    return true;

  case Opcode::V128Load8Splat:
    lowerLoadSplat(FL, I, I8);
    return true;
  case Opcode::V128Load16Splat:
    lowerLoadSplat(FL, I, I16);
    return true;
  case Opcode::V128Load32Splat:
    lowerLoadSplat(FL, I, I32);
    return true;
  case Opcode::V128Load64Splat:
    lowerLoadSplat(FL, I, I64);
    return true;

  case Opcode::V128Load32Zero:
    lowerLoadZero(FL, I, I32);
    return true;
  case Opcode::V128Load64Zero:
    lowerLoadZero(FL, I, I64);
    return true;

  case Opcode::V128Load8Lane:
    lowerLoadLane(FL, I, I8);
    return true;
  case Opcode::V128Load16Lane:
    lowerLoadLane(FL, I, I16);
    return true;
  case Opcode::V128Load32Lane:
    lowerLoadLane(FL, I, I32);
    return true;
  case Opcode::V128Load64Lane:
    lowerLoadLane(FL, I, I64);
    return true;
  case Opcode::V128Store8Lane:
    lowerStoreLane(FL, I, I8);
    return true;
  case Opcode::V128Store16Lane:
    lowerStoreLane(FL, I, I16);
    return true;
  case Opcode::V128Store32Lane:
    lowerStoreLane(FL, I, I32);
    return true;
  case Opcode::V128Store64Lane:
    lowerStoreLane(FL, I, I64);
    return true;

  default:
    return false;
  }
}

} // namespace wasmc::simd
