//===- wasi/ClockRandom.cpp - clock_*_get and random_get ------------------===//
#include "wasi/HostCompat.h"
#include "wasi/Wasi.h"

#include <errno.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

using namespace wasmc::rt;

/// WASI clock ids 0..3 in order: realtime, monotonic, process and thread
/// CPU time.
static bool hostClock(int32_t Id, clockid_t &Out) {
  switch (Id) {
  case 0:
    Out = CLOCK_REALTIME;
    return true;
  case 1:
    Out = CLOCK_MONOTONIC;
    return true;
  case 2:
    Out = CLOCK_PROCESS_CPUTIME_ID;
    return true;
  case 3:
    Out = CLOCK_THREAD_CPUTIME_ID;
    return true;
  }
  return false;
}

static uint64_t nanoseconds(const struct timespec &T) {
  return static_cast<uint64_t>(T.tv_sec) * 1000000000u +
         static_cast<uint64_t>(T.tv_nsec);
}

extern "C" int32_t wasmc_wasi_clock_res_get(wasmc_vmctx *V, int32_t Id,
                                            int32_t ResOut) {
  clockid_t C;
  if (!hostClock(Id, C))
    return WasiInval;
  uint8_t *Out = guestRange(V, ResOut, 8);
  if (!Out)
    return WasiFault;
  struct timespec T;
  if (clock_getres(C, &T) != 0)
    return wasiErrnoFromHost(errno);
  storeU64(Out, nanoseconds(T));
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_clock_time_get(wasmc_vmctx *V, int32_t Id,
                                             int64_t Precision,
                                             int32_t TimeOut) {
  clockid_t C;
  if (!hostClock(Id, C))
    return WasiInval;
  uint8_t *Out = guestRange(V, TimeOut, 8);
  if (!Out)
    return WasiFault;
  struct timespec T;
  if (clock_gettime(C, &T) != 0)
    return wasiErrnoFromHost(errno);
  storeU64(Out, nanoseconds(T));
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_random_get(wasmc_vmctx *V, int32_t Buf,
                                         int32_t BufLen) {
  uint32_t Len = static_cast<uint32_t>(BufLen);
  uint8_t *P = guestRange(V, Buf, Len);
  if (!P)
    return WasiFault;
  uint32_t Done = 0;
#if WASMC_RT_LINUX
  while (Done < Len) {
    ssize_t R = getrandom(P + Done, Len - Done, 0);
    if (R < 0) {
      if (errno == EINTR)
        continue;
      return wasiErrnoFromHost(errno);
    }
    Done += static_cast<uint32_t>(R);
  }
#else
  // getentropy (macOS 10.12+, glibc 2.25+) fills at most 256 bytes a call,
  // and fills them completely or fails.
  constexpr uint32_t MaxEntropy = 256;
  while (Done < Len) {
    uint32_t N = Len - Done < MaxEntropy ? Len - Done : MaxEntropy;
    if (getentropy(P + Done, N) != 0)
      return wasiErrnoFromHost(errno);
    Done += N;
  }
#endif
  return WasiSuccess;
}
