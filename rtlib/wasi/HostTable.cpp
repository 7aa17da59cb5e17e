//===- wasi/HostTable.cpp - Resolving wasi_snapshot_preview1 imports ------===//
//
// The host-function table is generated from wasi_functions.def, and every
// wasmc_wasi_* prototype is checked at compile time against its signature
// string there, so the table, the compiler's import check and the C
// definitions cannot drift apart.
//
//===----------------------------------------------------------------------===//
#include "wasi/Wasi.h"
#include "abi/Text.h"

#include <string.h>

using namespace wasmc::rt;

namespace {

#define WASI_FUNC(name, signature)                                             \
  static_assert(sameText(wasmSignatureOf(&wasmc_wasi_##name).Text, signature), \
                "wasmc_wasi_" #name " does not match wasi_functions.def");
#include "wasmc/wasi_functions.def"

struct HostFunction {
  const char *Name;
  const char *Signature;
  const void *Code;
};

const HostFunction WasiFunctions[] = {
#define WASI_FUNC(name, signature)                                             \
  {#name, signature, reinterpret_cast<const void *>(&wasmc_wasi_##name)},
#include "wasmc/wasi_functions.def"
};

} // namespace

extern "C" int wasmc_resolve_wasi(void *User, const wasmc_import_desc *Import,
                                  wasmc_extern *Out) {
  if (Import->kind != WASMC_EXTERN_FUNC ||
      strcmp(Import->module, WASMC_WASI_MODULE) != 0)
    return 0;
  for (const HostFunction &F : WasiFunctions)
    if (strcmp(F.Name, Import->name) == 0) {
      memset(Out, 0, sizeof(*Out));
      Out->kind = WASMC_EXTERN_FUNC;
      Out->func_code = F.Code;
      Out->func_vmctx = nullptr; // host function: gets the caller's vmctx
      Out->func_signature = F.Signature;
      return 1;
    }
  return 0;
}
