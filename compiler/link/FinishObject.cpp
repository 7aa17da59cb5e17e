//===- FinishObject.cpp - The -c object as users get it -------------------===//
#include "link/FinishObject.h"
#include "support/Diagnostic.h"
#include "wasmc/abi.h"
#include "llvm/ObjCopy/ConfigManager.h"
#include "llvm/ObjCopy/ObjCopy.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wasmc {

Expected<SmallVector<char, 0>> finishObject(ArrayRef<char> Object,
                                            bool StripDebug) {
  Expected<std::unique_ptr<object::ObjectFile>> In =
      object::ObjectFile::createObjectFile(
          MemoryBufferRef(StringRef(Object.data(), Object.size()), "object"));
  if (!In)
    return makeError("internal compiler error: the merged object does not "
                     "read: " +
                     toString(In.takeError()));
  objcopy::ConfigManager Config;
  Config.Common.StripDebug = StripDebug;
  auto PassOn = [](Error E) { return E; };
  if (Error E = Config.Common.SymbolsToLocalize.addMatcher(
          objcopy::NameOrPattern::create(WASMC_ADDR_MAP_SYMBOL,
                                         objcopy::MatchStyle::Literal, PassOn)))
    return std::move(E);
  SmallVector<char, 0> Out;
  raw_svector_ostream OS(Out);
  if (Error E = objcopy::executeObjcopyOnBinary(Config, **In, OS))
    return makeError("cannot finish the object file: " +
                     toString(std::move(E)));
  return std::move(Out);
}

} // namespace wasmc
