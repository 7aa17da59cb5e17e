//===- instance/TypeIds.cpp - Process-wide canonical signature ids --------===//
//
// call_indirect compares a callee's type id with the expected one, so ids
// must be equal exactly when signatures are, across all modules in the
// process. Signature strings are interned into one table; an id is the
// position + 1 (0 never names a type). Interning happens at instantiation
// only, under a mutex; ids are never removed.
//
//===----------------------------------------------------------------------===//
#include "wasmc/rtlib.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

namespace {
struct InternedType {
  uint64_t Hash;
  char *Signature;
};
} // namespace

static pthread_mutex_t TypeLock = PTHREAD_MUTEX_INITIALIZER;
static InternedType *Types;
static uint32_t NumTypes, TypeCapacity;

static uint64_t hashSignature(const char *S) {
  uint64_t H = 1469598103934665603ull; // FNV-1a
  for (; *S; ++S)
    H = (H ^ static_cast<unsigned char>(*S)) * 1099511628211ull;
  return H;
}

/// Interns Signature; returns its id and sets *Text to the stored copy.
static uint32_t intern(const char *Signature, const char **Text) {
  uint64_t Hash = hashSignature(Signature);
  uint32_t Id = 0;
  pthread_mutex_lock(&TypeLock);
  for (uint32_t I = 0; I < NumTypes; ++I)
    if (Types[I].Hash == Hash && strcmp(Types[I].Signature, Signature) == 0) {
      Id = I + 1;
      break;
    }
  if (Id == 0) {
    if (NumTypes == TypeCapacity) {
      uint32_t NewCap = TypeCapacity ? TypeCapacity * 2 : 64;
      void *Grown = realloc(Types, NewCap * sizeof(InternedType));
      if (Grown) {
        Types = static_cast<InternedType *>(Grown);
        TypeCapacity = NewCap;
      }
    }
    char *Copy = NumTypes < TypeCapacity ? strdup(Signature) : nullptr;
    if (Copy) {
      Types[NumTypes] = {Hash, Copy};
      Id = ++NumTypes;
    }
  }
  *Text = Id ? Types[Id - 1].Signature : nullptr;
  pthread_mutex_unlock(&TypeLock);
  return Id; // 0 only when out of memory.
}

extern "C" uint32_t wasmc_rt_intern_type(const char *Signature) {
  if (!Signature)
    return 0;
  const char *Text;
  return intern(Signature, &Text);
}

namespace wasmc {
namespace rt {
const char *internTypeText(const char *Text) {
  const char *Stored = nullptr;
  if (Text)
    intern(Text, &Stored);
  return Stored;
}
} // namespace rt
} // namespace wasmc
