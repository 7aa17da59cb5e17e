//===- abi/RuntimeEntries.cpp - abi.h's prototypes against WASMC_RT_LIST --===//
//
// The compiler declares each wasmc_rt_* entry point from its signature
// string in WASMC_RT_LIST. rtlib's definitions are held to abi.h's
// prototypes by the C++ compiler (every defining file includes abi.h, and an
// extern "C" function cannot be redeclared with another type); this file
// holds those prototypes to the strings, so the three cannot drift apart.
//
//===----------------------------------------------------------------------===//
#include "abi/Text.h"

using namespace wasmc::rt;

#define WASMC_RT_CHECK(Symbol, Id, Signature)                                  \
  static_assert(sameText(runtimeSignatureOf(&Symbol).Text, Signature),         \
                #Symbol " does not match its WASMC_RT_LIST signature");
WASMC_RT_LIST(WASMC_RT_CHECK)
#undef WASMC_RT_CHECK
