//===- FunctionLowering.h - Lowering of one function body ------*- C++ -*-===//
//
// FunctionLowering walks one validated function body with InstrReader and
// builds its LLVM IR. The operand stack holds llvm::Value*; locals are
// allocas that mem2reg/SROA turn into SSA. The dispatch in
// FunctionLowering.cpp hands each instruction to the file of its family,
// the OpFamily column of Opcodes.def (Control, Variables, Calls, Numeric,
// Conversion, Memory, Bulk, TableRef, and the Simd*.cpp files); each lowerX
// handles every opcode of its family, and returns false only for an opcode
// of another family, which the dispatch reports as an internal error.
//
// Dead code (after unreachable, br, return, ...) is never handed to a family
// except Control: the dispatch skips it, tracking only block nesting.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_LOWER_FUNCTIONLOWERING_H
#define WASMC_LOWER_FUNCTIONLOWERING_H

#include "lower/ModuleContext.h"
#include "reader/Instr.h"
#include "wasmc/abi.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/Support/Error.h"
#include <vector>

namespace wasmc {

class FunctionLowering {
public:
  FunctionLowering(ModuleContext &MC, uint32_t FuncIdx);
  llvm::Error lower();

  ModuleContext &MC;
  const Module &WM;
  uint32_t FuncIdx;
  llvm::Function *F;
  llvm::IRBuilder<> B;
  llvm::Value *VMCtx; // first argument

  //--- Operand stack -------------------------------------------------------
  // Every value has exactly the LLVM type MC.toLLVM gives its Wasm type
  // (comparison results are i32, not i1; v128 is <2 x i64>): the phis that
  // join values at block boundaries are created from the Wasm types.
  void push(llvm::Value *V) { Stack.push_back(V); }
  llvm::Value *pop() {
    llvm::Value *V = Stack.back();
    Stack.pop_back();
    return V;
  }
  llvm::Value *peek(unsigned Depth = 0) const {
    return Stack[Stack.size() - 1 - Depth];
  }
  /// Pops N values, returned in push order (first pushed first).
  std::vector<llvm::Value *> popN(unsigned N);

  //--- Instance state --------------------------------------------------------
  /// Loads the vmctx field at a WASMC_VMCTX_* offset (invariant for the
  /// duration of a call, so marked as such).
  llvm::Value *loadVMCtxField(unsigned Offset, llvm::Type *Ty,
                              const llvm::Twine &Name = "");
  /// Base address of memory Mem, loaded once in the entry block.
  llvm::Value *memoryBase(uint32_t Mem);
  /// Current byte size of memory Mem (reloaded: memory.grow may change it).
  llvm::Value *memorySizeBytes(uint32_t Mem);
  /// Pointer to the cell of global Idx.
  llvm::Value *globalCell(uint32_t Idx);
  /// wasmc_table* of table Idx.
  llvm::Value *tablePtr(uint32_t Idx);
  /// The element array of table Idx, whose size is fixed (its maximum is
  /// its minimum, so it is never reallocated), loaded once in the entry
  /// block: a call_indirect in a loop then costs the element's load, not
  /// three more before it.
  llvm::Value *fixedTableElems(uint32_t Idx);
  /// The canonical id of type TypeIdx (vmctx->type_ids), loaded once in the
  /// entry block.
  llvm::Value *typeId(uint32_t TypeIdx);

  //--- Traps --------------------------------------------------------------------
  /// If Cond is true, trap with Code. Emits a branch to a shared cold block
  /// per trap code that calls wasmc_rt_trap; continues in a fresh block.
  void trapIf(llvm::Value *Cond, wasmc_trap_code Code);
  /// Unconditional trap; the current block ends with unreachable.
  void trap(wasmc_trap_code Code);
  void markTrapSite(llvm::CallInst *Call);

  //--- Interruption (EpochChecks.cpp) --------------------------------------------
  /// With LowerOptions::EpochChecks, compares the epoch counter with the
  /// deadline here (a function entry or loop header): past it, the cold
  /// path calls wasmc_rt_epoch_reached, which traps or gives the moved
  /// deadline. Continues in a fresh block; returns the check's branch, or
  /// null without checks.
  llvm::BranchInst *epochCheck();
  /// Removes the function-entry check Br of a function that calls nothing:
  /// only calls can recurse, and its loops have their own checks.
  void elideLeafEpochCheck(llvm::BranchInst *Br);

  //--- Fuel (FuelMetering.cpp) ----------------------------------------------------
  /// With LowerOptions::FuelMetering, counts I (reached, not dead code)
  /// and, before an instruction that ends a straight-line run (a branch,
  /// call, throw or block boundary), charges the run to the function's
  /// count, which it stores to vmctx->fuel before a call or throw.
  void meterFuel(const Instr &I);
  /// After I, reloads the count from vmctx->fuel if I called out.
  void fuelAfter(const Instr &I);
  /// Traps with WASMC_TRAP_OUT_OF_FUEL here (a function entry or loop
  /// header) if the fuel is spent.
  void fuelCheck();
  /// The count to vmctx->fuel (before a return) and back (in a landing
  /// pad, after a callee that threw); nothing without fuel metering.
  void saveFuel();
  void loadFuel();
  /// Attaches TBAA for linear memory to a load or store.
  void markLinearMemory(llvm::Instruction *I);
  void markVMCtx(llvm::Instruction *I);

  /// Constant helpers.
  llvm::ConstantInt *i32(uint64_t V) { return B.getInt32(V); }
  llvm::ConstantInt *i64(uint64_t V) { return B.getInt64(V); }

  //--- Families (one .cpp each; the SIMD ones are in Simd.h) --------------
  /// Hands I to the lowering of its OpFamily; false if that did not handle it.
  bool lowerFamily(const Instr &I);
  bool lowerControl(const Instr &I);    // Control.cpp
  bool lowerVariable(const Instr &I);   // Variables.cpp (locals, globals, drop, select)
  bool lowerCall(const Instr &I);       // Calls.cpp (call*, return_call*)
  bool lowerNumeric(const Instr &I);    // Numeric.cpp (consts, int/float arith, compares)
  bool lowerConversion(const Instr &I); // Conversion.cpp
  bool lowerMemory(const Instr &I);     // Memory.cpp (loads, stores, memory.size/grow)
  bool lowerBulk(const Instr &I);       // Bulk.cpp (memory.init/copy/fill, data.drop,
                                        //   table.init/copy, elem.drop)
  bool lowerTableRef(const Instr &I);   // TableRef.cpp (table.get/set/size/grow/fill,
                                        //   ref.null/is_null/func)
  bool lowerException(const Instr &I);  // Exceptions.cpp (throw, throw_ref,
                                        //   try_table, legacy try)

  /// Address of a linear-memory access of Size bytes at Index (the
  /// memory's address type: i32, or i64 for memory64) +
  /// Offset in memory Mem, after the explicit bounds check when that mode
  /// is on; what every load and store uses. Memory.cpp.
  llvm::Value *effectiveAddress(uint32_t Mem, llvm::Value *Index,
                                uint64_t Offset, uint64_t Size);
  /// In guard mode an out-of-bounds load traps only by faulting, but LLVM
  /// deletes a load whose value ends up unused (dropped, stored to a dead
  /// local, discarded by a select or branch). Gives L a use that LLVM cannot
  /// delete and that costs no instruction. Memory.cpp.
  /// Mem is the memory L reads (64-bit memories are checked explicitly).
  void keepLoad(llvm::LoadInst *L, uint32_t Mem);

  //--- State owned by the core (FunctionLowering.cpp, Control.cpp) ----------------
  struct ControlFrame {
    Opcode Kind;                       // Block, Loop, If (or Else after `else`), or
                                       // Nop for the function body
    llvm::BasicBlock *BranchTarget;    // loop header, or the merge block
    llvm::BasicBlock *Merge;           // continuation after `end`
    llvm::BasicBlock *ElseBlock;       // If only: the else entry (null once used)
    std::vector<llvm::PHINode *> Params;  // Loop: header phis; If: params for else
    std::vector<llvm::PHINode *> Results; // phis in Merge
    std::vector<llvm::Value *> ElseParams; // If: values to give the else arm
    size_t StackHeight;                // operand stack height below the params
    unsigned NumParams, NumResults;
    bool Unreachable = false;          // rest of this frame is dead code
    // Legacy try (Kind Try, then Catch or CatchAll): where the next catch
    // clause tests its tag (null once none can: after catch_all, or when
    // nothing in the try body throws); the dispatched exception; for
    // rethrow, the caught tag and payload of a catch body (the exception
    // itself is freed on entry) or the exception of a catch_all body.
    bool HasDispatch = false;
    llvm::BasicBlock *CatchNext = nullptr;
    llvm::Value *DispatchExn = nullptr;
    uint32_t CaughtTag = 0;
    std::vector<llvm::Value *> CaughtValues;
    llvm::Value *CaughtExn = nullptr;
  };
  std::vector<ControlFrame> Controls;

  /// Opens a block-like frame (block, loop, try_table, try) of I's block
  /// type. Control.cpp.
  void openBlock(const Instr &I, Opcode Kind);
  /// Leaves the innermost frame at its `end`. Control.cpp.
  void endFrame();
  /// Unless the rest of Fr is dead, branches to its merge block with its
  /// results (the end of a body: `end`, `else`, a legacy `catch`).
  void fallThrough(ControlFrame &Fr);

  //--- Exception handlers (Exceptions.cpp) ----------------------------------
  /// A try_table's handler: calls in its body that may throw unwind to Pad,
  /// the landing pad, which passes the exception to Dispatch (Exn: the
  /// wasmc_exception, also from inner handlers that match nothing).
  struct Handler {
    llvm::BasicBlock *Pad;
    llvm::BasicBlock *Dispatch;
    llvm::PHINode *Exn;
    std::vector<CatchClause> Catches;
    size_t FrameIndex; // of its try_table or try in Controls
  };
  /// The try_tables around the current instruction, innermost last.
  std::vector<Handler> Handlers;
  void openHandler(llvm::ArrayRef<CatchClause> Catches);
  /// Emits the innermost handler's pad and dispatch, once its try_table's
  /// frame is gone (clause labels are relative to the outside).
  void closeHandler();
  /// Pops the innermost handler and emits its landing pad; returns its
  /// dispatch block (builder there) and exception, or null when nothing
  /// can reach it.
  llvm::BasicBlock *openDispatch(Handler &H);
  /// Hands Exn (in the current block) on to the innermost handler that
  /// encloses frame Limit (all of them by default) or to the caller.
  void passOn(llvm::Value *Exn, size_t Limit = SIZE_MAX);
  /// At the end of frame Fr (popped): what a try or try_table leaves to do
  /// for its handlers.
  void finishHandlers(ControlFrame &Fr);
  /// The legacy catch, catch_all, delegate and rethrow.
  bool lowerLegacyCatch(const Instr &I);
  void emitThrow(uint32_t Tag, llvm::ArrayRef<llvm::Value *> Vals);
  /// Makes Call, which may throw, an invoke of the innermost handler's pad
  /// if there is one; the builder then continues after it. Returns what
  /// replaced Call (or Call).
  llvm::CallBase *guardCall(llvm::CallInst *Call);
  /// The wasmc_tag* of tag TagIdx (vmctx->tags).
  llvm::Value *exceptionTag(uint32_t TagIdx);

  /// Parameter and result types of a block type.
  void blockSignature(const BlockType &BT, std::vector<ValType> &Params,
                      std::vector<ValType> &Results) const;
  /// The rest of the innermost frame is dead code: drops its operands; the
  /// dispatch skips instructions until the frame's `else` or `end`.
  void markUnreachable();
  /// Branch weights for the conditional branch of I (an `if` or `br_if`)
  /// from the module's branch hint for it, or null without one.
  /// Control.cpp.
  llvm::MDNode *branchHintWeights(const Instr &I);
  /// Feeds the values that a branch to label Depth carries (the top of the
  /// stack, left in place) into the target's phis for an edge from the
  /// current block, and returns the block to branch to.
  llvm::BasicBlock *addBranchEdge(uint32_t Depth);
  std::vector<llvm::Value *> Stack;
  std::vector<llvm::AllocaInst *> Locals; // params first
  std::vector<ValType> LocalTypes;
  /// Number of enclosing frames skipped while in dead code.
  unsigned DeadDepth = 0;

private:
  /// The entry block: allocas and loads that must dominate the whole body.
  llvm::BasicBlock *Entry = nullptr;
  /// memoryBase(Mem), by memory index (null: not loaded yet).
  llvm::SmallVector<llvm::Value *, 1> MemBases;
  /// tablePtr, emitted by At.
  llvm::Value *tableObject(llvm::IRBuilderBase &At, uint32_t Idx);
  /// fixedTableElems and typeId, by table and type index.
  llvm::DenseMap<uint32_t, llvm::Value *> FixedTableElems, TypeIds;
  /// The shared trap block of each trap code (trapIf), by code.
  static constexpr unsigned NumTrapCodes = 16;
#define WASMC_TRAP_FITS(Name, Num, Text)                                       \
  static_assert(Num < NumTrapCodes, "TrapBlocks needs a slot for " #Name);
  WASMC_TRAP_LIST(WASMC_TRAP_FITS)
#undef WASMC_TRAP_FITS
  llvm::BasicBlock *TrapBlocks[NumTrapCodes] = {};
  std::vector<llvm::BasicBlock *> SiteTrapBlocks; // with debug locations
  /// The epoch counter's address and the deadline the checks compare with
  /// (a local: the slow path stores the moved deadline); set by the first
  /// epochCheck. The cold blocks that call wasmc_rt_epoch_reached.
  llvm::Value *EpochPtr = nullptr;
  llvm::AllocaInst *EpochDeadline = nullptr;
  std::vector<llvm::BasicBlock *> EpochBlocks;
  /// Units of the straight-line run not yet charged (meterFuel), and the
  /// function's copy of vmctx->fuel, a local that LLVM keeps in a register.
  uint64_t PendingFuel = 0;
  llvm::AllocaInst *FuelVar = nullptr;
  /// The entry's cold block that calls wasmc_rt_stack_check (null once a
  /// leaf's check is elided).
  llvm::BasicBlock *StackCheckBlock = nullptr;
  /// The first of the body's branch hints not yet passed: hints and
  /// instructions both come in offset order.
  size_t NextHint = 0;
};

} // namespace wasmc

#endif // WASMC_LOWER_FUNCTIONLOWERING_H
