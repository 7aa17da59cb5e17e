//===- exception.cpp - __cxa_* entry points of the test C++ EH runtime -----===//
//
// What clang's code calls to throw (__cxa_allocate_exception, __cxa_throw),
// to enter and leave a catch clause (__cxa_begin_catch, __cxa_end_catch),
// for `throw;` (__cxa_rethrow), and when an exception escapes a noexcept
// function (std::terminate), plus the global operator new and delete.
//
// An exception lives until the last catch clause handling it ends without
// rethrowing it. Clauses being executed form a stack (innermost on top),
// which is where __cxa_rethrow and __cxa_end_catch find their exception.
//
//===----------------------------------------------------------------------===//

#include "cxxabi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace {

CxaException *CaughtStack = nullptr;

void destroy(CxaException *Header) {
  if (Header->Destructor)
    Header->Destructor(objectFromHeader(Header));
  free(Header);
}

// Only for _Unwind_DeleteException; C++ code ends exceptions through
// __cxa_end_catch instead.
void cleanupUnwind(_Unwind_Reason_Code, _Unwind_Exception *Unwind) {
  destroy(headerFromUnwind(Unwind));
}

} // namespace

[[noreturn]] void std::terminate() noexcept {
  fputs("terminate called\n", stderr);
  abort();
}

extern "C" {

void *__cxa_allocate_exception(size_t Size) {
  void *Memory = nullptr;
  if (posix_memalign(&Memory, alignof(CxaException),
                     sizeof(CxaException) + Size) != 0)
    std::terminate();
  memset(Memory, 0, sizeof(CxaException));
  return objectFromHeader(static_cast<CxaException *>(Memory));
}

// For an exception object whose construction threw before __cxa_throw.
void __cxa_free_exception(void *Object) { free(headerFromObject(Object)); }

[[noreturn]] void __cxa_throw(void *Object, std::type_info *Type,
                              DestructorFn Destructor) {
  CxaException *Header = headerFromObject(Object);
  Header->ExceptionType = Type;
  Header->Destructor = Destructor;
  Header->Unwind.exception_class = CxxExceptionClass;
  Header->Unwind.exception_cleanup = cleanupUnwind;
  _Unwind_RaiseException(&Header->Unwind);
}

// Used before __cxa_begin_catch when a by-value clause copy-constructs.
void *__cxa_get_exception_ptr(void *UnwindArg) {
  return headerFromUnwind(static_cast<_Unwind_Exception *>(UnwindArg))
      ->AdjustedPtr;
}

void *__cxa_begin_catch(void *UnwindArg) {
  auto *Unwind = static_cast<_Unwind_Exception *>(UnwindArg);
  // Nothing but C++ throws in these programs; catch (...) of anything else
  // would need a header we do not have.
  if (!Unwind || Unwind->exception_class != CxxExceptionClass)
    std::terminate();
  CxaException *Header = headerFromUnwind(Unwind);
  // A rethrown exception (negative count) is caught again: it stays on the
  // stack if its rethrowing clause has not ended yet.
  int Count = Header->HandlerCount;
  Header->HandlerCount = (Count < 0 ? -Count : Count) + 1;
  if (Header != CaughtStack) {
    Header->NextCaught = CaughtStack;
    CaughtStack = Header;
  }
  return Header->AdjustedPtr;
}

void __cxa_end_catch() {
  CxaException *Header = CaughtStack;
  if (!Header)
    return;
  if (Header->HandlerCount < 0) {
    // Rethrown: whoever catches it next owns it, so only leave the stack.
    if (++Header->HandlerCount == 0)
      CaughtStack = Header->NextCaught;
    return;
  }
  if (--Header->HandlerCount == 0) {
    CaughtStack = Header->NextCaught;
    destroy(Header);
  }
}

[[noreturn]] void __cxa_rethrow() {
  CxaException *Header = CaughtStack;
  if (!Header)
    std::terminate(); // `throw;` outside any catch clause.
  Header->HandlerCount = -Header->HandlerCount;
  _Unwind_RaiseException(&Header->Unwind);
}

} // extern "C"

// No std::bad_alloc without a C++ library, so running out ends the program.
void *operator new(size_t Size) {
  void *Memory = malloc(Size ? Size : 1);
  if (!Memory)
    std::terminate();
  return Memory;
}
void *operator new[](size_t Size) { return operator new(Size); }
void operator delete(void *Memory) noexcept { free(Memory); }
void operator delete[](void *Memory) noexcept { free(Memory); }
void operator delete(void *Memory, size_t) noexcept { free(Memory); }
void operator delete[](void *Memory, size_t) noexcept { free(Memory); }
