// poll_oneoff: clock subscriptions (relative and absolute) wait until the
// deadline; fd subscriptions report ready descriptors; a subscription that
// cannot be waited on (bad descriptor, unknown clock) is reported at once
// as an event carrying its error, without waiting for the others.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: clang-19 --target=wasm32-wasi -O2 %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog
// RUN: echo data | %t/prog | FileCheck %s

#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

static __wasi_timestamp_t now(void) {
  __wasi_timestamp_t T;
  __wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &T);
  return T;
}

static __wasi_subscription_t clockSub(uint64_t User, __wasi_clockid_t Id,
                                      uint64_t Timeout, int Abs) {
  __wasi_subscription_t S;
  memset(&S, 0, sizeof(S));
  S.userdata = User;
  S.u.tag = __WASI_EVENTTYPE_CLOCK;
  S.u.u.clock.id = Id;
  S.u.u.clock.timeout = Timeout;
  S.u.u.clock.flags = Abs ? __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME : 0;
  return S;
}

static __wasi_subscription_t fdSub(uint64_t User, __wasi_eventtype_t Type,
                                   __wasi_fd_t Fd) {
  __wasi_subscription_t S;
  memset(&S, 0, sizeof(S));
  S.userdata = User;
  S.u.tag = Type;
  S.u.u.fd_read.file_descriptor = Fd;
  return S;
}

int main(void) {
  __wasi_event_t Ev[4];
  __wasi_size_t N;
  // A relative 50 ms timeout waits at least that long.
  __wasi_subscription_t S[3];
  S[0] = clockSub(7, __WASI_CLOCKID_MONOTONIC, 50000000, 0);
  __wasi_timestamp_t T0 = now();
  int E = __wasi_poll_oneoff(S, Ev, 1, &N);
  // CHECK: relative: 0 n=1 user=7 type=0 error=0 waited=1
  printf("relative: %d n=%u user=%llu type=%d error=%d waited=%d\n", E,
         (unsigned)N, (unsigned long long)Ev[0].userdata, Ev[0].type,
         Ev[0].error, now() - T0 >= 50000000);
  // An absolute deadline 30 ms ahead.
  S[0] = clockSub(8, __WASI_CLOCKID_MONOTONIC, now() + 30000000, 1);
  T0 = now();
  E = __wasi_poll_oneoff(S, Ev, 1, &N);
  // CHECK-NEXT: absolute: 0 n=1 user=8 waited=1
  printf("absolute: %d n=%u user=%llu waited=%d\n", E, (unsigned)N,
         (unsigned long long)Ev[0].userdata, now() - T0 >= 30000000);
  // stdin has data (a pipe) and stdout is writable: both ready, the long
  // clock does not fire.
  S[0] = fdSub(1, __WASI_EVENTTYPE_FD_READ, 0);
  S[1] = fdSub(2, __WASI_EVENTTYPE_FD_WRITE, 1);
  S[2] = clockSub(3, __WASI_CLOCKID_MONOTONIC, 10000000000ull, 0);
  E = __wasi_poll_oneoff(S, Ev, 3, &N);
  // CHECK-NEXT: fds: 0 n=2 1:1 2:2 readable=5
  printf("fds: %d n=%u %llu:%d %llu:%d readable=%llu\n", E, (unsigned)N,
         (unsigned long long)Ev[0].userdata, Ev[0].type,
         (unsigned long long)Ev[1].userdata, Ev[1].type,
         (unsigned long long)Ev[0].fd_readwrite.nbytes);
  // A bad descriptor and an unknown clock are reported at once.
  S[0] = fdSub(4, __WASI_EVENTTYPE_FD_READ, 42);
  S[1] = clockSub(5, 9, 1, 0);
  S[2] = clockSub(6, __WASI_CLOCKID_MONOTONIC, 10000000000ull, 0);
  T0 = now();
  E = __wasi_poll_oneoff(S, Ev, 3, &N);
  // CHECK-NEXT: errors: 0 n=2 4:8 5:28 quick=1
  printf("errors: %d n=%u %llu:%d %llu:%d quick=%d\n", E, (unsigned)N,
         (unsigned long long)Ev[0].userdata, Ev[0].error,
         (unsigned long long)Ev[1].userdata, Ev[1].error,
         now() - T0 < 1000000000ull);
  // An unknown event type is EINVAL for the call.
  S[0].u.tag = 9;
  // CHECK-NEXT: bad type: 28
  printf("bad type: %d\n", __wasi_poll_oneoff(S, Ev, 1, &N));
  // CHECK-NEXT: sched_yield: 0
  printf("sched_yield: %d\n", __wasi_sched_yield());
  return 0;
}
