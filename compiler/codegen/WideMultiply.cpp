//===- WideMultiply.cpp - 64x64->128-bit products by parts, whole ---------===//
//
// With x = xh * 2^32 + xl and y likewise (xl = x & M, xh = x >> 32,
// M = 2^32 - 1), x * y = xh*yh * 2^64 + (xh*yl + xl*yh) * 2^32 + xl*yl.
//
// The ladder (compiler-rt) adds one cross product at a time, so no sum
// overflows:
//   c2 = (xl*yl >> 32) + xl*yh;  c3 = (c2 & M) + xh*yl
//   high = xh*yh + (c2 >> 32) + (c3 >> 32);  low = (c3 << 32) | (xl*yl & M)
// The carry form (Rust) adds both cross products, which can overflow, and
// recovers each lost carry with an unsigned compare:
//   s = xl*yh + xh*yl;  low = (s << 32) + xl*yl
//   high = xh*yh + (s >> 32) + (s < xl*yh ? 2^32 : 0) + (low < xl*yl)
// Either cross product may come first, every add and mul may have its
// operands either way round, and the high half's terms may be spread over
// a larger sum (__multi3 adds the products of the operands' upper 64 bits
// to them): the terms are found among the leaves of that sum, which is
// rebuilt around the one product's high half.
//
//===----------------------------------------------------------------------===//
#include "codegen/WideMultiply.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/PatternMatch.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;
using namespace llvm::PatternMatch;

namespace wasmc {

namespace {

constexpr uint64_t LowMask = 0xffffffff;
/// Sums of more terms than this are not searched for a product's terms.
constexpr unsigned MaxLeaves = 16;

/// One 32-bit half of a 64-bit value: Of & M, or Of >> 32.
struct Half {
  Value *Of = nullptr;
  bool High = false;
};

bool matchHalf(Value *V, Half &H) {
  if (match(V, m_And(m_Value(H.Of), m_SpecificInt(LowMask)))) {
    H.High = false;
    return true;
  }
  if (match(V, m_LShr(m_Value(H.Of), m_SpecificInt(32)))) {
    H.High = true;
    return true;
  }
  return false;
}

/// A product of two halves.
struct HalfProduct {
  Half A, B;
};

bool matchHalfProduct(Value *V, HalfProduct &P) {
  Value *L, *R;
  return V->getType()->isIntegerTy(64) &&
         match(V, m_Mul(m_Value(L), m_Value(R))) && matchHalf(L, P.A) &&
         matchHalf(R, P.B);
}

/// Whether P multiplies X's half XHigh by Y's half YHigh.
bool isProduct(const HalfProduct &P, Value *X, bool XHigh, Value *Y,
               bool YHigh) {
  auto Is = [](const Half &H, Value *V, bool High) {
    return H.Of == V && H.High == High;
  };
  return (Is(P.A, X, XHigh) && Is(P.B, Y, YHigh)) ||
         (Is(P.A, Y, YHigh) && Is(P.B, X, XHigh));
}

/// Whether V is the product of X's half XHigh and Y's half YHigh.
bool isProductValue(Value *V, Value *X, bool XHigh, Value *Y, bool YHigh) {
  HalfProduct P;
  return matchHalfProduct(V, P) && isProduct(P, X, XHigh, Y, YHigh);
}

/// Whether Q1 and Q2 are the two cross products xl*yh and xh*yl, in either
/// order.
bool areCrossProducts(Value *Q1, Value *Q2, Value *X, Value *Y) {
  return (isProductValue(Q1, X, false, Y, true) &&
          isProductValue(Q2, X, true, Y, false)) ||
         (isProductValue(Q1, X, true, Y, false) &&
          isProductValue(Q2, X, false, Y, true));
}

/// Whether V is 2^Shift if Sum < one of Addends (an unsigned add of them
/// wrapped), else 0.
bool isCarry(Value *V, Value *Sum, ArrayRef<Value *> Addends, unsigned Shift) {
  Value *Cond;
  bool Matched =
      Shift == 0
          ? match(V, m_ZExt(m_Value(Cond))) ||
                match(V, m_Select(m_Value(Cond), m_One(), m_Zero()))
          : match(V, m_Shl(m_ZExt(m_Value(Cond)), m_SpecificInt(Shift))) ||
                match(V,
                      m_Select(m_Value(Cond),
                               m_SpecificInt(uint64_t(1) << Shift), m_Zero()));
  if (!Matched)
    return false;
  ICmpInst::Predicate Pred;
  Value *A, *B;
  if (!match(Cond, m_ICmp(Pred, m_Value(A), m_Value(B))))
    return false;
  if (Pred == ICmpInst::ICMP_UGT) {
    std::swap(A, B);
    Pred = ICmpInst::ICMP_ULT;
  }
  return Pred == ICmpInst::ICMP_ULT && A == Sum && is_contained(Addends, B);
}

/// A 64x64->128-bit product found in by-parts form.
struct WideProduct {
  Value *X = nullptr, *Y = nullptr;
  /// The product's parts are computed after this instruction.
  Instruction *After = nullptr;
  /// The low half as the form computes it, or null.
  Instruction *Low = nullptr;
  /// A term of the high half's sum, from which the sum is found.
  Value *HighTerm = nullptr;
  /// Tests each of which one term of the high half's sum must pass, each
  /// by a different term.
  SmallVector<function_ref<bool(Value *)>, 4> HighTerms;
};

/// The lshr V, 32 among V's users, or null.
Instruction *findHighHalfUser(Value *V) {
  for (User *U : V->users())
    if (match(U, m_LShr(m_Specific(V), m_SpecificInt(32))))
      return cast<Instruction>(U);
  return nullptr;
}

/// The i64 sum of which V is a term: up through adds that are their
/// operand's only user.
Instruction *sumContaining(Value *V) {
  Instruction *Root = nullptr;
  while (V->hasOneUse()) {
    auto *Add = dyn_cast<BinaryOperator>(V->user_back());
    if (!Add || Add->getOpcode() != Instruction::Add)
      break;
    Root = Add;
    V = Add;
  }
  return Root;
}

/// The terms of the sum Root, descending into adds that only it uses.
bool collectTerms(Value *V, bool IsRoot, SmallVectorImpl<Value *> &Terms) {
  auto *Add = dyn_cast<BinaryOperator>(V);
  if (Add && Add->getOpcode() == Instruction::Add &&
      (IsRoot || Add->hasOneUse())) {
    return collectTerms(Add->getOperand(0), false, Terms) &&
           collectTerms(Add->getOperand(1), false, Terms);
  }
  Terms.push_back(V);
  return Terms.size() <= MaxLeaves;
}

/// Rewrites W's halves as those of one i128 product; false if its high
/// half's sum does not hold all of its terms.
bool rewrite(const WideProduct &W, SmallVectorImpl<WeakTrackingVH> &Dead) {
  Instruction *Root = sumContaining(W.HighTerm);
  SmallVector<Value *, MaxLeaves> Terms;
  if (!Root || !collectTerms(Root, true, Terms))
    return false;
  for (function_ref<bool(Value *)> Test : W.HighTerms) {
    auto *It = find_if(Terms, Test);
    if (It == Terms.end())
      return false;
    Terms.erase(It);
  }

  IRBuilder<> B(W.After->getNextNode());
  Type *I128 = B.getInt128Ty();
  Value *Product = B.CreateNUWMul(B.CreateZExt(W.X, I128),
                                  B.CreateZExt(W.Y, I128), "wide.mul");
  Value *High =
      B.CreateTrunc(B.CreateLShr(Product, 64), B.getInt64Ty(), "wide.mul.high");
  if (W.Low) {
    Value *Low = B.CreateTrunc(Product, B.getInt64Ty(), "wide.mul.low");
    W.Low->replaceAllUsesWith(Low);
    Dead.push_back(W.Low);
  }

  B.SetInsertPoint(Root);
  Value *Sum = High;
  for (Value *Term : Terms)
    Sum = B.CreateAdd(Sum, Term);
  Root->replaceAllUsesWith(Sum);
  Dead.push_back(Root);
  return true;
}

/// compiler-rt's ladder, found from c3 = (c2 & M) + cross.
bool matchLadder(Instruction &C3, SmallVectorImpl<WeakTrackingVH> &Dead) {
  Value *C2, *Q2, *P0, *Q1;
  if (!match(&C3, m_c_Add(m_And(m_Value(C2), m_SpecificInt(LowMask)),
                          m_Value(Q2))) ||
      !match(C2, m_c_Add(m_LShr(m_Value(P0), m_SpecificInt(32)), m_Value(Q1))))
    return false;
  HalfProduct Low;
  if (!matchHalfProduct(P0, Low) || Low.A.High || Low.B.High)
    return false;
  Value *X = Low.A.Of, *Y = Low.B.Of;
  if (!areCrossProducts(Q1, Q2, X, Y))
    return false;
  Instruction *C3High = findHighHalfUser(&C3);
  if (!C3High)
    return false;

  WideProduct W;
  W.X = X;
  W.Y = Y;
  W.After = &C3;
  W.HighTerm = C3High;
  auto IsC2High = [&](Value *V) {
    return match(V, m_LShr(m_Specific(C2), m_SpecificInt(32)));
  };
  auto IsC3High = [&](Value *V) { return V == C3High; };
  auto IsHighProduct = [&](Value *V) {
    return isProductValue(V, X, true, Y, true);
  };
  W.HighTerms = {IsC2High, IsC3High, IsHighProduct};
  // low = (c3 << 32) | (xl*yl & M), as an or or an add.
  for (User *U : C3.users()) {
    if (!match(U, m_Shl(m_Specific(&C3), m_SpecificInt(32))))
      continue;
    for (User *LowUser : U->users())
      if (match(LowUser,
                m_c_Or(m_Specific(U),
                       m_And(m_Specific(P0), m_SpecificInt(LowMask)))) ||
          match(LowUser, m_c_Add(m_Specific(U), m_And(m_Specific(P0),
                                                      m_SpecificInt(LowMask)))))
        W.Low = cast<Instruction>(LowUser);
  }
  return rewrite(W, Dead);
}

/// The carry form, found from low = (s << 32) + xl*yl.
bool matchCarry(Instruction &Low, SmallVectorImpl<WeakTrackingVH> &Dead) {
  Value *S, *P0, *Q1, *Q2;
  if (!match(&Low,
             m_c_Add(m_Shl(m_Value(S), m_SpecificInt(32)), m_Value(P0))) ||
      !match(S, m_Add(m_Value(Q1), m_Value(Q2))))
    return false;
  HalfProduct LowProduct;
  if (!matchHalfProduct(P0, LowProduct) || LowProduct.A.High ||
      LowProduct.B.High)
    return false;
  Value *X = LowProduct.A.Of, *Y = LowProduct.B.Of;
  if (!areCrossProducts(Q1, Q2, X, Y))
    return false;
  Instruction *SHigh = findHighHalfUser(S);
  if (!SHigh)
    return false;
  Value *Shifted =
      Low.getOperand(0) == P0 ? Low.getOperand(1) : Low.getOperand(0);

  WideProduct W;
  W.X = X;
  W.Y = Y;
  W.After = &Low;
  W.Low = &Low;
  W.HighTerm = SHigh;
  auto IsSHigh = [&](Value *V) { return V == SHigh; };
  auto IsHighProduct = [&](Value *V) {
    return isProductValue(V, X, true, Y, true);
  };
  Value *CrossAddends[] = {Q1, Q2};
  auto IsCrossCarry = [&](Value *V) { return isCarry(V, S, CrossAddends, 32); };
  Value *LowAddends[] = {P0, Shifted};
  auto IsLowCarry = [&](Value *V) { return isCarry(V, &Low, LowAddends, 0); };
  W.HighTerms = {IsSHigh, IsHighProduct, IsCrossCarry, IsLowCarry};
  return rewrite(W, Dead);
}

} // namespace

PreservedAnalyses WideMultiplyPass::run(Function &F,
                                        FunctionAnalysisManager &) {
  SmallVector<Instruction *, 8> Candidates;
  for (Instruction &I : instructions(F))
    if (I.getOpcode() == Instruction::Add && I.getType()->isIntegerTy(64))
      Candidates.push_back(&I);
  SmallVector<WeakTrackingVH, 8> Dead;
  bool Changed = false;
  for (Instruction *I : Candidates) {
    // A candidate rewritten away is dead, not erased, until the end.
    if (I->use_empty())
      continue;
    Changed |= matchLadder(*I, Dead) || matchCarry(*I, Dead);
  }
  if (!Changed)
    return PreservedAnalyses::all();
  RecursivelyDeleteTriviallyDeadInstructionsPermissive(Dead);
  PreservedAnalyses PA;
  PA.preserveSet<CFGAnalyses>();
  return PA;
}

} // namespace wasmc
