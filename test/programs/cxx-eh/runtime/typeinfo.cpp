//===- typeinfo.cpp - RTTI classes for the test C++ exception runtime ------===//
//
// Every typeinfo object the compiler emits points into one of the vtables
// defined here; the out-of-line destructors are the key functions that make
// this file emit them. Defining __fundamental_type_info's vtable also makes
// clang emit the typeinfo objects of the fundamental types and of pointers
// to them (_ZTIi, _ZTIPKc, ...), which `throw 42` or `throw "text"` refer to.
//
//===----------------------------------------------------------------------===//

#include "cxxabi.h"

#include <string.h>

using namespace __cxxabiv1;

std::type_info::~type_info() {}

// Typeinfo objects are emitted as weak definitions in every module that
// needs them; compare names too in case two copies survive linking.
bool std::type_info::operator==(const type_info &Other) const {
  return this == &Other || strcmp(Name, Other.Name) == 0;
}

bool std::type_info::derivesFrom(const type_info &Target,
                                 void **Adjusted) const {
  (void)Adjusted; // A type is its own subobject at offset 0.
  return *this == Target;
}

__fundamental_type_info::~__fundamental_type_info() {}
__class_type_info::~__class_type_info() {}
__si_class_type_info::~__si_class_type_info() {}
__pbase_type_info::~__pbase_type_info() {}
__pointer_type_info::~__pointer_type_info() {}

// __si_class_type_info describes a base at offset 0, so walking up the chain
// never moves the pointer. Classes with several or virtual bases would use
// __vmi_class_type_info, which the tests do not need.
bool __si_class_type_info::derivesFrom(const std::type_info &Target,
                                       void **Adjusted) const {
  return *this == Target || BaseType->derivesFrom(Target, Adjusted);
}
