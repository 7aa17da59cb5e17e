//===- FinishObject.h - The -c object as users get it ----------*- C++ -*-===//
#ifndef WASMC_LINK_FINISHOBJECT_H
#define WASMC_LINK_FINISHOBJECT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"

namespace wasmc {

/// Object, merged from the code generator's objects and the address map's,
/// made into the -c output: the address map's symbol local, so that the
/// objects of several modules link into one program (each with its
/// descriptor renamed), and, with StripDebug, without debug sections (the
/// line tables were only the map's source; lld -r keeps them whatever its
/// options say).
llvm::Expected<llvm::SmallVector<char, 0>>
finishObject(llvm::ArrayRef<char> Object, bool StripDebug);

} // namespace wasmc

#endif // WASMC_LINK_FINISHOBJECT_H
