//===- wasi/Poll.cpp - poll_oneoff ----------------------------------------===//
//
// Clock subscriptions become the poll(2) timeout (the earliest deadline);
// fd_read/fd_write subscriptions become pollfds on the host descriptors
// (regular files are always ready, as poll reports). Events are written for
// every ready descriptor, for subscriptions that failed (bad descriptor,
// missing right, unknown clock: reported in the event's error field), and,
// when nothing else is ready, for the clocks that expired.
//
// macOS's poll(2) does not support devices (its man page, BUGS: a terminal
// or /dev/null comes back POLLNVAL), so there a wait that involves a
// character device goes through select(2) instead.
//
//===----------------------------------------------------------------------===//
#include "instance/Instance.h"
#include "traps/TrapState.h"
#include "wasi/HostCompat.h"
#include "wasi/Wasi.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/stat.h>
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

#if !WASMC_RT_LINUX
/// poll(2) through select(2), for waits that include a character device.
/// select reports no hangup (a closed pipe is readable, as at end of file)
/// and no per-descriptor EBADF, so it is used only where poll cannot be;
/// descriptors beyond FD_SETSIZE leave it to poll.
static int selectFds(struct pollfd *Fds, int N, int TimeoutMs) {
  int Max = -1;
  for (int K = 0; K < N; ++K) {
    if (Fds[K].fd < 0 || Fds[K].fd >= FD_SETSIZE)
      return poll(Fds, static_cast<nfds_t>(N), TimeoutMs);
    Max = Fds[K].fd > Max ? Fds[K].fd : Max;
  }
  fd_set Read, Write;
  FD_ZERO(&Read);
  FD_ZERO(&Write);
  for (int K = 0; K < N; ++K) {
    if (Fds[K].events & POLLIN)
      FD_SET(Fds[K].fd, &Read);
    if (Fds[K].events & POLLOUT)
      FD_SET(Fds[K].fd, &Write);
  }
  struct timeval TV, *TP = nullptr;
  if (TimeoutMs >= 0) {
    TV.tv_sec = TimeoutMs / 1000;
    TV.tv_usec = (TimeoutMs % 1000) * 1000;
    TP = &TV;
  }
  int R = select(Max + 1, &Read, &Write, nullptr, TP);
  if (R < 0)
    return R;
  int Ready = 0;
  for (int K = 0; K < N; ++K) {
    Fds[K].revents = 0;
    if (FD_ISSET(Fds[K].fd, &Read))
      Fds[K].revents |= POLLIN;
    if (FD_ISSET(Fds[K].fd, &Write))
      Fds[K].revents |= POLLOUT;
    Ready += Fds[K].revents != 0;
  }
  return Ready;
}

static bool anyCharDevice(const struct pollfd *Fds, int N) {
  struct stat St;
  for (int K = 0; K < N; ++K)
    if (fstat(Fds[K].fd, &St) == 0 && S_ISCHR(St.st_mode))
      return true;
  return false;
}
#endif

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
#if !WASMC_RT_LINUX
  bool UseSelect = anyCharDevice(Fds, NumFds);
#endif
  // A guest that may be interrupted (--epoch-interruption, a deadline set)
  // waits in slices, so that its deadline stops a long wait too.
  for (;;) {
    const bool Interruptible = mayBeInterrupted(V);
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
    if (Interruptible) {
      if (deadlinePassed(V)) {
        free(P);
        free(Fds);
        trapFromHost(WASMC_TRAP_INTERRUPTED);
      }
      if (Timeout < 0 || Timeout > InterruptibleWaitMs)
        Timeout = InterruptibleWaitMs;
    }
#if WASMC_RT_LINUX
    int R = poll(Fds, static_cast<nfds_t>(NumFds), Timeout);
#else
    int R = UseSelect ? selectFds(Fds, NumFds, Timeout)
                      : poll(Fds, static_cast<nfds_t>(NumFds), Timeout);
#endif
    if (R < 0 && errno == EINTR)
      continue;
    if (R < 0) {
      int Err = errno;
      free(P);
      free(Fds);
      return wasiErrnoFromHost(Err);
    }
    if (R > 0 || AnyError)
      break;
    if (!AnyClock) {
      if (!Interruptible)
        break;
      continue; // a slice of an unbounded wait for descriptors ended
    }
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
