//===- wasi/ArgsEnviron.cpp - args_* and environ_* ------------------------===//
//
// Arguments are the embedder's (main's argv, argv[0] being the program
// name). The environment holds only the granted variables
// (wasmc_wasi_config::envp; docs/security.md): no host variable is visible
// to the guest otherwise.
//
//===----------------------------------------------------------------------===//
#include "wasi/Wasi.h"

using namespace wasmc::rt;

// args_* and environ_* share one layout: a count of NUL-terminated strings,
// then their pointers and their bytes copied into guest memory.

static uint64_t totalBytes(int Count, const char *const *Strings) {
  uint64_t Bytes = 0;
  for (int K = 0; K < Count; ++K)
    Bytes += strlen(Strings[K]) + 1;
  return Bytes;
}

static int32_t sizesGet(wasmc_vmctx *V, int Count, const char *const *Strings,
                        int32_t CountOut, int32_t BufSizeOut) {
  uint8_t *CountP = guestRange(V, CountOut, 4);
  uint8_t *SizeP = guestRange(V, BufSizeOut, 4);
  if (!CountP || !SizeP)
    return WasiFault;
  uint64_t Bytes = totalBytes(Count, Strings);
  if (Bytes > UINT32_MAX)
    return WasiOverflow;
  storeU32(CountP, static_cast<uint32_t>(Count));
  storeU32(SizeP, static_cast<uint32_t>(Bytes));
  return WasiSuccess;
}

static int32_t stringsGet(wasmc_vmctx *V, int Count,
                          const char *const *Strings, int32_t PointersOut,
                          int32_t BufOut) {
  uint64_t Bytes = totalBytes(Count, Strings);
  uint8_t *Pointers = guestRange(V, PointersOut, uint64_t(Count) * 4);
  uint8_t *Buf = guestRange(V, BufOut, Bytes);
  if ((Count && !Pointers) || (Bytes && !Buf))
    return WasiFault;
  uint32_t Offset = 0;
  for (int K = 0; K < Count; ++K) {
    size_t Len = strlen(Strings[K]) + 1;
    memcpy(Buf + Offset, Strings[K], Len);
    storeU32(Pointers + 4 * K, static_cast<uint32_t>(BufOut) + Offset);
    Offset += static_cast<uint32_t>(Len);
  }
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_args_sizes_get(wasmc_vmctx *V, int32_t ArgcOut,
                                             int32_t BufSizeOut) {
  const WasiState &W = wasiState(V);
  return sizesGet(V, W.Argc, W.Argv, ArgcOut, BufSizeOut);
}

extern "C" int32_t wasmc_wasi_args_get(wasmc_vmctx *V, int32_t Argv,
                                       int32_t ArgvBuf) {
  const WasiState &W = wasiState(V);
  return stringsGet(V, W.Argc, W.Argv, Argv, ArgvBuf);
}

extern "C" int32_t wasmc_wasi_environ_sizes_get(wasmc_vmctx *V,
                                                int32_t CountOut,
                                                int32_t BufSizeOut) {
  const WasiState &W = wasiState(V);
  return sizesGet(V, W.Envc, W.Env, CountOut, BufSizeOut);
}

extern "C" int32_t wasmc_wasi_environ_get(wasmc_vmctx *V, int32_t Environ,
                                          int32_t EnvironBuf) {
  const WasiState &W = wasiState(V);
  return stringsGet(V, W.Envc, W.Env, Environ, EnvironBuf);
}
