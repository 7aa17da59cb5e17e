//===- ByteReader.cpp - A bounded cursor over binary-format bytes ---------===//
#include "reader/ByteReader.h"
#include "support/Diagnostic.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/LEB128.h"

using namespace llvm;

namespace wasmc {

Error ByteReader::errorHere(const Twine &Msg) const {
  return makeError(offset(), Msg);
}

Error ByteReader::endError() const { return makeError(offset(), EndMsg); }

Error ByteReader::readByte(uint8_t &Out) {
  if (atEnd())
    return endError();
  Out = Data[Pos++];
  return Error::success();
}

Error ByteReader::peekByte(uint8_t &Out) const {
  if (atEnd())
    return endError();
  Out = Data[Pos];
  return Error::success();
}

// LLVM's decoders accept any length and any padding, so the Wasm limits are
// checked here first: an N-bit integer takes at most ceil(N/7) bytes, and the
// bits of the last byte beyond N must be zero (unsigned) or copies of the
// sign bit (signed). Only then is the value decoded.
Error ByteReader::readLEB(unsigned Bits, bool Signed, uint64_t &Out) {
  const unsigned MaxBytes = (Bits + 6) / 7;
  const uint8_t *Start = Data.data() + Pos;
  const size_t Avail = remaining();
  size_t Len = 0;
  for (;;) {
    if (Len == Avail) {
      Pos += Len;
      return endError();
    }
    uint8_t B = Start[Len++];
    if (!(B & 0x80))
      break;
    if (Len == MaxBytes)
      return makeError(offset() + Len - 1, "integer representation too long");
  }
  if (Len == MaxBytes) {
    const unsigned UsedBits = Bits - 7 * (MaxBytes - 1);
    const uint8_t Last = Start[Len - 1];
    bool Ok;
    if (Signed) {
      // The sign bit and every unused bit above it must agree.
      const uint8_t Mask = (0x7F >> (UsedBits - 1)) << (UsedBits - 1);
      Ok = (Last & Mask) == 0 || (Last & Mask) == Mask;
    } else {
      Ok = (Last >> UsedBits) == 0;
    }
    if (!Ok)
      return makeError(offset() + Len - 1, "integer too large");
  }
  const char *Err = nullptr;
  unsigned N = 0;
  if (Signed)
    Out = static_cast<uint64_t>(decodeSLEB128(Start, &N, Start + Len, &Err));
  else
    Out = decodeULEB128(Start, &N, Start + Len, &Err);
  if (Err || N != Len)
    return errorHere(Err ? Err : "malformed LEB128 integer");
  Pos += Len;
  return Error::success();
}

Error ByteReader::readVarU32(uint32_t &Out) {
  uint64_t V;
  if (Error E = readLEB(32, /*Signed=*/false, V))
    return E;
  Out = static_cast<uint32_t>(V);
  return Error::success();
}

Error ByteReader::readVarU64(uint64_t &Out) {
  return readLEB(64, /*Signed=*/false, Out);
}

Error ByteReader::readVarS32(int32_t &Out) {
  uint64_t V;
  if (Error E = readLEB(32, /*Signed=*/true, V))
    return E;
  Out = static_cast<int32_t>(static_cast<int64_t>(V));
  return Error::success();
}

Error ByteReader::readVarS33(int64_t &Out) {
  uint64_t V;
  if (Error E = readLEB(33, /*Signed=*/true, V))
    return E;
  Out = static_cast<int64_t>(V);
  return Error::success();
}

Error ByteReader::readVarS64(int64_t &Out) {
  uint64_t V;
  if (Error E = readLEB(64, /*Signed=*/true, V))
    return E;
  Out = static_cast<int64_t>(V);
  return Error::success();
}

Error ByteReader::readFixed(unsigned NumBytes, uint64_t &Out) {
  if (remaining() < NumBytes) {
    Pos = Data.size();
    return endError();
  }
  uint64_t V = 0;
  for (unsigned I = 0; I < NumBytes; ++I)
    V |= uint64_t(Data[Pos + I]) << (8 * I);
  Pos += NumBytes;
  Out = V;
  return Error::success();
}

Error ByteReader::readBytes(size_t N, ArrayRef<uint8_t> &Out) {
  if (remaining() < N) {
    Pos = Data.size();
    return endError();
  }
  Out = Data.slice(Pos, N);
  Pos += N;
  return Error::success();
}

Error ByteReader::readLength(uint32_t &Out) {
  uint64_t At = offset();
  if (Error E = readVarU32(Out))
    return E;
  if (Out > remaining())
    return makeError(At, "length out of bounds");
  return Error::success();
}

Error ByteReader::readName(std::string &Out) {
  uint32_t Len;
  if (Error E = readLength(Len))
    return E;
  uint64_t At = offset();
  ArrayRef<uint8_t> Bytes = Data.slice(Pos, Len);
  if (Error E = checkUTF8(Bytes, At))
    return E;
  Out.assign(reinterpret_cast<const char *>(Bytes.data()), Bytes.size());
  Pos += Len;
  return Error::success();
}

ByteReader ByteReader::takeSub(size_t N, const char *EndMessage) {
  ByteReader Sub(Data.slice(Pos, N), offset(), EndMessage);
  Pos += N;
  return Sub;
}

// The one-byte encodings of abstract heap types, which are also the
// shorthands of their nullable reference types (0x70 funcref, 0x69 exnref).
// Each is recognised only with the feature that introduced it.
static bool abstractHeapType(uint8_t B, const Features &Feats,
                             HeapType &Out) {
  switch (B) {
  case HeapType::Func:
  case HeapType::Extern:
    break;
  case HeapType::NoFunc:
  case HeapType::NoExtern:
    if (!Feats.FunctionReferences)
      return false;
    break;
  case HeapType::Exn:
  case HeapType::NoExn:
    if (!Feats.Exceptions)
      return false;
    break;
  default:
    return false;
  }
  Out = HeapType(static_cast<HeapType::Code>(B));
  return true;
}

Error readHeapType(ByteReader &R, const Features &Feats, HeapType &Out) {
  uint64_t At = R.offset();
  uint8_t B;
  if (Error E = R.peekByte(B))
    return E;
  if (!Feats.FunctionReferences) {
    R.skip(1);
    if (!abstractHeapType(B, Feats, Out))
      return makeError(At, "malformed reference type");
    return Error::success();
  }
  // An s33: negative one-byte values are abstract heap types, non-negative
  // values type indices.
  int64_t V;
  if (Error E = R.readVarS33(V))
    return E;
  if (V >= 0) {
    if (V > UINT32_MAX)
      return makeError(At, "malformed reference type");
    Out = HeapType::concrete(static_cast<uint32_t>(V));
    return Error::success();
  }
  if (V < -0x40 ||
      !abstractHeapType(static_cast<uint8_t>(V & 0x7F), Feats, Out))
    return makeError(At, "malformed reference type");
  return Error::success();
}

Error readRefType(ByteReader &R, const Features &Feats, ValType &Out) {
  uint64_t At = R.offset();
  uint8_t B;
  if (Error E = R.readByte(B))
    return E;
  HeapType H;
  if (abstractHeapType(B, Feats, H)) {
    Out = ValType::ref(H, /*Nullable=*/true);
    return Error::success();
  }
  if (Feats.FunctionReferences && (B == 0x63 || B == 0x64)) {
    if (Error E = readHeapType(R, Feats, H))
      return E;
    Out = ValType::ref(H, /*Nullable=*/B == 0x63);
    return Error::success();
  }
  return makeError(At, "malformed reference type");
}

Error readValType(ByteReader &R, const Features &Feats, ValType &Out) {
  uint64_t At = R.offset();
  uint8_t B;
  if (Error E = R.peekByte(B))
    return E;
  switch (static_cast<TypeCode>(B)) {
  case TypeCode::I32:
  case TypeCode::I64:
  case TypeCode::F32:
  case TypeCode::F64:
  case TypeCode::V128:
    R.skip(1);
    Out = ValType(static_cast<TypeCode>(B));
    return Error::success();
  default:
    break;
  }
  HeapType H;
  if (abstractHeapType(B, Feats, H) ||
      (Feats.FunctionReferences && (B == 0x63 || B == 0x64)))
    return readRefType(R, Feats, Out);
  R.skip(1);
  return makeError(At, "malformed value type");
}

Error checkUTF8(ArrayRef<uint8_t> Bytes, uint64_t BaseOffset) {
  const UTF8 *Begin = Bytes.data();
  const UTF8 *Cur = Begin;
  if (isLegalUTF8String(&Cur, Begin + Bytes.size()))
    return Error::success();
  return makeError(BaseOffset + (Cur - Begin), "malformed UTF-8 encoding");
}

} // namespace wasmc
