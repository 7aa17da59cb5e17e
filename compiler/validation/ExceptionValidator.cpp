//===- ExceptionValidator.cpp - Typing throw, throw_ref, try_table --------===//
#include "validation/FunctionValidator.h"

using namespace llvm;

namespace wasmc {
namespace validation {

Error FunctionValidator::checkException(const Instr &I) {
  return fail(Twine("exception handling is not supported yet: ") +
              opcodeName(I.Op));
}

} // namespace validation
} // namespace wasmc
