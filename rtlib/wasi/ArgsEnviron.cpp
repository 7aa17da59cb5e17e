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

extern "C" int32_t wasmc_wasi_args_sizes_get(wasmc_vmctx *V, int32_t ArgcOut,
                                             int32_t BufSizeOut) {
  const WasiState &W = wasiState(V);
  uint8_t *Count = guestRange(V, ArgcOut, 4);
  uint8_t *Size = guestRange(V, BufSizeOut, 4);
  if (!Count || !Size)
    return WasiFault;
  uint64_t Bytes = 0;
  for (int A = 0; A < W.Argc; ++A)
    Bytes += strlen(W.Argv[A]) + 1;
  if (Bytes > UINT32_MAX)
    return WasiOverflow;
  storeU32(Count, static_cast<uint32_t>(W.Argc));
  storeU32(Size, static_cast<uint32_t>(Bytes));
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_args_get(wasmc_vmctx *V, int32_t Argv,
                                       int32_t ArgvBuf) {
  const WasiState &W = wasiState(V);
  uint64_t Bytes = 0;
  for (int A = 0; A < W.Argc; ++A)
    Bytes += strlen(W.Argv[A]) + 1;
  uint8_t *Pointers = guestRange(V, Argv, uint64_t(W.Argc) * 4);
  uint8_t *Buf = guestRange(V, ArgvBuf, Bytes);
  if ((W.Argc && !Pointers) || (Bytes && !Buf))
    return WasiFault;
  uint32_t Offset = 0;
  for (int A = 0; A < W.Argc; ++A) {
    size_t Len = strlen(W.Argv[A]) + 1;
    memcpy(Buf + Offset, W.Argv[A], Len);
    storeU32(Pointers + 4 * A, static_cast<uint32_t>(ArgvBuf) + Offset);
    Offset += static_cast<uint32_t>(Len);
  }
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_environ_sizes_get(wasmc_vmctx *V,
                                                int32_t CountOut,
                                                int32_t BufSizeOut) {
  const WasiState &W = wasiState(V);
  uint8_t *Count = guestRange(V, CountOut, 4);
  uint8_t *Size = guestRange(V, BufSizeOut, 4);
  if (!Count || !Size)
    return WasiFault;
  uint64_t Bytes = 0;
  for (int K = 0; K < W.Envc; ++K)
    Bytes += strlen(W.Env[K]) + 1;
  if (Bytes > UINT32_MAX)
    return WasiOverflow;
  storeU32(Count, static_cast<uint32_t>(W.Envc));
  storeU32(Size, static_cast<uint32_t>(Bytes));
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_environ_get(wasmc_vmctx *V, int32_t Environ,
                                          int32_t EnvironBuf) {
  const WasiState &W = wasiState(V);
  uint64_t Bytes = 0;
  for (int K = 0; K < W.Envc; ++K)
    Bytes += strlen(W.Env[K]) + 1;
  uint8_t *Pointers = guestRange(V, Environ, uint64_t(W.Envc) * 4);
  uint8_t *Buf = guestRange(V, EnvironBuf, Bytes);
  if ((W.Envc && !Pointers) || (Bytes && !Buf))
    return WasiFault;
  uint32_t Offset = 0;
  for (int K = 0; K < W.Envc; ++K) {
    size_t Len = strlen(W.Env[K]) + 1;
    memcpy(Buf + Offset, W.Env[K], Len);
    storeU32(Pointers + 4 * K, static_cast<uint32_t>(EnvironBuf) + Offset);
    Offset += static_cast<uint32_t>(Len);
  }
  return WasiSuccess;
}
