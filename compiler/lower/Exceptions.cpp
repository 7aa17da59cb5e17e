//===- Exceptions.cpp - Lowering throw, throw_ref and try_table -----------===//
#include "lower/FunctionLowering.h"

using namespace llvm;

namespace wasmc {

bool FunctionLowering::lowerException(const Instr &I) { return false; }

} // namespace wasmc
