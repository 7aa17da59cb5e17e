//===- MemoryValidator.cpp - Loads, stores, memory.size/grow --------------===//
//
// The counterpart of compiler/lower/Memory.cpp. Their types are fixed (the
// signature column); what is checked here is the memory index and, for
// loads and stores, the alignment (checkMemArg); a 64-bit memory's
// addresses and page counts are i64 (checkFixedAddr).
//
//===----------------------------------------------------------------------===//
#include "validation/FunctionValidator.h"
#include "validation/InstrTypes.h"

using namespace llvm;

namespace wasmc {
namespace validation {

Error FunctionValidator::checkMemory(const Instr &I) {
  switch (I.Op) {
  case Opcode::MemorySize:
    if (Error E = knownMemory(I.A))
      return E;
    return checkFixedAddr(I, {}, M.memoryAddrType(I.A));
  case Opcode::MemoryGrow: {
    if (Error E = knownMemory(I.A))
      return E;
    ValType Addr = M.memoryAddrType(I.A);
    return checkFixedAddr(I, {{0, Addr}}, Addr);
  }
  default:
    // Loads and stores: every other opcode of the family has a memarg.
    if (naturalAlignLog2(I.Op) < 0)
      return unhandled(I);
    return checkMemArg(I);
  }
}

} // namespace validation
} // namespace wasmc
