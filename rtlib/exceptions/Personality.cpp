//===- exceptions/Personality.cpp - Finding handlers in compiled code -----===//
//
// Compiled code's try_table handlers are LLVM landing pads, each a catch-all
// (`landingpad ... catch ptr null`) whose code then compares tags, so the
// personality only needs the call-site table of the LSDA that LLVM emits
// (the GCC format): the call site that contains the frame's IP, and whether
// it has a landing pad. Only wasmc's exceptions stop there; a foreign one
// (a C++ exception from a host function, which is a host bug) passes.
//
//===----------------------------------------------------------------------===//
#include "exceptions/Exceptions.h"
#include "traps/Registry.h"

#include <unwind.h>

namespace wasmc {
namespace rt {
namespace {

// DWARF pointer encodings (the subset LLVM uses in LSDAs).
enum : uint8_t {
  PeAbsPtr = 0x00,
  PeUleb128 = 0x01,
  PeUdata2 = 0x02,
  PeUdata4 = 0x03,
  PeUdata8 = 0x04,
  PeSleb128 = 0x09,
  PeSdata2 = 0x0a,
  PeSdata4 = 0x0b,
  PeSdata8 = 0x0c,
  PePcRel = 0x10,
  PeIndirect = 0x80,
  PeOmit = 0xff,
};

/// A LEB128 number, sign-extended from its last byte when Signed. Bits
/// beyond the word are dropped (LLVM writes none).
uintptr_t readLeb(const uint8_t *&P, bool Signed) {
  uintptr_t V = 0;
  unsigned Shift = 0;
  uint8_t B;
  do {
    B = *P++;
    if (Shift < 8 * sizeof(V))
      V |= uintptr_t(B & 0x7f) << Shift;
    Shift += 7;
  } while (B & 0x80);
  if (Signed && Shift < 8 * sizeof(V) && (B & 0x40))
    V |= ~uintptr_t(0) << Shift;
  return V;
}

uintptr_t readUleb(const uint8_t *&P) { return readLeb(P, false); }
intptr_t readSleb(const uint8_t *&P) {
  return static_cast<intptr_t>(readLeb(P, true));
}

template <typename T> uintptr_t readRaw(const uint8_t *&P) {
  T V;
  __builtin_memcpy(&V, P, sizeof(T));
  P += sizeof(T);
  return static_cast<uintptr_t>(V);
}

/// Reads a value of encoding Enc; false for an encoding LLVM does not use
/// in LSDAs (the frame is then left alone).
bool readEncoded(const uint8_t *&P, uint8_t Enc, uintptr_t &Out) {
  const uint8_t *Start = P;
  uintptr_t V;
  switch (Enc & 0x0f) {
  case PeAbsPtr:
    V = readRaw<uintptr_t>(P);
    break;
  case PeUleb128:
    V = readUleb(P);
    break;
  case PeSleb128:
    V = static_cast<uintptr_t>(readSleb(P));
    break;
  case PeUdata2:
    V = readRaw<uint16_t>(P);
    break;
  case PeUdata4:
    V = readRaw<uint32_t>(P);
    break;
  case PeUdata8:
    V = readRaw<uint64_t>(P);
    break;
  case PeSdata2:
    V = static_cast<uintptr_t>(static_cast<intptr_t>(readRaw<int16_t>(P)));
    break;
  case PeSdata4:
    V = static_cast<uintptr_t>(static_cast<intptr_t>(
        static_cast<int32_t>(readRaw<uint32_t>(P))));
    break;
  case PeSdata8:
    V = readRaw<uint64_t>(P);
    break;
  default:
    return false;
  }
  switch (Enc & 0x70) {
  case 0:
    break;
  case PePcRel:
    V += reinterpret_cast<uintptr_t>(Start);
    break;
  default:
    return false;
  }
  if (Enc & PeIndirect)
    V = *reinterpret_cast<const uintptr_t *>(V);
  Out = V;
  return true;
}

/// The landing pad covering IP in the frame of Ctx, or 0.
uintptr_t findLandingPad(_Unwind_Context *Ctx) {
  const uint8_t *P = static_cast<const uint8_t *>(
      _Unwind_GetLanguageSpecificData(Ctx));
  if (!P)
    return 0;
  int BeforeInsn = 0;
  uintptr_t IP = _Unwind_GetIPInfo(Ctx, &BeforeInsn);
  // IP is a return address: the call is the instruction before it.
  if (!BeforeInsn)
    --IP;
  uintptr_t FuncStart = _Unwind_GetRegionStart(Ctx);
  uintptr_t LPStart = FuncStart;
  uint8_t LPStartEnc = *P++;
  if (LPStartEnc != PeOmit && !readEncoded(P, LPStartEnc, LPStart))
    return 0;
  uint8_t TTypeEnc = *P++;
  if (TTypeEnc != PeOmit)
    readUleb(P); // offset of the type table, which catch-alls do not use
  uint8_t CallSiteEnc = *P++;
  uintptr_t TableLength = readUleb(P);
  const uint8_t *End = P + TableLength;
  while (P < End) {
    uintptr_t Start, Length, Pad;
    if (!readEncoded(P, CallSiteEnc, Start) ||
        !readEncoded(P, CallSiteEnc, Length) ||
        !readEncoded(P, CallSiteEnc, Pad))
      return 0;
    uintptr_t Action = readUleb(P);
    uintptr_t From = FuncStart + Start;
    if (IP < From)
      return 0; // sorted: no later entry covers IP
    if (IP < From + Length)
      return Pad && Action ? LPStart + Pad : 0;
  }
  return 0;
}

} // namespace
} // namespace rt
} // namespace wasmc

using namespace wasmc::rt;

extern "C" __attribute__((visibility("default"))) _Unwind_Reason_Code
wasmc_rt_personality(int Version, _Unwind_Action Actions, uint64_t Class,
                     _Unwind_Exception *Header, _Unwind_Context *Ctx) {
  if (Version != 1 || !Header || !Ctx)
    return _URC_FATAL_PHASE1_ERROR;
  uintptr_t Pad = findLandingPad(Ctx);
  if (!Pad)
    return _URC_CONTINUE_UNWIND;
  if (!isInCode(Pad)) {
    // An entry into Wasm (a trampoline or the start entry): the search
    // ends here, so that the raise returns to rtlib with every frame in
    // place (exceptions/Throw.cpp). A foreign exception (a C++ one from a
    // host function) stops too: unwinding the entry's host frames would
    // skip rtlib's bookkeeping, so its runtime terminates instead.
    return (Actions & _UA_SEARCH_PHASE) ? _URC_FATAL_PHASE1_ERROR
                                        : _URC_FATAL_PHASE2_ERROR;
  }
  if (Class != ExceptionClass)
    return _URC_CONTINUE_UNWIND;
  if (Actions & _UA_SEARCH_PHASE)
    return _URC_HANDLER_FOUND;
  // The cleanup phase stops at the frame the search phase chose, the first
  // with a landing pad: every pad is a handler.
  _Unwind_SetGR(Ctx, __builtin_eh_return_data_regno(0),
                reinterpret_cast<uintptr_t>(Header));
  _Unwind_SetGR(Ctx, __builtin_eh_return_data_regno(1), 1);
  _Unwind_SetIP(Ctx, Pad);
  return _URC_INSTALL_CONTEXT;
}
