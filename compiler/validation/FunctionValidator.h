//===- FunctionValidator.h - Validate function bodies -----------*- C++ -*-===//
//
// The spec's validation algorithm over the instructions of each body, as
// InstrReader decodes them. check() hands each instruction to the method of
// its OpFamily (the family column of Opcodes.def), one file per family as in
// compiler/lower: ControlValidator.cpp, VariableValidator.cpp,
// CallValidator.cpp, MemoryValidator.cpp, BulkValidator.cpp,
// TableRefValidator.cpp and SimdValidator.cpp. Numeric and conversion
// instructions all have fixed types (the signature column), checked by
// checkFixed. Internal to compiler/validation.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_VALIDATION_FUNCTIONVALIDATOR_H
#define WASMC_VALIDATION_FUNCTIONVALIDATOR_H

#include "reader/Instr.h"
#include "validation/ValidationStacks.h"
#include "validation/ValidatorInternal.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <unordered_map>
#include <vector>

namespace wasmc {
namespace validation {

/// Declared locals as runs, so that a function declaring millions of locals
/// costs one entry per declaration, not per local.
struct LocalRun {
  uint64_t End; // one past the last local index of the run
  ValType Type;
};

class FunctionValidator {
public:
  explicit FunctionValidator(const ModuleFacts &F) : F(F), M(F.M), S(F.Rel) {}

  llvm::Error validate(uint32_t FuncIdx, const FunctionBody &Body);

private:
  /// Dispatches on the instruction's OpFamily (FunctionValidator.cpp).
  llvm::Error check(const Instr &I);

  //--- Families (one file each) -----------------------------------------------
  llvm::Error checkControl(const Instr &I);  // ControlValidator.cpp
  llvm::Error checkVariable(const Instr &I); // VariableValidator.cpp
  llvm::Error checkCall(const Instr &I);     // CallValidator.cpp
  llvm::Error checkMemory(const Instr &I);   // MemoryValidator.cpp
  llvm::Error checkBulk(const Instr &I);     // BulkValidator.cpp
  llvm::Error checkTableRef(const Instr &I); // TableRefValidator.cpp
  llvm::Error checkSimd(const Instr &I);     // SimdValidator.cpp (all five
                                             //   Simd families)
  llvm::Error checkException(const Instr &I); // ExceptionValidator.cpp

  //--- Shared by the families (FunctionValidator.cpp) ------------------------
  /// Pops and pushes the signature column's types.
  llvm::Error checkFixed(const Instr &I);
  /// checkFixed with some of the signature's i32 operands retyped to the
  /// address type of a memory or table (memory64/table64): each (position,
  /// type) of Params replaces that parameter, Result (if set) the single
  /// result.
  llvm::Error
  checkFixedAddr(const Instr &I,
                 std::initializer_list<std::pair<unsigned, ValType>> Params,
                 std::optional<ValType> Result = std::nullopt);
  /// The memory index and alignment of a load or store, then its types.
  llvm::Error checkMemArg(const Instr &I);
  llvm::Error blockTypes(const BlockType &BT, llvm::ArrayRef<ValType> &In,
                         llvm::ArrayRef<ValType> &Out); // ControlValidator.cpp
  llvm::Error checkBranchTable(const Instr &I);         // ControlValidator.cpp
  llvm::Error knownMemory(uint32_t Idx);
  llvm::Error knownTable(uint32_t Idx);
  llvm::Error knownData(uint32_t Idx);
  llvm::Error knownElem(uint32_t Idx);
  /// An opcode that its family's method does not handle: a wasmc bug, as
  /// the family column says it should.
  llvm::Error unhandled(const Instr &I) const;

  /// A type's concrete heap type must name a defined type.
  llvm::Error knownType(ValType T);
  /// pop_ref(): any reference; (ref bot) from the polymorphic stack.
  llvm::Error popRef(ValType &T);
  /// A one-element list holding T that outlives every frame.
  llvm::ArrayRef<ValType> single(ValType T);

  void addLocals(uint64_t Count, ValType T);
  bool localType(uint32_t Idx, ValType &T) const;

  /// An error at the current instruction, naming the function.
  llvm::Error fail(const llvm::Twine &Msg) const;
  llvm::Error stackFailure() const { return fail(S.failure()); }
  /// " (in function N $name)".
  std::string where() const;

  const ModuleFacts &F;
  const Module &M;
  ValidationStacks S;
  std::vector<LocalRun> Locals;
  uint64_t NumLocals = 0;
  /// Parameters are always initialised; declared locals of non-defaultable
  /// types only once set (ValidationStacks tracks which).
  uint64_t NumParams = 0;
  /// Storage for single(), by ValType::bits() (node-based: stable).
  std::unordered_map<uint64_t, ValType> SingleTypes;
  /// Reused for every instruction so that br_table and select t vectors are
  /// allocated once.
  Instr Cur;
  uint32_t FuncIdx = 0;
  uint64_t CurOffset = 0;
  uint64_t InstrCount = 0;
  /// br_table's scratch space for the operands it pops and pushes back.
  std::vector<ValType> Popped;
};

} // namespace validation
} // namespace wasmc

#endif // WASMC_VALIDATION_FUNCTIONVALIDATOR_H
