// --tcp-listen HOST:PORT: the program gets a listening socket (descriptor 3
// when no directory is granted), accepts a connection and talks over it.
// WASMC_TCP_LISTEN narrows it away, and cannot name another address unless
// the build allowed run-time grants.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: clang-19 --target=wasm32-wasi -O2 %s -o %t/prog.wasm
// RUN: python3 %S/Inputs/tcplisten.py %t/prog.wasm %t/prog | FileCheck %s
// RUN: not wasmc %t/prog.wasm -o %t/bad --tcp-listen ::1:80 2>&1 | FileCheck --check-prefix=BAD %s
// BAD: wasmc: error: invalid --tcp-listen '::1:80': expected HOST:PORT (e.g. 127.0.0.1:8080, [::1]:8080)

#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

int main(void) {
  __wasi_fdstat_t St;
  int E = __wasi_fd_fdstat_get(3, &St);
  printf("fd 3: %d type=%d\n", E, E ? -1 : St.fs_filetype);
  if (E)
    return 0;
  __wasi_fd_t Conn;
  E = __wasi_sock_accept(3, 0, &Conn);
  printf("accept: %d\n", E);
  char Buf[64] = "PONG:";
  __wasi_iovec_t Iov = {(uint8_t *)Buf + 5, sizeof(Buf) - 5};
  __wasi_size_t N;
  __wasi_roflags_t Flags;
  E = __wasi_sock_recv(Conn, &Iov, 1, 0, &N, &Flags);
  printf("recv: %d %.*s\n", E, (int)N, Buf + 5);
  __wasi_ciovec_t Out = {(const uint8_t *)Buf, 5 + N};
  printf("send: %d\n", __wasi_sock_send(Conn, &Out, 1, 0, &N));
  printf("shutdown: %d\n", __wasi_sock_shutdown(Conn, __WASI_SDFLAGS_WR));
  return 0;
}

// CHECK: client got: PONG:ping
// CHECK-NEXT: fd 3: 0 type=6
// CHECK-NEXT: accept: 0
// CHECK-NEXT: recv: 0 ping
// CHECK-NEXT: send: 0
// CHECK-NEXT: shutdown: 0
// CHECK-NEXT: exit: 0
// CHECK-NEXT: narrowed: fd 3: 8 type=-1
// CHECK-NEXT: widening: wasmc: error: WASMC_TCP_LISTEN: '127.0.0.1:1' is not a socket this program was granted at build time (and it was built without --allow-runtime-grants)
