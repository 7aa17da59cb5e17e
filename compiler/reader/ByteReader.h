//===- ByteReader.h - A bounded cursor over binary-format bytes -*- C++ -*-===//
//
// Every primitive of the Wasm binary format (bytes, LEB128 integers, fixed
// width floats, names) is read through this cursor, so the format's
// well-formedness rules -- LEB128 length and unused-bit limits, UTF-8 names,
// lengths within bounds -- are enforced in one place. Errors are WasmErrors
// at the file offset of the offending byte.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_READER_BYTEREADER_H
#define WASMC_READER_BYTEREADER_H

#include "reader/Module.h"
#include "support/Features.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <string>

namespace wasmc {

/// The message for running off the end of a section or function body, as
/// the spec's reference interpreter words it.
inline constexpr const char *EndOfSectionMsg =
    "unexpected end of section or function";

class ByteReader {
public:
  /// Bytes start at file offset BaseOffset. EndMessage is reported when a
  /// read runs past the end of Bytes.
  ByteReader(llvm::ArrayRef<uint8_t> Bytes, uint64_t BaseOffset,
             const char *EndMessage = EndOfSectionMsg)
      : Data(Bytes), Base(BaseOffset), EndMsg(EndMessage) {}

  /// File offset of the next byte.
  uint64_t offset() const { return Base + Pos; }
  /// Bytes consumed so far.
  size_t pos() const { return Pos; }
  size_t remaining() const { return Data.size() - Pos; }
  bool atEnd() const { return Pos >= Data.size(); }
  /// The bytes not yet consumed.
  llvm::ArrayRef<uint8_t> rest() const { return Data.drop_front(Pos); }
  /// Advances over N bytes that a nested reader consumed; N must not exceed
  /// remaining().
  void skip(size_t N) { Pos += N; }

  llvm::Error readByte(uint8_t &Out);
  llvm::Error peekByte(uint8_t &Out) const;
  llvm::Error readVarU32(uint32_t &Out);
  llvm::Error readVarU64(uint64_t &Out);
  llvm::Error readVarS32(int32_t &Out);
  /// The signed 33-bit integer of block types.
  llvm::Error readVarS33(int64_t &Out);
  llvm::Error readVarS64(int64_t &Out);
  /// A little-endian fixed-width integer of NumBytes (<= 8) bytes.
  llvm::Error readFixed(unsigned NumBytes, uint64_t &Out);
  /// N raw bytes ("unexpected end" if fewer remain).
  llvm::Error readBytes(size_t N, llvm::ArrayRef<uint8_t> &Out);
  /// A u32 byte length that must fit in the remaining bytes ("length out of
  /// bounds" otherwise), e.g. a section or body size.
  llvm::Error readLength(uint32_t &Out);
  /// A name: length-prefixed bytes that must be valid UTF-8.
  llvm::Error readName(std::string &Out);
  /// A nested reader over the next N bytes (which must remain), advancing
  /// this one past them.
  ByteReader takeSub(size_t N, const char *EndMessage = EndOfSectionMsg);

  /// A WasmError at the current offset.
  llvm::Error errorHere(const llvm::Twine &Msg) const;
  /// The error for reading past the end at the current offset.
  llvm::Error endError() const;

private:
  llvm::Error readLEB(unsigned Bits, bool Signed, uint64_t &Out);

  llvm::ArrayRef<uint8_t> Data;
  uint64_t Base;
  size_t Pos = 0;
  const char *EndMsg;
};

/// A value type (numeric or reference). Without function references only
/// the 2.0 types (funcref, externref) are well-formed.
llvm::Error readValType(ByteReader &R, const Features &Feats, ValType &Out);
/// A reference type: a shorthand byte (0x70 funcref, 0x6F externref, 0x73
/// nullfuncref, 0x72 nullexternref) or 0x63/0x64 (ref null / ref) and a
/// heap type ("malformed reference type" otherwise).
llvm::Error readRefType(ByteReader &R, const Features &Feats, ValType &Out);
/// A heap type: an s33, negative for abstract heap types (their one-byte
/// encodings), else a type index (ref.null's immediate).
llvm::Error readHeapType(ByteReader &R, const Features &Feats, HeapType &Out);

/// Checks that Bytes is valid UTF-8; the error is at the first bad byte
/// (BaseOffset is the file offset of Bytes[0]).
llvm::Error checkUTF8(llvm::ArrayRef<uint8_t> Bytes, uint64_t BaseOffset);

} // namespace wasmc

#endif // WASMC_READER_BYTEREADER_H
