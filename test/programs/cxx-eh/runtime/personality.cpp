//===- personality.cpp - LSDA parsing for the test C++ EH runtime ----------===//
//
// The personality decides whether a frame's catch clauses take the thrown
// exception. Its input is the function's LSDA (GCC_except_table), laid out
// as on other Itanium targets except that the call-site table is indexed by
// landing pad, not searched by code address:
//
//   u8      @LPStart encoding (0xff: omitted)
//   u8      @TType encoding;  if not omitted: uleb128 offset to the end of
//                             the type table
//   u8      call-site encoding (uleb128)
//   uleb128 call-site table length
//   call sites, one per landing-pad index:
//           uleb128 landing pad (unused on Wasm), uleb128 action (1-based
//           byte offset into the action table, 0 for "cleanup only")
//   action records: sleb128 type index (>0 catch, 0 cleanup, <0 exception
//           specification), sleb128 offset from this field to the next
//           record (0: end of chain)
//   type table, indexed backwards from its end: type index i is the i-th
//           pointer before it; a null pointer is catch (...).
//
//===----------------------------------------------------------------------===//

#include "cxxabi.h"

using namespace __cxxabiv1;

namespace {

constexpr uint8_t DW_EH_PE_absptr = 0x00;
constexpr uint8_t DW_EH_PE_udata4 = 0x03;
constexpr uint8_t DW_EH_PE_omit = 0xff;

uintptr_t readULEB128(const uint8_t *&P) {
  uintptr_t Result = 0;
  unsigned Shift = 0;
  uint8_t Byte;
  do {
    Byte = *P++;
    Result |= uintptr_t(Byte & 0x7f) << Shift;
    Shift += 7;
  } while (Byte & 0x80);
  return Result;
}

intptr_t readSLEB128(const uint8_t *&P) {
  uintptr_t Result = 0;
  unsigned Shift = 0;
  uint8_t Byte;
  do {
    Byte = *P++;
    Result |= uintptr_t(Byte & 0x7f) << Shift;
    Shift += 7;
  } while (Byte & 0x80);
  if (Shift < 8 * sizeof(Result) && (Byte & 0x40))
    Result |= ~uintptr_t(0) << Shift;
  return static_cast<intptr_t>(Result);
}

// wasm32 code is not position-independent here, so type-table entries are
// plain 4-byte addresses; other encodings would be a different build.
const std::type_info *catchType(const uint8_t *TypeTableEnd,
                                uint8_t Encoding, intptr_t Index) {
  if (Encoding != DW_EH_PE_absptr && Encoding != DW_EH_PE_udata4)
    std::terminate();
  const uint8_t *Entry = TypeTableEnd - Index * 4;
  uint32_t Address;
  __builtin_memcpy(&Address, Entry, 4); // The table is not 4-aligned.
  return reinterpret_cast<const std::type_info *>(uintptr_t(Address));
}

// Whether a clause of type Catch takes the exception; if so, *Adjusted is
// what the clause receives.
bool canCatch(const std::type_info *Catch, CxaException *Header,
              bool Native, void **Adjusted) {
  void *Object = objectFromHeader(Header);
  if (!Catch) { // catch (...)
    *Adjusted = Object;
    return true;
  }
  if (!Native)
    return false;
  const std::type_info *Thrown = Header->ExceptionType;
  const __pointer_type_info *CatchPtr = Catch->asPointer();
  const __pointer_type_info *ThrownPtr = Thrown->asPointer();
  if (CatchPtr && ThrownPtr) {
    // A qualification conversion may add cv-qualifiers, never drop them.
    if (ThrownPtr->Flags & ~CatchPtr->Flags)
      return false;
    void *Pointer = *static_cast<void **>(Object);
    if (!ThrownPtr->Pointee->derivesFrom(*CatchPtr->Pointee, &Pointer))
      return false;
    *Adjusted = Pointer; // A pointer clause gets the pointer's value.
    return true;
  }
  if (CatchPtr || ThrownPtr)
    return false;
  *Adjusted = Object;
  return Thrown->derivesFrom(*Catch, Adjusted);
}

} // namespace

extern "C" _Unwind_Reason_Code
__gxx_wasm_personality_v0(int Version, int, uint64_t ExceptionClass,
                          _Unwind_Exception *Exception,
                          _Unwind_Context *Context) {
  if (Version != 1 || !Exception || !Context)
    return _URC_FATAL_PHASE1_ERROR;
  const auto *LSDA =
      reinterpret_cast<const uint8_t *>(_Unwind_GetLanguageSpecificData(Context));
  if (!LSDA)
    return _URC_CONTINUE_UNWIND;

  const uint8_t *P = LSDA;
  if (*P++ != DW_EH_PE_omit)
    std::terminate(); // clang never emits @LPStart for Wasm.
  uint8_t TypeEncoding = *P++;
  const uint8_t *TypeTableEnd = nullptr;
  if (TypeEncoding != DW_EH_PE_omit) {
    uintptr_t Offset = readULEB128(P);
    TypeTableEnd = P + Offset;
  }
  ++P; // Call-site encoding: always uleb128 on Wasm.
  uintptr_t CallSiteLength = readULEB128(P);
  const uint8_t *ActionTable = P + CallSiteLength;

  // Find this pad's entry; pads are numbered in table order.
  uintptr_t Action = 0;
  for (uintptr_t I = 0, Wanted = _Unwind_GetIP(Context); P < ActionTable;
       ++I) {
    readULEB128(P); // Landing pad: the pad already knows where it is.
    uintptr_t EntryAction = readULEB128(P);
    if (I == Wanted) {
      Action = EntryAction;
      break;
    }
  }
  if (Action == 0)
    return _URC_CONTINUE_UNWIND; // Only cleanups here.

  bool Native = ExceptionClass == CxxExceptionClass;
  CxaException *Header = headerFromUnwind(Exception);
  const uint8_t *Record = ActionTable + (Action - 1);
  while (true) {
    intptr_t TypeIndex = readSLEB128(Record);
    // Exception specifications (TypeIndex < 0) are gone from C++17 and
    // cleanups (0) are run by the pad anyway; neither selects a clause.
    void *Adjusted;
    if (TypeIndex > 0 &&
        canCatch(catchType(TypeTableEnd, TypeEncoding, TypeIndex), Header,
                 Native, &Adjusted)) {
      if (Native)
        Header->AdjustedPtr = Adjusted;
      _Unwind_SetGR(Context, 1, uintptr_t(TypeIndex));
      return _URC_HANDLER_FOUND;
    }
    const uint8_t *Next = Record;
    intptr_t Offset = readSLEB128(Record);
    if (Offset == 0)
      return _URC_CONTINUE_UNWIND;
    Record = Next + Offset;
  }
}
