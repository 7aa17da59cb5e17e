// Bad guest pointers and lengths: every WASI call checks each range against
// the current memory size before touching anything and returns EFAULT (21);
// lengths that cannot be valid are EINVAL-like errors; nothing crashes and
// nothing is written or created on failure.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t/sandbox
// RUN: echo inside > %t/sandbox/file.txt
// RUN: clang-19 --target=wasm32-wasi -O2 %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog --dir %t/sandbox::/sandbox --env A=B
// RUN: %t/prog | FileCheck %s
// RUN: ls -A %t/sandbox | FileCheck --check-prefix=TREE %s
// TREE: {{^file.txt$}}
// TREE-NOT: {{.}}

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define WASI(name)                                                             \
  __attribute__((import_module("wasi_snapshot_preview1"), import_name(#name)))
WASI(path_open) int raw_path_open(int, int, int, int, int, long long,
                                  long long, int, int);
WASI(path_create_directory) int raw_mkdir(int, int, int);
WASI(path_filestat_get) int raw_filestat(int, int, int, int, int);
WASI(path_readlink) int raw_readlink(int, int, int, int, int, int);
WASI(path_symlink) int raw_symlink(int, int, int, int, int);
WASI(fd_write) int raw_fd_write(int, int, int, int);
WASI(fd_read) int raw_fd_read(int, int, int, int);
WASI(fd_readdir) int raw_fd_readdir(int, int, int, long long, int);
WASI(fd_prestat_dir_name) int raw_prestat_dir_name(int, int, int);
WASI(fd_fdstat_get) int raw_fdstat(int, int);
WASI(args_get) int raw_args_get(int, int);
WASI(environ_get) int raw_environ_get(int, int);
WASI(clock_time_get) int raw_clock(int, long long, int);
WASI(random_get) int raw_random(int, int);
WASI(poll_oneoff) int raw_poll(int, int, int, int);

static char Scratch[256];

int main(void) {
  int MemEnd = (int)(__builtin_wasm_memory_size(0) * 65536);
  int S = (int)(uintptr_t)Scratch;
  strcpy(Scratch, "file.txt");
  // CHECK: path_open path beyond memory: 21
  printf("path_open path beyond memory: %d\n",
         raw_path_open(3, 0, MemEnd - 4, 8, 0, 2, 2, 0, S + 64));
  // CHECK-NEXT: path_open huge length: 21
  printf("path_open huge length: %d\n",
         raw_path_open(3, 0, S, 0x7fffffff, 0, 2, 2, 0, S + 64));
  // CHECK-NEXT: path_open result beyond memory: 21
  printf("path_open result beyond memory: %d\n",
         raw_path_open(3, 0, S, 8, 0, 2, 2, 0, MemEnd - 2));
  // CHECK-NEXT: path_open negative pointer: 21
  printf("path_open negative pointer: %d\n",
         raw_path_open(3, 0, -1, 8, 0, 2, 2, 0, S + 64));
  // CHECK-NEXT: path with NUL: 28
  printf("path with NUL: %d\n", raw_mkdir(3, S, 9));
  // CHECK-NEXT: mkdir path beyond memory: 21
  printf("mkdir path beyond memory: %d\n", raw_mkdir(3, MemEnd - 3, 8));
  // CHECK-NEXT: filestat out beyond memory: 21
  printf("filestat out beyond memory: %d\n",
         raw_filestat(3, 0, S, 8, MemEnd - 63));
  // CHECK-NEXT: readlink buffer beyond memory: 21
  printf("readlink buffer beyond memory: %d\n",
         raw_readlink(3, S, 8, MemEnd - 10, 100, S + 64));
  // CHECK-NEXT: symlink target beyond memory: 21
  printf("symlink target beyond memory: %d\n",
         raw_symlink(MemEnd - 1, 5, 3, S, 8));
  // An iovec whose buffer runs past the end: nothing is written.
  int *Iov = (int *)(Scratch + 128);
  Iov[0] = MemEnd - 4;
  Iov[1] = 8;
  // CHECK-NEXT: fd_write buffer beyond memory: 21
  printf("fd_write buffer beyond memory: %d\n",
         raw_fd_write(1, (int)(uintptr_t)Iov, 1, S + 64));
  // CHECK-NEXT: fd_write iovecs beyond memory: 21
  printf("fd_write iovecs beyond memory: %d\n",
         raw_fd_write(1, MemEnd - 8, 2, S + 64));
  // CHECK-NEXT: fd_write huge iovec count: 21
  printf("fd_write huge iovec count: %d\n",
         raw_fd_write(1, S, 0x7fffffff, S + 64));
  // CHECK-NEXT: fd_read buffer beyond memory: 21
  printf("fd_read buffer beyond memory: %d\n",
         raw_fd_read(0, (int)(uintptr_t)Iov, 1, S + 64));
  // CHECK-NEXT: fd_readdir buffer beyond memory: 21
  printf("fd_readdir buffer beyond memory: %d\n",
         raw_fd_readdir(3, MemEnd - 16, 32, 0, S + 64));
  // CHECK-NEXT: prestat_dir_name beyond memory: 21
  printf("prestat_dir_name beyond memory: %d\n",
         raw_prestat_dir_name(3, MemEnd - 2, 8));
  // CHECK-NEXT: fdstat beyond memory: 21
  printf("fdstat beyond memory: %d\n", raw_fdstat(1, MemEnd - 8));
  // CHECK-NEXT: args_get beyond memory: 21
  printf("args_get beyond memory: %d\n", raw_args_get(MemEnd - 2, S));
  // CHECK-NEXT: environ_get beyond memory: 21
  printf("environ_get beyond memory: %d\n", raw_environ_get(S, MemEnd - 2));
  // CHECK-NEXT: clock_time_get beyond memory: 21
  printf("clock_time_get beyond memory: %d\n", raw_clock(1, 0, MemEnd - 4));
  // CHECK-NEXT: random_get beyond memory: 21
  printf("random_get beyond memory: %d\n", raw_random(MemEnd - 4, 8));
  // CHECK-NEXT: poll_oneoff beyond memory: 21
  printf("poll_oneoff beyond memory: %d\n", raw_poll(MemEnd - 10, S, 1, S));
  // CHECK-NEXT: poll_oneoff no subscriptions: 28
  printf("poll_oneoff no subscriptions: %d\n", raw_poll(S, S + 64, 0, S));
  return 0;
}
