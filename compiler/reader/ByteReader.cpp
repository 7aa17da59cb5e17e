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

bool isValTypeByte(uint8_t B) {
  switch (static_cast<ValType>(B)) {
  case ValType::I32:
  case ValType::I64:
  case ValType::F32:
  case ValType::F64:
  case ValType::V128:
  case ValType::FuncRef:
  case ValType::ExternRef:
    return true;
  }
  return false;
}

Error readValType(ByteReader &R, ValType &Out) {
  uint64_t At = R.offset();
  uint8_t B;
  if (Error E = R.readByte(B))
    return E;
  if (!isValTypeByte(B))
    return makeError(At, "malformed value type");
  Out = static_cast<ValType>(B);
  return Error::success();
}

Error readRefType(ByteReader &R, ValType &Out) {
  uint64_t At = R.offset();
  uint8_t B;
  if (Error E = R.readByte(B))
    return E;
  if (B != static_cast<uint8_t>(ValType::FuncRef) &&
      B != static_cast<uint8_t>(ValType::ExternRef))
    return makeError(At, "malformed reference type");
  Out = static_cast<ValType>(B);
  return Error::success();
}

Error checkUTF8(ArrayRef<uint8_t> Bytes, uint64_t BaseOffset) {
  const UTF8 *Begin = Bytes.data();
  const UTF8 *Cur = Begin;
  if (isLegalUTF8String(&Cur, Begin + Bytes.size()))
    return Error::success();
  return makeError(BaseOffset + (Cur - Begin), "malformed UTF-8 encoding");
}

} // namespace wasmc
