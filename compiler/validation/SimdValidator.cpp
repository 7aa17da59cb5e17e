//===- SimdValidator.cpp - The 0xFD (v128) instructions -------------------===//
//
// All five Simd families (compiler/lower/Simd*.cpp). Their types are fixed
// (the signature column); what is checked here is the range of lane
// immediates and, for the memory accesses, the memory index and alignment.
//
//===----------------------------------------------------------------------===//
#include "validation/FunctionValidator.h"
#include "validation/InstrTypes.h"

using namespace llvm;

namespace wasmc {
namespace validation {

Error FunctionValidator::checkSimd(const Instr &I) {
  // Lane immediates are bytes in the binary format, so their range is
  // checked here. Shuffle lanes index the 32 lanes of both operands.
  if (I.Op == Opcode::I8x16Shuffle) {
    for (uint8_t L : I.Bytes)
      if (L >= 32)
        return fail("invalid lane index " + Twine(unsigned(L)) +
                    " (i8x16.shuffle lanes must be below 32)");
    return checkFixed(I);
  }
  if (int Lanes = laneCount(I.Op); Lanes > 0 && I.Lane >= Lanes)
    return fail("invalid lane index " + Twine(unsigned(I.Lane)) + " (" +
                opcodeText(I.Op) + " has " + Twine(Lanes) + " lanes)");
  if (naturalAlignLog2(I.Op) >= 0)
    return checkMemArg(I);
  return checkFixed(I);
}

} // namespace validation
} // namespace wasmc
