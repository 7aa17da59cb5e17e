//===- SectionReaders.h - One reader per section (internal) -----*- C++ -*-===//
//
// Shared between BinaryReader.cpp (header, section framing and order,
// cross-section checks) and the files that decode section contents.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_READER_SECTIONREADERS_H
#define WASMC_READER_SECTIONREADERS_H

#include "reader/ByteReader.h"
#include "reader/Module.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Error.h"
#include <optional>

namespace wasmc {

/// What the section readers share while one module is decoded.
struct ReadState {
  explicit ReadState(Module &M) : M(M) {}

  Module &M;
  /// Number of entries in the function section, if there was one.
  std::optional<uint32_t> NumDeclaredFuncs;
  /// Whether a code section was seen.
  bool SawCode = false;
  /// Whether a data section was seen.
  bool SawData = false;
  llvm::DenseSet<uint32_t> FuncRefSet;
  /// The payload of the first metadata.code.branch_hint section and its
  /// file offset: decoded once the code section has been read.
  std::optional<llvm::ArrayRef<uint8_t>> BranchHintPayload;
  uint64_t BranchHintOffset = 0;

  /// Records a function index that occurs outside function bodies (C.refs).
  void declareFuncRef(uint32_t FuncIdx) {
    if (FuncRefSet.insert(FuncIdx).second)
      M.DeclaredFuncRefs.push_back(FuncIdx);
  }
};

/// Caps a reserve() by the bytes left: every entry takes at least MinBytes,
/// so a hostile count cannot cause a huge allocation up front.
inline size_t boundedReserve(uint32_t Count, const ByteReader &R,
                             size_t MinBytes = 1) {
  size_t Fit = R.remaining() / MinBytes;
  return Count < Fit ? Count : Fit;
}

llvm::Error readLimits(ByteReader &R, const Features &F, Limits &Out);
llvm::Error readTableType(ByteReader &R, const Features &Feats,
                          TableType &Out);
llvm::Error readGlobalType(ByteReader &R, const Features &Feats,
                           GlobalType &Out);
/// A tag's attribute (0: exception) and function type index.
llvm::Error readTagType(ByteReader &R, uint32_t &TypeIdx);
/// One constant instruction followed by `end`. Function indices in ref.func
/// are recorded in S.
llvm::Error readConstExpr(ByteReader &R, ReadState &S, ConstExpr &Out);

llvm::Error readTypeSection(ByteReader &R, ReadState &S);
llvm::Error readImportSection(ByteReader &R, ReadState &S);
llvm::Error readFunctionSection(ByteReader &R, ReadState &S);
llvm::Error readTableSection(ByteReader &R, ReadState &S);
llvm::Error readMemorySection(ByteReader &R, ReadState &S);
llvm::Error readTagSection(ByteReader &R, ReadState &S);
llvm::Error readGlobalSection(ByteReader &R, ReadState &S);
llvm::Error readExportSection(ByteReader &R, ReadState &S);
llvm::Error readStartSection(ByteReader &R, ReadState &S);
llvm::Error readElementSection(ByteReader &R, ReadState &S);
llvm::Error readDataCountSection(ByteReader &R, ReadState &S);
llvm::Error readCodeSection(ByteReader &R, ReadState &S);
llvm::Error readDataSection(ByteReader &R, ReadState &S);
llvm::Error readCustomSection(ByteReader &R, ReadState &S);

/// Parses a "name" custom section's payload into M.ModuleName and
/// M.FuncNames. Returns false, leaving M untouched, if it is malformed:
/// custom sections never make a module malformed.
bool parseNameSection(llvm::ArrayRef<uint8_t> Payload, uint64_t Offset,
                      Module &M);

/// The name of the branch hint section (the branch-hinting proposal, part of
/// Wasm 3.0's custom sections appendix).
inline constexpr const char *BranchHintSectionName =
    "metadata.code.branch_hint";

/// Decodes S.BranchHintPayload, if any, into the FunctionBodies'
/// BranchHints. A malformed section, or one whose hints are not on an `if`
/// or `br_if`, is ignored as a whole with a warning in S.M.Warnings: custom
/// sections never make a module malformed or invalid.
void readBranchHints(ReadState &S);

} // namespace wasmc

#endif // WASMC_READER_SECTIONREADERS_H
