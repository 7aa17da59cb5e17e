//===- ValidationStacks.h - Operand and control stacks ----------*- C++ -*-===//
//
// The two stacks of the spec's validation algorithm (appendix "Validation
// Algorithm"): operand types, with UnknownType for values conjured from the
// polymorphic stack of unreachable code, and control frames. The primitives
// return false on a type error and leave the reason in failure(); the caller
// turns it into a diagnostic with the instruction's offset. Both vectors are
// reused from one function to the next, so checking an instruction never
// allocates once the stacks have grown to the deepest function's size.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_VALIDATION_VALIDATIONSTACKS_H
#define WASMC_VALIDATION_VALIDATIONSTACKS_H

#include "reader/Instr.h"
#include "validation/ValidatorInternal.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/Twine.h"
#include <string>
#include <vector>

namespace wasmc {
namespace validation {

struct ControlFrame {
  /// The instruction that opened the frame: Block, Loop, If, Else,
  /// TryTable, or for a legacy try Try, then Catch or CatchAll once its
  /// handlers begin (rethrow needs to know). The function body is a Block.
  Opcode Op = Opcode::Block;
  /// Both point into Module::Types or into static single-type storage, so a
  /// frame never owns memory.
  llvm::ArrayRef<ValType> StartTypes;
  llvm::ArrayRef<ValType> EndTypes;
  /// Operand stack height when the frame was entered (after its params
  /// were popped, before they were pushed back).
  size_t Height = 0;
  /// Number of locals initialised when the frame was entered: the ones set
  /// inside it are uninitialised again after it (Wasm 3.0 local_init).
  size_t InitHeight = 0;
  bool Unreachable = false;
  /// Number of the last br_table instruction that checked this frame as a
  /// target, so that a table naming one label many times costs one check.
  uint64_t BrTableStamp = 0;

  /// What a branch to this frame must provide.
  llvm::ArrayRef<ValType> labelTypes() const {
    return Op == Opcode::Loop ? StartTypes : EndTypes;
  }
};

class ValidationStacks {
public:
  explicit ValidationStacks(const TypeRelations &Rel) : Rel(Rel) {}

  void reset() {
    Vals.clear();
    Ctrls.clear();
    Inits.clear();
    InitSet.clear();
  }

  // --- Operand stack ------------------------------------------------------
  void push(ValType T) { Vals.push_back(T); }
  void push(llvm::ArrayRef<ValType> Ts) {
    Vals.insert(Vals.end(), Ts.begin(), Ts.end());
  }

  /// pop_val(): any value. Needs a current frame.
  bool popAny(ValType &Actual) {
    const ControlFrame &F = Ctrls.back();
    if (Vals.size() == F.Height) {
      if (F.Unreachable) {
        Actual = UnknownType;
        return true;
      }
      return fail("type mismatch: expected a value but nothing is on the "
                  "stack");
    }
    Actual = Vals.back();
    Vals.pop_back();
    return true;
  }

  /// pop_val(expect).
  bool popExpect(ValType Expect, ValType &Actual) {
    const ControlFrame &F = Ctrls.back();
    if (Vals.size() == F.Height) {
      if (F.Unreachable) {
        Actual = UnknownType;
        return true;
      }
      return fail(llvm::Twine("type mismatch: expected ") + typeName(Expect) +
                  " but nothing is on the stack");
    }
    Actual = Vals.back();
    if (!Rel.isSubtype(Actual, Expect))
      return fail(llvm::Twine("type mismatch: expected ") + typeName(Expect) +
                  ", got " + typeName(Actual));
    Vals.pop_back();
    return true;
  }
  bool pop(ValType Expect) {
    ValType Ignored;
    return popExpect(Expect, Ignored);
  }

  /// pop_vals(types), last type first.
  bool popVals(llvm::ArrayRef<ValType> Ts) {
    for (size_t I = Ts.size(); I-- > 0;)
      if (!pop(Ts[I]))
        return false;
    return true;
  }

  // --- Control stack ------------------------------------------------------
  size_t depth() const { return Ctrls.size(); }
  /// The frame a branch with this label index targets; Label < depth().
  ControlFrame &label(uint32_t Label) {
    return Ctrls[Ctrls.size() - 1 - Label];
  }
  ControlFrame &top() { return Ctrls.back(); }
  ControlFrame &outermost() { return Ctrls.front(); }

  void pushCtrl(Opcode Op, llvm::ArrayRef<ValType> In,
                llvm::ArrayRef<ValType> Out) {
    ControlFrame F;
    F.Op = Op;
    F.StartTypes = In;
    F.EndTypes = Out;
    F.Height = Vals.size();
    F.InitHeight = Inits.size();
    Ctrls.push_back(F);
    push(In);
  }

  /// pop_ctrl(): the frame's results must be exactly what is left.
  bool popCtrl(ControlFrame &Out) {
    const ControlFrame &F = Ctrls.back();
    if (!popVals(F.EndTypes))
      return false;
    if (Vals.size() != F.Height)
      return fail("type mismatch: " + llvm::Twine(Vals.size() - F.Height) +
                  " extra value(s) left on the stack at the end of the "
                  "block");
    Out = F;
    while (Inits.size() > F.InitHeight) {
      InitSet.erase(Inits.back());
      Inits.pop_back();
    }
    Ctrls.pop_back();
    return true;
  }

  // --- Initialisation of non-defaultable locals ---------------------------
  bool isInitialized(uint32_t Local) const { return InitSet.count(Local); }
  void setInitialized(uint32_t Local) {
    if (InitSet.insert(Local).second)
      Inits.push_back(Local);
  }

  /// unreachable(): the rest of the frame is stack-polymorphic.
  void markUnreachable() {
    ControlFrame &F = Ctrls.back();
    Vals.resize(F.Height);
    F.Unreachable = true;
  }

  const std::string &failure() const { return Failure; }

private:
  bool fail(const llvm::Twine &Msg) {
    Failure = Msg.str();
    return false;
  }

  const TypeRelations &Rel;
  std::vector<ValType> Vals;
  std::vector<ControlFrame> Ctrls;
  /// Non-defaultable locals set so far, in order, and as a set.
  std::vector<uint32_t> Inits;
  llvm::DenseSet<uint32_t> InitSet;
  std::string Failure;
};

} // namespace validation
} // namespace wasmc

#endif // WASMC_VALIDATION_VALIDATIONSTACKS_H
