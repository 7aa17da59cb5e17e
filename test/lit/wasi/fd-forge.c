// Guest descriptors are indices into the guest's own table: numbers the
// guest was not given (other small numbers, host descriptor numbers the
// runtime has open, huge and negative values, closed ones) are EBADF for
// every call, and closing or renumbering cannot reach host descriptors.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t/sandbox
// RUN: echo inside > %t/sandbox/file.txt
// RUN: clang-19 --target=wasm32-wasi -O2 -I%S/Inputs %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog --dir %t/sandbox::/sandbox
// RUN: %t/prog 9</dev/null 10>%t/host-fd-10 | FileCheck %s
// RUN: count 0 < %t/host-fd-10

#include "sandbox.h"
#include <stdlib.h>

static void tryFd(__wasi_fd_t Fd) {
  char Buf[8];
  __wasi_iovec_t Iov = {(uint8_t *)Buf, sizeof(Buf)};
  __wasi_ciovec_t Ciov = {(const uint8_t *)"leak\n", 5};
  __wasi_size_t N;
  __wasi_fdstat_t St;
  __wasi_prestat_t Pre;
  __wasi_fd_t Out;
  __wasi_filesize_t Pos;
  printf("fd %u: read %d write %d fdstat %d prestat %d open %d seek %d "
         "renumber %d sock %d close %d\n",
         (unsigned)Fd, __wasi_fd_read(Fd, &Iov, 1, &N),
         __wasi_fd_write(Fd, &Ciov, 1, &N), __wasi_fd_fdstat_get(Fd, &St),
         __wasi_fd_prestat_get(Fd, &Pre),
         openAt(Fd, "file.txt", 0, 0, __WASI_RIGHTS_FD_READ, &Out),
         __wasi_fd_seek(Fd, 0, __WASI_WHENCE_SET, &Pos),
         __wasi_fd_renumber(Fd, 1), __wasi_sock_shutdown(Fd, __WASI_SDFLAGS_WR),
         __wasi_fd_close(Fd));
}

int main(void) {
  // The host has 9 and 10 open (see the RUN line) and the runtime its own;
  // none of them exists for the guest.
  // CHECK: fd 4: read 8 write 8 fdstat 8 prestat 8 open 8 seek 8 renumber 8 sock 8 close 8
  // CHECK-NEXT: fd 9: read 8 write 8 fdstat 8 prestat 8 open 8 seek 8 renumber 8 sock 8 close 8
  // CHECK-NEXT: fd 10: read 8 write 8 fdstat 8 prestat 8 open 8 seek 8 renumber 8 sock 8 close 8
  // CHECK-NEXT: fd 255: read 8 write 8 fdstat 8 prestat 8 open 8 seek 8 renumber 8 sock 8 close 8
  // CHECK-NEXT: fd 65536: read 8 write 8 fdstat 8 prestat 8 open 8 seek 8 renumber 8 sock 8 close 8
  // CHECK-NEXT: fd 4294967295: read 8 write 8 fdstat 8 prestat 8 open 8 seek 8 renumber 8 sock 8 close 8
  const __wasi_fd_t Forged[] = {4, 9, 10, 255, 65536, 0xffffffffu};
  for (unsigned K = 0; K < sizeof(Forged) / sizeof(Forged[0]); ++K)
    tryFd(Forged[K]);
  // Renumbering onto a number that is not open does not create it.
  // CHECK-NEXT: renumber 3 -> 50: 8
  SHOW("renumber 3 -> 50", __wasi_fd_renumber(PREOPEN, 50));
  // A descriptor that was closed is gone, and its number is reused only by
  // the guest's next open.
  __wasi_fd_t Fd;
  openAt(PREOPEN, "file.txt", 0, 0, __WASI_RIGHTS_FD_READ, &Fd);
  // CHECK-NEXT: opened 4, close 0, again 8
  printf("opened %u, close %d, again %d\n", (unsigned)Fd, __wasi_fd_close(Fd),
         __wasi_fd_close(Fd));
  // Sockets: EBADF for numbers that name nothing, ENOTSOCK for others.
  // CHECK-NEXT: sock_shutdown on the preopen: 57
  SHOW("sock_shutdown on the preopen",
       __wasi_sock_shutdown(PREOPEN, __WASI_SDFLAGS_WR));
  // CHECK-NEXT: sock_accept on stdin: 57
  SHOW("sock_accept on stdin", __wasi_sock_accept(0, 0, &Fd));
  // Closing the preopen leaves nothing to reach the directory through.
  // CHECK-NEXT: close preopen: 0 then open 8
  int Closed = __wasi_fd_close(PREOPEN);
  printf("close preopen: %d then open %d\n", Closed,
         openAt(PREOPEN, "file.txt", 0, 0, __WASI_RIGHTS_FD_READ, &Fd));
  return 0;
}
