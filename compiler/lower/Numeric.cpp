//===- Numeric.cpp - Constants, compares and arithmetic ---------------------===//
//
// Lowers the numeric instructions of the MVP: constants, integer and float
// comparisons and arithmetic. Almost everything maps onto plain IR or an
// intrinsic whose LLVM semantics are the Wasm ones; the only control flow is
// the trap checks of integer division. No fast-math flags are ever set, so
// LLVM keeps IEEE semantics (NaN propagation, signed zeros, rounding). The
// one gap is NaN quieting, which LLVM does not promise and Wasm requires of
// arithmetic: min/max and the operations LLVM folds to identities quiet
// their NaN results explicitly (FloatSemantics.h).
//
//===----------------------------------------------------------------------===//

#include "lower/FloatSemantics.h"
#include "lower/FunctionLowering.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Intrinsics.h"

using namespace llvm;
using namespace wasmc;

static bool isFalse(Value *V) {
  auto *C = dyn_cast<ConstantInt>(V);
  return C && C->isZero();
}

/// Folds the trap check away when IRBuilder already proved the condition
/// false (division by a non-zero constant), so that the common case emits no
/// branch at all even at -O0.
static void trapIfNotFalse(FunctionLowering &FL, Value *Cond,
                           wasmc_trap_code Code) {
  if (!isFalse(Cond))
    FL.trapIf(Cond, Code);
}

static Value *boolToI32(FunctionLowering &FL, Value *Bit) {
  return FL.B.CreateZExt(Bit, FL.MC.I32Ty);
}

static bool lowerIntCompare(FunctionLowering &FL, CmpInst::Predicate P) {
  Value *R = FL.pop();
  Value *L = FL.pop();
  FL.push(boolToI32(FL, FL.B.CreateICmp(P, L, R)));
  return true;
}

static bool lowerFloatCompare(FunctionLowering &FL, CmpInst::Predicate P) {
  Value *R = FL.pop();
  Value *L = FL.pop();
  FL.push(boolToI32(FL, FL.B.CreateFCmp(P, L, R)));
  return true;
}

static bool lowerBinary(FunctionLowering &FL, Instruction::BinaryOps Op) {
  Value *R = FL.pop();
  Value *L = FL.pop();
  FL.push(FL.B.CreateBinOp(Op, L, R));
  return true;
}

/// Float add/sub/mul/div. Where LLVM may fold the operation away (see
/// mayFoldToIdentity), the result is quieted explicitly so that a
/// signalling NaN operand still yields a quiet NaN.
static bool lowerFloatBinary(FunctionLowering &FL, Instruction::BinaryOps Op) {
  Value *R = FL.pop();
  Value *L = FL.pop();
  Value *V = FL.B.CreateBinOp(Op, L, R);
  if (mayFoldToIdentity(Op, L, R))
    V = quietNaN(FL.B, V);
  FL.push(V);
  return true;
}

/// Wasm fmin/fmax. llvm.minimum/maximum have the right ordering (NaN wins,
/// -0 < +0) but x86 returns a NaN operand without quieting it, so a NaN
/// result comes from a + b instead, which yields a quiet NaN.
static bool lowerMinMax(FunctionLowering &FL, Intrinsic::ID ID) {
  IRBuilder<> &B = FL.B;
  Value *R = FL.pop();
  Value *L = FL.pop();
  Value *V = B.CreateBinaryIntrinsic(ID, L, R);
  FL.push(B.CreateSelect(B.CreateFCmpUNO(L, R), B.CreateFAdd(L, R), V));
  return true;
}

static bool lowerBinaryIntrinsic(FunctionLowering &FL, Intrinsic::ID ID) {
  Value *R = FL.pop();
  Value *L = FL.pop();
  FL.push(FL.B.CreateBinaryIntrinsic(ID, L, R));
  return true;
}

static bool lowerUnaryIntrinsic(FunctionLowering &FL, Intrinsic::ID ID) {
  FL.push(FL.B.CreateUnaryIntrinsic(ID, FL.pop()));
  return true;
}

/// clz/ctz: the Wasm result for 0 is the bit width, so the "zero is poison"
/// flag must be false.
static bool lowerCountZeros(FunctionLowering &FL, Intrinsic::ID ID) {
  Value *V = FL.pop();
  FL.push(FL.B.CreateBinaryIntrinsic(ID, V, FL.B.getFalse()));
  return true;
}

/// Wasm takes the shift count modulo the bit width; LLVM shifts by >= the
/// width are poison, so mask explicitly (x86 masks in hardware and the and
/// folds away in instruction selection).
static bool lowerShift(FunctionLowering &FL, Instruction::BinaryOps Op) {
  Value *R = FL.pop();
  Value *L = FL.pop();
  unsigned Bits = L->getType()->getIntegerBitWidth();
  Value *Count = FL.B.CreateAnd(R, ConstantInt::get(R->getType(), Bits - 1));
  FL.push(FL.B.CreateBinOp(Op, L, Count));
  return true;
}

/// Rotates are funnel shifts of a value with itself; the intrinsics already
/// take the count modulo the width.
static bool lowerRotate(FunctionLowering &FL, Intrinsic::ID ID) {
  Value *R = FL.pop();
  Value *L = FL.pop();
  FL.push(FL.B.CreateIntrinsic(ID, {L->getType()}, {L, L, R}));
  return true;
}

/// div_s, div_u, rem_s, rem_u. A zero divisor traps; div_s of INT_MIN by -1
/// overflows and traps; rem_s of INT_MIN by -1 is 0 per the spec but is
/// undefined in LLVM IR (and faults in x86 idiv), so that case divides by 1
/// instead: x rem 1 == x rem -1 == 0 for every x.
static bool lowerDivRem(FunctionLowering &FL, Instruction::BinaryOps Op) {
  IRBuilder<> &B = FL.B;
  Value *R = FL.pop();
  Value *L = FL.pop();
  Type *Ty = L->getType();
  unsigned Bits = Ty->getIntegerBitWidth();

  trapIfNotFalse(FL, B.CreateICmpEQ(R, ConstantInt::get(Ty, 0)),
                 WASMC_TRAP_INT_DIV_BY_ZERO);
  Value *MinusOne = ConstantInt::getAllOnesValue(Ty);
  if (Op == Instruction::SDiv) {
    Value *IsMin =
        B.CreateICmpEQ(L, ConstantInt::get(Ty, APInt::getSignedMinValue(Bits)));
    Value *IsMinusOne = B.CreateICmpEQ(R, MinusOne);
    // IRBuilder folds `and x, true` but not `and x, false`: skip the check
    // outright when either operand is a constant that rules overflow out.
    if (!isFalse(IsMin) && !isFalse(IsMinusOne))
      trapIfNotFalse(FL, B.CreateAnd(IsMin, IsMinusOne),
                     WASMC_TRAP_INT_OVERFLOW);
  } else if (Op == Instruction::SRem) {
    // IRBuilder folds this away for a constant divisor.
    R = B.CreateSelect(B.CreateICmpEQ(R, MinusOne), ConstantInt::get(Ty, 1), R);
  }
  FL.push(B.CreateBinOp(Op, L, R));
  return true;
}

static Constant *floatFromBits(LLVMContext &Ctx, bool Is64, uint64_t Bits) {
  // Built from the raw bits, never from a host double, so that NaN payloads
  // and signalling NaNs survive exactly.
  if (Is64)
    return ConstantFP::get(Ctx, APFloat(APFloat::IEEEdouble(), APInt(64, Bits)));
  return ConstantFP::get(
      Ctx, APFloat(APFloat::IEEEsingle(), APInt(32, Bits & 0xFFFFFFFFu)));
}

bool FunctionLowering::lowerNumeric(const Instr &I) {
  LLVMContext &Ctx = MC.Ctx;
  switch (I.Op) {
  // Constants.
  case Opcode::I32Const:
    push(i32(I.Imm & 0xFFFFFFFFu));
    return true;
  case Opcode::I64Const:
    push(i64(I.Imm));
    return true;
  case Opcode::F32Const:
    push(floatFromBits(Ctx, /*Is64=*/false, I.Imm));
    return true;
  case Opcode::F64Const:
    push(floatFromBits(Ctx, /*Is64=*/true, I.Imm));
    return true;

  // Integer comparisons.
  case Opcode::I32Eqz:
  case Opcode::I64Eqz: {
    Value *V = pop();
    push(boolToI32(*this, B.CreateICmpEQ(V, ConstantInt::get(V->getType(), 0))));
    return true;
  }
  case Opcode::I32Eq:
  case Opcode::I64Eq:
    return lowerIntCompare(*this, CmpInst::ICMP_EQ);
  case Opcode::I32Ne:
  case Opcode::I64Ne:
    return lowerIntCompare(*this, CmpInst::ICMP_NE);
  case Opcode::I32LtS:
  case Opcode::I64LtS:
    return lowerIntCompare(*this, CmpInst::ICMP_SLT);
  case Opcode::I32LtU:
  case Opcode::I64LtU:
    return lowerIntCompare(*this, CmpInst::ICMP_ULT);
  case Opcode::I32GtS:
  case Opcode::I64GtS:
    return lowerIntCompare(*this, CmpInst::ICMP_SGT);
  case Opcode::I32GtU:
  case Opcode::I64GtU:
    return lowerIntCompare(*this, CmpInst::ICMP_UGT);
  case Opcode::I32LeS:
  case Opcode::I64LeS:
    return lowerIntCompare(*this, CmpInst::ICMP_SLE);
  case Opcode::I32LeU:
  case Opcode::I64LeU:
    return lowerIntCompare(*this, CmpInst::ICMP_ULE);
  case Opcode::I32GeS:
  case Opcode::I64GeS:
    return lowerIntCompare(*this, CmpInst::ICMP_SGE);
  case Opcode::I32GeU:
  case Opcode::I64GeU:
    return lowerIntCompare(*this, CmpInst::ICMP_UGE);

  // Float comparisons: every one except `ne` is false on NaN (ordered);
  // `ne` is true on NaN (unordered).
  case Opcode::F32Eq:
  case Opcode::F64Eq:
    return lowerFloatCompare(*this, CmpInst::FCMP_OEQ);
  case Opcode::F32Ne:
  case Opcode::F64Ne:
    return lowerFloatCompare(*this, CmpInst::FCMP_UNE);
  case Opcode::F32Lt:
  case Opcode::F64Lt:
    return lowerFloatCompare(*this, CmpInst::FCMP_OLT);
  case Opcode::F32Gt:
  case Opcode::F64Gt:
    return lowerFloatCompare(*this, CmpInst::FCMP_OGT);
  case Opcode::F32Le:
  case Opcode::F64Le:
    return lowerFloatCompare(*this, CmpInst::FCMP_OLE);
  case Opcode::F32Ge:
  case Opcode::F64Ge:
    return lowerFloatCompare(*this, CmpInst::FCMP_OGE);

  // Integer arithmetic.
  case Opcode::I32Clz:
  case Opcode::I64Clz:
    return lowerCountZeros(*this, Intrinsic::ctlz);
  case Opcode::I32Ctz:
  case Opcode::I64Ctz:
    return lowerCountZeros(*this, Intrinsic::cttz);
  case Opcode::I32Popcnt:
  case Opcode::I64Popcnt:
    return lowerUnaryIntrinsic(*this, Intrinsic::ctpop);
  case Opcode::I32Add:
  case Opcode::I64Add:
    return lowerBinary(*this, Instruction::Add);
  case Opcode::I32Sub:
  case Opcode::I64Sub:
    return lowerBinary(*this, Instruction::Sub);
  case Opcode::I32Mul:
  case Opcode::I64Mul:
    return lowerBinary(*this, Instruction::Mul);
  case Opcode::I32DivS:
  case Opcode::I64DivS:
    return lowerDivRem(*this, Instruction::SDiv);
  case Opcode::I32DivU:
  case Opcode::I64DivU:
    return lowerDivRem(*this, Instruction::UDiv);
  case Opcode::I32RemS:
  case Opcode::I64RemS:
    return lowerDivRem(*this, Instruction::SRem);
  case Opcode::I32RemU:
  case Opcode::I64RemU:
    return lowerDivRem(*this, Instruction::URem);
  case Opcode::I32And:
  case Opcode::I64And:
    return lowerBinary(*this, Instruction::And);
  case Opcode::I32Or:
  case Opcode::I64Or:
    return lowerBinary(*this, Instruction::Or);
  case Opcode::I32Xor:
  case Opcode::I64Xor:
    return lowerBinary(*this, Instruction::Xor);
  case Opcode::I32Shl:
  case Opcode::I64Shl:
    return lowerShift(*this, Instruction::Shl);
  case Opcode::I32ShrS:
  case Opcode::I64ShrS:
    return lowerShift(*this, Instruction::AShr);
  case Opcode::I32ShrU:
  case Opcode::I64ShrU:
    return lowerShift(*this, Instruction::LShr);
  case Opcode::I32Rotl:
  case Opcode::I64Rotl:
    return lowerRotate(*this, Intrinsic::fshl);
  case Opcode::I32Rotr:
  case Opcode::I64Rotr:
    return lowerRotate(*this, Intrinsic::fshr);

  // Float arithmetic. abs, neg and copysign only touch the sign bit, so NaN
  // payloads pass through unchanged as the spec requires.
  case Opcode::F32Abs:
  case Opcode::F64Abs:
    return lowerUnaryIntrinsic(*this, Intrinsic::fabs);
  case Opcode::F32Neg:
  case Opcode::F64Neg:
    push(B.CreateFNeg(pop()));
    return true;
  case Opcode::F32Ceil:
  case Opcode::F64Ceil:
    return lowerUnaryIntrinsic(*this, Intrinsic::ceil);
  case Opcode::F32Floor:
  case Opcode::F64Floor:
    return lowerUnaryIntrinsic(*this, Intrinsic::floor);
  case Opcode::F32Trunc:
  case Opcode::F64Trunc:
    return lowerUnaryIntrinsic(*this, Intrinsic::trunc);
  case Opcode::F32Nearest:
  case Opcode::F64Nearest:
    // Round half to even, unlike llvm.round (half away from zero).
    return lowerUnaryIntrinsic(*this, Intrinsic::roundeven);
  case Opcode::F32Sqrt:
  case Opcode::F64Sqrt:
    return lowerUnaryIntrinsic(*this, Intrinsic::sqrt);
  case Opcode::F32Add:
  case Opcode::F64Add:
    return lowerFloatBinary(*this, Instruction::FAdd);
  case Opcode::F32Sub:
  case Opcode::F64Sub:
    return lowerFloatBinary(*this, Instruction::FSub);
  case Opcode::F32Mul:
  case Opcode::F64Mul:
    return lowerFloatBinary(*this, Instruction::FMul);
  case Opcode::F32Div:
  case Opcode::F64Div:
    return lowerFloatBinary(*this, Instruction::FDiv);
  case Opcode::F32Min:
  case Opcode::F64Min:
    // llvm.minimum is IEEE 754-2019 minimum: NaN if either operand is NaN
    // and -0 < +0, exactly Wasm's fmin (llvm.minnum would drop NaNs).
    return lowerMinMax(*this, Intrinsic::minimum);
  case Opcode::F32Max:
  case Opcode::F64Max:
    return lowerMinMax(*this, Intrinsic::maximum);
  case Opcode::F32Copysign:
  case Opcode::F64Copysign:
    return lowerBinaryIntrinsic(*this, Intrinsic::copysign);

  default:
    return false;
  }
}
