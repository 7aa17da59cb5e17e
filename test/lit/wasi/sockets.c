// sock_accept, sock_recv, sock_send, sock_shutdown on the one kind of socket
// a guest can hold: one it was started with as stdin (a listening socket
// handed over inetd/systemd style, or a connected one). Other descriptors
// are ENOTSOCK, unknown ones EBADF.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: clang-19 --target=wasm32-wasi -O2 %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog
// RUN: python3 %S/Inputs/sockserve.py %t/prog | FileCheck %s

#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

static void recvSend(__wasi_fd_t Fd, const char *Reply) {
  char Buf[64];
  __wasi_iovec_t Iov = {(uint8_t *)Buf, sizeof(Buf)};
  __wasi_size_t N = 0;
  __wasi_roflags_t Flags = 0;
  // Peek first: the data stays for the real read.
  int E = __wasi_sock_recv(Fd, &Iov, 1, __WASI_RIFLAGS_RECV_PEEK, &N, &Flags);
  printf("peek: %d %.*s\n", E, (int)N, Buf);
  E = __wasi_sock_recv(Fd, &Iov, 1, 0, &N, &Flags);
  printf("recv: %d %.*s flags=%d\n", E, (int)N, Buf, Flags);
  __wasi_ciovec_t Out = {(const uint8_t *)Reply, strlen(Reply)};
  E = __wasi_sock_send(Fd, &Out, 1, 0, &N);
  printf("send: %d %u\n", E, (unsigned)N);
  printf("bad sdflags: %d\n", __wasi_sock_shutdown(Fd, 7));
  printf("bad siflags: %d\n", __wasi_sock_send(Fd, &Out, 1, 1, &N));
  printf("shutdown: %d\n", __wasi_sock_shutdown(Fd, __WASI_SDFLAGS_WR));
}

int main(int argc, char **argv) {
  __wasi_fdstat_t St;
  __wasi_fd_fdstat_get(0, &St);
  printf("stdin filetype: %d\n", St.fs_filetype);
  // stdout is a pipe, 99 names nothing.
  char Buf[8];
  __wasi_iovec_t Iov = {(uint8_t *)Buf, sizeof(Buf)};
  __wasi_size_t N;
  __wasi_roflags_t Flags;
  __wasi_fd_t Conn;
  printf("not sockets: %d %d %d\n",
         __wasi_sock_recv(1, &Iov, 1, 0, &N, &Flags),
         __wasi_sock_accept(1, 0, &Conn),
         __wasi_sock_shutdown(1, __WASI_SDFLAGS_RD));
  printf("no descriptor: %d %d\n", __wasi_sock_shutdown(99, 1),
         __wasi_sock_accept(99, 0, &Conn));
  if (strcmp(argv[1], "accept") == 0) {
    int E = __wasi_sock_accept(0, 0, &Conn);
    printf("accept: %d fd=%u\n", E, (unsigned)Conn);
    recvSend(Conn, "PONG");
    // An accepted connection has no right to accept.
    printf("accept on a connection: %d\n", __wasi_sock_accept(Conn, 0, &Conn));
  } else {
    recvSend(0, "HELLO");
  }
  return 0;
}

// CHECK: client got: PONG
// CHECK-NEXT: stdin filetype: 6
// CHECK-NEXT: not sockets: 57 57 57
// CHECK-NEXT: no descriptor: 8 8
// CHECK-NEXT: accept: 0 fd=3
// CHECK-NEXT: peek: 0 ping
// CHECK-NEXT: recv: 0 ping flags=0
// CHECK-NEXT: send: 0 4
// CHECK-NEXT: bad sdflags: 28
// CHECK-NEXT: bad siflags: 28
// CHECK-NEXT: shutdown: 0
// CHECK-NEXT: accept on a connection: 76
// CHECK-NEXT: exit: 0
// CHECK-NEXT: peer got: HELLO
// CHECK-NEXT: stdin filetype: 6
// CHECK-NEXT: not sockets: 57 57 57
// CHECK-NEXT: no descriptor: 8 8
// CHECK-NEXT: peek: 0 hello
// CHECK-NEXT: recv: 0 hello flags=0
// CHECK-NEXT: send: 0 5
// CHECK-NEXT: bad sdflags: 28
// CHECK-NEXT: bad siflags: 28
// CHECK-NEXT: shutdown: 0
// CHECK-NEXT: exit: 0
