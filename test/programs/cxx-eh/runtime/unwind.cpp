//===- unwind.cpp - The Wasm unwinder layer of the test C++ EH runtime -----===//
//
// On Wasm the engine unwinds the stack, not a library: raising an exception
// is a `throw` of the __cpp_exception tag (tag 0 to __builtin_wasm_throw)
// whose payload is the _Unwind_Exception pointer, and each function with
// handlers catches it in a compiler-generated pad. A pad with catch clauses
// cannot ask an unwinder which clause applies, so it asks the personality
// itself, through _Unwind_CallPersonality, and rethrows when it gets no
// answer. There is therefore only one phase: the personality runs once per
// frame with handlers, on the way up.
//
//===----------------------------------------------------------------------===//

#include "cxxabi.h"

// Single-threaded, so an ordinary global does (libunwind's is thread_local).
extern "C" _Unwind_Context __wasm_lpad_context;
_Unwind_Context __wasm_lpad_context;

// Selector 0 tells the pad that nothing here catches the exception.
extern "C" _Unwind_Reason_Code _Unwind_CallPersonality(void *ExceptionPtr) {
  auto *Exception = static_cast<_Unwind_Exception *>(ExceptionPtr);
  __wasm_lpad_context.Selector = 0;
  return __gxx_wasm_personality_v0(/*Version=*/1, /*Actions=*/0,
                                   Exception->exception_class, Exception,
                                   &__wasm_lpad_context);
}

extern "C" void _Unwind_RaiseException(_Unwind_Exception *Exception) {
  __builtin_wasm_throw(0, Exception);
}

extern "C" void _Unwind_DeleteException(_Unwind_Exception *Exception) {
  if (Exception->exception_cleanup)
    Exception->exception_cleanup(_URC_FOREIGN_EXCEPTION_CAUGHT, Exception);
}

extern "C" uintptr_t _Unwind_GetLanguageSpecificData(_Unwind_Context *Context) {
  return Context->LSDA;
}

// The LSDA's call sites are numbered by landing-pad index rather than code
// address; the personality receives the 0-based index.
extern "C" uintptr_t _Unwind_GetIP(_Unwind_Context *Context) {
  return Context->LPadIndex;
}

// There are no registers: the pad itself branches on the selector.
extern "C" void _Unwind_SetIP(_Unwind_Context *, uintptr_t) {}

extern "C" void _Unwind_SetGR(_Unwind_Context *Context, int Index,
                              uintptr_t Value) {
  // Register 1 is where Itanium personalities put the selector.
  if (Index == 1)
    Context->Selector = Value;
}

extern "C" uintptr_t _Unwind_GetRegionStart(_Unwind_Context *) { return 0; }
