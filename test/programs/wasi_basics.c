// The WASI calls behind everyday C library functions, checked by property
// (their values differ from run to run): clocks, their resolution, random
// bytes, sched_yield, writes to stdout and stderr, and errors from a closed
// file descriptor.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out 2> %t.err
// RUN: diff %S/wasi_basics.expected %t.out
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// ERR: to stderr: 7 bytes
// ERR-NOT: {{.}}

#include <errno.h>
#include <inttypes.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int64_t toNanos(struct timespec T) {
  return (int64_t)T.tv_sec * 1000000000 + T.tv_nsec;
}

int main(void) {
  struct timespec A, B, Res;
  int Ok = clock_gettime(CLOCK_MONOTONIC, &A) == 0;
  volatile uint64_t Spin = 0;
  for (int I = 0; I < 2000000; ++I)
    Spin += (uint64_t)I;
  Ok &= clock_gettime(CLOCK_MONOTONIC, &B) == 0;
  printf("monotonic clock readable: %s, never goes back: %s\n",
         Ok ? "yes" : "no", toNanos(B) >= toNanos(A) ? "yes" : "no");

  struct timespec Now;
  Ok = clock_gettime(CLOCK_REALTIME, &Now) == 0;
  printf("realtime clock readable: %s, after 2020: %s, nanoseconds in range: "
         "%s\n",
         Ok ? "yes" : "no", Now.tv_sec > 1577836800 ? "yes" : "no",
         Now.tv_nsec >= 0 && Now.tv_nsec < 1000000000 ? "yes" : "no");
  time_t Seconds = time(NULL);
  printf("time() agrees with clock_gettime: %s\n",
         Seconds >= Now.tv_sec && Seconds - Now.tv_sec < 60 ? "yes" : "no");

  Ok = clock_getres(CLOCK_MONOTONIC, &Res) == 0;
  printf("monotonic resolution readable: %s, between 1ns and 1s: %s\n",
         Ok ? "yes" : "no",
         toNanos(Res) >= 1 && toNanos(Res) <= 1000000000 ? "yes" : "no");

  // Two draws of 32 random bytes: equal only with probability 2^-256.
  unsigned char R1[32], R2[32];
  int E1 = getentropy(R1, sizeof(R1)), E2 = getentropy(R2, sizeof(R2));
  int Distinct = 0;
  for (int I = 0; I < 256; ++I) {
    unsigned char Seen = 0;
    for (int J = 0; J < 32; ++J)
      Seen |= R1[J] == I || R2[J] == I;
    Distinct += Seen;
  }
  printf("getentropy: %s, draws differ: %s, varied bytes: %s\n",
         E1 == 0 && E2 == 0 ? "ok" : "failed",
         memcmp(R1, R2, sizeof(R1)) ? "yes" : "no",
         Distinct >= 16 ? "yes" : "no");

  printf("sched_yield: %d\n", sched_yield());

  // Unbuffered writes through the fd layer, interleaved with stdio.
  fflush(stdout);
  ssize_t W = write(STDOUT_FILENO, "raw write\n", 10);
  printf("write returned %zd\n", W);
  fflush(stdout);
  fprintf(stderr, "to stderr: %d bytes\n", (int)strlen("abcdefg"));

  // A closed descriptor reports EBADF instead of crashing.
  Ok = close(STDIN_FILENO) == 0;
  char C;
  errno = 0;
  ssize_t N = read(STDIN_FILENO, &C, 1);
  printf("close(stdin): %s; read after close: %zd, EBADF: %s\n",
         Ok ? "ok" : "failed", N, errno == EBADF ? "yes" : "no");
  errno = 0;
  N = write(42, "x", 1);
  printf("write to fd 42: %zd, EBADF: %s\n", N, errno == EBADF ? "yes" : "no");
  return 0;
}
