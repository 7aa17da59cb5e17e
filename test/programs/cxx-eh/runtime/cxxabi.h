//===- cxxabi.h - Types shared by the test C++ exception runtime -*- C++ -*-===//
//
// A minimal Itanium C++ ABI exception runtime for wasm32-wasi programs built
// with `clang++-19 -fwasm-exceptions`, written for wasmc's tests because the
// distribution's wasm32 libc++abi is built without exceptions. It is test
// input, never part of wasmc. It supports one thread, exceptions thrown and
// caught by C++ (no foreign exceptions), and catch matching by exact type,
// catch(...), public single-inheritance base classes and pointers to those.
// A program is built with all of runtime/*.cpp (the lit tests' %wasi-cxx):
//   clang++-19 --target=wasm32-wasi -fwasm-exceptions -nostdlib++ -O2
//       runtime/*.cpp program.cpp -o program.wasm
//
// The pieces, and who calls them:
//   exception.cpp   __cxa_* entry points that clang's throw/catch code calls.
//   unwind.cpp      the _Unwind_* layer: raising is a Wasm `throw` of tag 0
//                   (__cpp_exception); catch pads call _Unwind_CallPersonality.
//   personality.cpp __gxx_wasm_personality_v0: reads the LSDA, picks a clause.
//   typeinfo.cpp    std::type_info and the __cxxabiv1 RTTI classes whose
//                   vtables the compiler's typeinfo objects point at.
//
//===----------------------------------------------------------------------===//

#ifndef CXX_EH_RUNTIME_CXXABI_H
#define CXX_EH_RUNTIME_CXXABI_H

#include <stddef.h>
#include <stdint.h>

namespace __cxxabiv1 {
class __pointer_type_info;
}

namespace std {

// The layout (vptr, mangled name) is fixed by the ABI: the compiler emits
// typeinfo objects of this shape and only the vtable is ours.
class type_info {
public:
  virtual ~type_info();
  const char *name() const { return Name; }
  bool operator==(const type_info &Other) const;

  // Our own extensions of the vtable, which the compiler never calls.
  // Whether an object of this (the thrown) type is, or derives from, Target;
  // on success *Adjusted, which points at the object, is moved to the Target
  // subobject.
  virtual bool derivesFrom(const type_info &Target, void **Adjusted) const;
  // Non-null for pointer types, whose catch clauses match differently.
  virtual const __cxxabiv1::__pointer_type_info *asPointer() const {
    return nullptr;
  }

protected:
  const char *Name;
};

[[noreturn]] void terminate() noexcept;

} // namespace std

namespace __cxxabiv1 {

class __fundamental_type_info : public std::type_info {
public:
  ~__fundamental_type_info() override;
};

class __class_type_info : public std::type_info {
public:
  ~__class_type_info() override;
};

// A class with exactly one public, non-virtual base at offset 0.
class __si_class_type_info : public __class_type_info {
public:
  ~__si_class_type_info() override;
  bool derivesFrom(const std::type_info &Target,
                   void **Adjusted) const override;

  const __class_type_info *BaseType;
};

class __pbase_type_info : public std::type_info {
public:
  ~__pbase_type_info() override;

  unsigned int Flags; // cv-qualifiers of the pointee (__const_mask, ...).
  const std::type_info *Pointee;
};

class __pointer_type_info : public __pbase_type_info {
public:
  ~__pointer_type_info() override;
  const __pointer_type_info *asPointer() const override { return this; }
};

} // namespace __cxxabiv1

//===----------------------------------------------------------------------===//
// The unwinder interface (a subset of <unwind.h>, which wasi-libc lacks).
//===----------------------------------------------------------------------===//

enum _Unwind_Reason_Code {
  _URC_NO_REASON = 0,
  _URC_FOREIGN_EXCEPTION_CAUGHT = 1,
  _URC_FATAL_PHASE1_ERROR = 3,
  _URC_HANDLER_FOUND = 6,
  _URC_CONTINUE_UNWIND = 8,
};

struct _Unwind_Exception;
typedef void (*_Unwind_Exception_Cleanup_Fn)(_Unwind_Reason_Code,
                                             _Unwind_Exception *);

struct _Unwind_Exception {
  uint64_t exception_class;
  _Unwind_Exception_Cleanup_Fn exception_cleanup;
  uintptr_t private_1;
  uintptr_t private_2;
};

// What a Wasm catch pad and the personality say to each other: the
// compiler-generated pad stores the first two fields into the global
// __wasm_lpad_context before calling _Unwind_CallPersonality, and reads the
// selector back to choose its catch clause. This is the _Unwind_Context
// that the personality receives.
struct _Unwind_Context {
  uintptr_t LPadIndex; // Which call-site entry of the LSDA this pad is.
  uintptr_t LSDA;      // This function's GCC_except_table.
  uintptr_t Selector;  // Out: the matched clause's type index, 0 if none.
};

extern "C" {
extern _Unwind_Context __wasm_lpad_context;

[[noreturn]] void _Unwind_RaiseException(_Unwind_Exception *Exception);
void _Unwind_DeleteException(_Unwind_Exception *Exception);
uintptr_t _Unwind_GetLanguageSpecificData(_Unwind_Context *Context);
uintptr_t _Unwind_GetIP(_Unwind_Context *Context);
void _Unwind_SetIP(_Unwind_Context *Context, uintptr_t Value);
void _Unwind_SetGR(_Unwind_Context *Context, int Index, uintptr_t Value);
uintptr_t _Unwind_GetRegionStart(_Unwind_Context *Context);
_Unwind_Reason_Code _Unwind_CallPersonality(void *ExceptionPtr);
_Unwind_Reason_Code __gxx_wasm_personality_v0(int Version, int Actions,
                                              uint64_t ExceptionClass,
                                              _Unwind_Exception *Exception,
                                              _Unwind_Context *Context);
}

//===----------------------------------------------------------------------===//
// The header in front of every thrown object.
//===----------------------------------------------------------------------===//

// On wasm, destructors return `this` (the WebAssembly C++ ABI), so the
// destructor __cxa_throw receives has this type; calling it through
// void(*)(void*) would be a signature mismatch, which Wasm traps on.
typedef void *(*DestructorFn)(void *);

// Allocated together with the thrown object, immediately before it, so
// that both the object pointer and the _Unwind_Exception pointer (the Wasm
// payload) lead back here. Aligned so that the object is max-aligned.
struct alignas(16) CxaException {
  const std::type_info *ExceptionType;
  DestructorFn Destructor;
  CxaException *NextCaught; // The stack of exceptions being handled.
  // Active catch clauses; negative while rethrown, until the rethrowing
  // clause ends.
  int HandlerCount;
  // What the matched clause receives: the object, a base subobject, or for
  // a pointer clause the pointer's value. Set by the personality.
  void *AdjustedPtr;
  _Unwind_Exception Unwind; // Must be last: the object follows.
};

// "CLNGC++\0", the class libc++abi uses for C++ exceptions.
constexpr uint64_t CxxExceptionClass = 0x434c4e47432b2b00ULL;

inline CxaException *headerFromUnwind(_Unwind_Exception *Unwind) {
  return reinterpret_cast<CxaException *>(
      reinterpret_cast<char *>(Unwind) - offsetof(CxaException, Unwind));
}

inline CxaException *headerFromObject(void *Object) {
  return static_cast<CxaException *>(Object) - 1;
}

inline void *objectFromHeader(CxaException *Header) { return Header + 1; }

#endif // CXX_EH_RUNTIME_CXXABI_H
