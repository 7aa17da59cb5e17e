//===- wasi/Poll.cpp - poll_oneoff ----------------------------------------===//
//
// Clock subscriptions become the poll(2) timeout (the earliest deadline);
// fd_read/fd_write subscriptions become pollfds on the host descriptors
// (regular files are always ready, as poll reports). Events are written for
// every ready descriptor, for subscriptions that failed (bad descriptor,
// missing right, unknown clock: reported in the event's error field), and,
// when nothing else is ready, for the clocks that expired.
//
//===----------------------------------------------------------------------===//
#include "wasi/Wasi.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <time.h>

using namespace wasmc::rt;

namespace {
enum : uint8_t { EventClock = 0, EventFdRead = 1, EventFdWrite = 2 };
enum : uint16_t { SubclockAbstime = 1 };
enum : uint16_t { EventHangup = 1 };
constexpr uint32_t SubscriptionSize = 48;
constexpr uint32_t EventSize = 32;
/// Most subscriptions one call may pass.
constexpr uint32_t MaxSubscriptions = 1u << 16;

struct Pending {
  uint64_t Userdata;
  uint8_t Type;
  uint16_t Error;    // nonzero: report this error at once
  int PollIndex;     // fd subscriptions: index into the pollfd array
  uint64_t Deadline; // clock subscriptions: monotonic nanoseconds
};
} // namespace

static uint64_t nowNs(clockid_t C) {
  struct timespec T;
  clock_gettime(C, &T);
  return uint64_t(T.tv_sec) * 1000000000ull + uint64_t(T.tv_nsec);
}

static void writeEvent(uint8_t *Out, const Pending &P, uint16_t Error,
                       uint64_t NBytes, uint16_t Flags) {
  memset(Out, 0, EventSize);
  storeU64(Out, P.Userdata);
  memcpy(Out + 8, &Error, 2);
  Out[10] = P.Type;
  storeU64(Out + 16, NBytes);
  memcpy(Out + 24, &Flags, 2);
}

extern "C" int32_t wasmc_wasi_poll_oneoff(wasmc_vmctx *V, int32_t In,
                                          int32_t OutPtr, int32_t NSubs,
                                          int32_t NEvents) {
  uint32_t N = static_cast<uint32_t>(NSubs);
  if (N == 0)
    return WasiInval;
  const uint8_t *Subs = guestRange(V, In, uint64_t(N) * SubscriptionSize);
  uint8_t *Events = guestRange(V, OutPtr, uint64_t(N) * EventSize);
  uint8_t *Count = guestRange(V, NEvents, 4);
  if (!Subs || !Events || !Count)
    return WasiFault;
  if (N > MaxSubscriptions)
    return WasiNoMem;
  Pending *P = static_cast<Pending *>(calloc(N, sizeof(Pending)));
  struct pollfd *Fds =
      static_cast<struct pollfd *>(calloc(N, sizeof(struct pollfd)));
  if (!P || !Fds) {
    free(P);
    free(Fds);
    return WasiNoMem;
  }
  int NumFds = 0;
  bool AnyError = false, AnyClock = false;
  uint64_t Start = nowNs(CLOCK_MONOTONIC);
  uint64_t Earliest = UINT64_MAX;
  for (uint32_t K = 0; K < N; ++K) {
    const uint8_t *S = Subs + uint64_t(K) * SubscriptionSize;
    Pending &Q = P[K];
    memcpy(&Q.Userdata, S, 8);
    Q.Type = S[8];
    Q.PollIndex = -1;
    if (Q.Type == EventClock) {
      uint32_t Id = loadU32(S + 16);
      uint64_t Timeout;
      uint16_t Flags;
      memcpy(&Timeout, S + 24, 8);
      memcpy(&Flags, S + 40, 2);
      uint64_t Relative;
      if (Id == 1 || Id == 0) { // monotonic, realtime
        if (Flags & SubclockAbstime) {
          uint64_t Now = nowNs(Id == 0 ? CLOCK_REALTIME : CLOCK_MONOTONIC);
          Relative = Timeout > Now ? Timeout - Now : 0;
        } else {
          Relative = Timeout;
        }
      } else if (Id == 2 || Id == 3) {
        // CPU-time clocks cannot be waited on.
        Q.Error = WasiNotSup;
        AnyError = true;
        continue;
      } else {
        Q.Error = WasiInval;
        AnyError = true;
        continue;
      }
      Q.Deadline =
          Relative > UINT64_MAX - Start ? UINT64_MAX : Start + Relative;
      if (Q.Deadline < Earliest)
        Earliest = Q.Deadline;
      AnyClock = true;
    } else if (Q.Type == EventFdRead || Q.Type == EventFdWrite) {
      FdEntry *E;
      int32_t Fd = static_cast<int32_t>(loadU32(S + 16));
      if (int32_t Err = lookupFd(V, Fd, RightPollFdReadwrite, E)) {
        Q.Error = static_cast<uint16_t>(Err);
        AnyError = true;
        continue;
      }
      Q.PollIndex = NumFds;
      Fds[NumFds].fd = E->Host;
      Fds[NumFds].events = Q.Type == EventFdRead ? POLLIN : POLLOUT;
      ++NumFds;
    } else {
      free(P);
      free(Fds);
      return WasiInval;
    }
  }

  // Wait (unless an error is already there to report).
  for (;;) {
    int Timeout = -1;
    if (AnyError) {
      Timeout = 0;
    } else if (AnyClock) {
      uint64_t Now = nowNs(CLOCK_MONOTONIC);
      uint64_t Left = Earliest > Now ? Earliest - Now : 0;
      // Round up to whole milliseconds so the deadline has passed on wake.
      uint64_t Ms = (Left + 999999) / 1000000;
      Timeout = Ms > INT32_MAX ? INT32_MAX : static_cast<int>(Ms);
    }
    int R = poll(Fds, static_cast<nfds_t>(NumFds), Timeout);
    if (R < 0 && errno == EINTR)
      continue;
    if (R < 0) {
      int Err = errno;
      free(P);
      free(Fds);
      return wasiErrnoFromHost(Err);
    }
    if (R > 0 || AnyError || !AnyClock)
      break;
    if (nowNs(CLOCK_MONOTONIC) >= Earliest)
      break;
  }

  uint32_t Written = 0;
  bool AnyReady = false;
  for (uint32_t K = 0; K < N; ++K) {
    const Pending &Q = P[K];
    if (Q.Error) {
      writeEvent(Events + uint64_t(Written++) * EventSize, Q, Q.Error, 0, 0);
      AnyReady = true;
      continue;
    }
    if (Q.PollIndex < 0)
      continue;
    short Re = Fds[Q.PollIndex].revents;
    if (!Re)
      continue;
    AnyReady = true;
    uint16_t Error = 0, Flags = 0;
    if (Re & POLLNVAL)
      Error = WasiBadf;
    else if (Re & POLLERR)
      Error = WasiIo;
    if (Re & POLLHUP)
      Flags |= EventHangup;
    // How much can be read, where the host knows (pipes, sockets, files).
    uint64_t NBytes = 0;
    int Avail = 0;
    if (Q.Type == EventFdRead && !Error &&
        ioctl(Fds[Q.PollIndex].fd, FIONREAD, &Avail) == 0 && Avail > 0)
      NBytes = static_cast<uint64_t>(Avail);
    writeEvent(Events + uint64_t(Written++) * EventSize, Q, Error, NBytes,
               Flags);
  }
  if (!AnyReady) {
    uint64_t Now = nowNs(CLOCK_MONOTONIC);
    for (uint32_t K = 0; K < N; ++K)
      if (P[K].Type == EventClock && !P[K].Error && P[K].Deadline <= Now)
        writeEvent(Events + uint64_t(Written++) * EventSize, P[K], 0, 0, 0);
  }
  free(P);
  free(Fds);
  storeU32(Count, Written);
  return WasiSuccess;
}
