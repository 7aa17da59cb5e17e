// WASI preview1 functions of the first slice, called the way compiled code
// calls them (calling instance's vmctx first), checking results and the
// exact WASI errno values: EBADF 8, EFAULT 21, EINVAL 28, ENOSYS 52,
// ESPIPE 70. Guest pointers are bounds-checked against the memory size, and
// nothing is written when a check fails.
//
// REQUIRES: x86_64, linux
// RUN: clang-19 -O1 -I%src_root/rtlib/include %s %rtlib_dir/x86_64-linux-gnu/librtlib.a -o %t
// RUN: echo "typed input" | %t first "second arg" 2>&1 | cat | FileCheck %s

#include "wasmc/rtlib.h"

#include <stdio.h>
#include <string.h>

int32_t wasmc_wasi_args_sizes_get(wasmc_vmctx *, int32_t, int32_t);
int32_t wasmc_wasi_args_get(wasmc_vmctx *, int32_t, int32_t);
int32_t wasmc_wasi_environ_sizes_get(wasmc_vmctx *, int32_t, int32_t);
int32_t wasmc_wasi_fd_write(wasmc_vmctx *, int32_t, int32_t, int32_t, int32_t);
int32_t wasmc_wasi_fd_read(wasmc_vmctx *, int32_t, int32_t, int32_t, int32_t);
int32_t wasmc_wasi_fd_close(wasmc_vmctx *, int32_t);
int32_t wasmc_wasi_fd_fdstat_get(wasmc_vmctx *, int32_t, int32_t);
int32_t wasmc_wasi_fd_prestat_get(wasmc_vmctx *, int32_t, int32_t);
int32_t wasmc_wasi_fd_seek(wasmc_vmctx *, int32_t, int64_t, int32_t, int32_t);
int32_t wasmc_wasi_clock_time_get(wasmc_vmctx *, int32_t, int64_t, int32_t);
int32_t wasmc_wasi_clock_res_get(wasmc_vmctx *, int32_t, int32_t);
int32_t wasmc_wasi_random_get(wasmc_vmctx *, int32_t, int32_t);
int32_t wasmc_wasi_sched_yield(wasmc_vmctx *);
int32_t wasmc_wasi_path_open(wasmc_vmctx *, int32_t, int32_t, int32_t, int32_t,
                             int32_t, int64_t, int64_t, int32_t, int32_t);
int32_t wasmc_wasi_poll_oneoff(wasmc_vmctx *, int32_t, int32_t, int32_t,
                               int32_t);

static const wasmc_memory_desc Memories[] = {{{1, 0, 0}}};
static const wasmc_module_desc Desc = {
    WASMC_ABI_VERSION, 0, NULL, 0, NULL, 0, NULL, 0, NULL, 1, Memories,
    0, NULL, 0, NULL, 0, NULL, 0, NULL, -1, NULL, NULL, 0};

static uint32_t u32(const uint8_t *P) { uint32_t V; memcpy(&V, P, 4); return V; }
static uint64_t u64(const uint8_t *P) { uint64_t V; memcpy(&V, P, 8); return V; }
static void put32(uint8_t *P, uint32_t V) { memcpy(P, &V, 4); }

int main(int argc, char **argv) {
  wasmc_wasi_config Wasi = {argc, (const char *const *)argv};
  wasmc_instance_config Config = {NULL, NULL, &Wasi};
  wasmc_outcome Out;
  wasmc_instance *I = wasmc_instantiate(&Desc, &Config, &Out);
  if (!I)
    return 1;
  wasmc_vmctx *V = wasmc_instance_vmctx(I);
  uint8_t *M = V->mem0_base;

  // CHECK: args: 0 3 bytes=
  printf("args: %d %u bytes=%u\n", wasmc_wasi_args_sizes_get(V, 0, 4), u32(M),
         u32(M + 4));
  // CHECK-NEXT: args_get: 0 [first] [second arg]
  int R = wasmc_wasi_args_get(V, 100, 200);
  printf("args_get: %d [%s] [%s]\n", R, (char *)M + u32(M + 104),
         (char *)M + u32(M + 108));
  // CHECK-NEXT: args_get out of bounds: 21
  printf("args_get out of bounds: %d\n", wasmc_wasi_args_get(V, 100, 65535));
  // CHECK-NEXT: environ: 0 0 0
  memset(M, 0xFF, 8);
  printf("environ: %d %u %u\n", wasmc_wasi_environ_sizes_get(V, 0, 4), u32(M),
         u32(M + 4));
  fflush(stdout);

  // CHECK-NEXT: written by fd_write
  strcpy((char *)M + 300, "written by ");
  strcpy((char *)M + 400, "fd_write\n");
  put32(M + 16, 300); put32(M + 20, 11); put32(M + 24, 400); put32(M + 28, 9);
  // CHECK-NEXT: fd_write: 0 20
  R = wasmc_wasi_fd_write(V, 1, 16, 2, 8);
  printf("fd_write: %d %u\n", R, u32(M + 8));
  // A buffer that ends one byte past the memory: EFAULT, nothing written.
  // CHECK-NEXT: fd_write bad buffer: 21
  put32(M + 32, 65530); put32(M + 36, 7);
  printf("fd_write bad buffer: %d\n", wasmc_wasi_fd_write(V, 1, 16, 3, 8));
  // CHECK-NEXT: fd_write bad iovec array: 21
  printf("fd_write bad iovec array: %d\n",
         wasmc_wasi_fd_write(V, 1, 65532, 0x20000000, 8));
  // CHECK-NEXT: fd_write bad result pointer: 21
  printf("fd_write bad result pointer: %d\n", wasmc_wasi_fd_write(V, 1, 16, 2, -4));
  // CHECK-NEXT: fd_write unknown fd: 8
  printf("fd_write unknown fd: %d\n", wasmc_wasi_fd_write(V, 7, 16, 2, 8));

  // CHECK-NEXT: fd_read: 0 12 typed input
  put32(M + 16, 500); put32(M + 20, 100);
  R = wasmc_wasi_fd_read(V, 0, 16, 1, 8);
  printf("fd_read: %d %u %.*s", R, u32(M + 8), (int)u32(M + 8), (char *)M + 500);

  // stdout is a pipe here: unknown filetype; it has the seek right (only
  // terminals lack it) and the host says ESPIPE.
  // CHECK-NEXT: fdstat: 0 type=0 write=1 seek=1
  R = wasmc_wasi_fd_fdstat_get(V, 1, 600);
  printf("fdstat: %d type=%u write=%d seek=%d\n", R, M[600],
         (int)((u64(M + 608) >> 6) & 1), (int)((u64(M + 608) >> 2) & 1));
  // CHECK-NEXT: seek: 70
  printf("seek: %d\n", wasmc_wasi_fd_seek(V, 1, 0, 1, 700));
  // CHECK-NEXT: seek bad whence: 28
  printf("seek bad whence: %d\n", wasmc_wasi_fd_seek(V, 1, 0, 9, 700));
  // CHECK-NEXT: prestat: 8 8
  printf("prestat: %d %d\n", wasmc_wasi_fd_prestat_get(V, 3, 700),
         wasmc_wasi_fd_prestat_get(V, 0, 700));

  // CHECK-NEXT: clocks: 0 0 0 0 nonzero=1
  printf("clocks: %d %d %d %d nonzero=%d\n",
         wasmc_wasi_clock_time_get(V, 0, 1, 800),
         wasmc_wasi_clock_time_get(V, 1, 1, 808),
         wasmc_wasi_clock_time_get(V, 2, 1, 816),
         wasmc_wasi_clock_res_get(V, 3, 824), u64(M + 800) > 1600000000ull * 1000000000ull);
  // CHECK-NEXT: bad clock: 28 28
  printf("bad clock: %d %d\n", wasmc_wasi_clock_time_get(V, 4, 1, 800),
         wasmc_wasi_clock_res_get(V, -1, 800));
  // CHECK-NEXT: clock out of bounds: 21
  printf("clock out of bounds: %d\n", wasmc_wasi_clock_time_get(V, 1, 1, 65529));
  // CHECK-NEXT: random: 0 21 0
  printf("random: %d %d %d\n", wasmc_wasi_random_get(V, 1000, 4096),
         wasmc_wasi_random_get(V, 65000, 537), wasmc_wasi_random_get(V, 65536, 0));
  // CHECK-NEXT: sched_yield: 0
  printf("sched_yield: %d\n", wasmc_wasi_sched_yield(V));
  // No descriptor 3 (EBADF 8); no subscriptions (EINVAL 28).
  // CHECK-NEXT: path_open, poll_oneoff: 8 28
  printf("path_open, poll_oneoff: %d %d\n",
         wasmc_wasi_path_open(V, 3, 0, 0, 0, 0, 0, 0, 0, 0),
         wasmc_wasi_poll_oneoff(V, 0, 0, 0, 0));
  // CHECK-NEXT: close: 0 8 8
  fflush(stdout);
  printf("close: %d %d %d\n", wasmc_wasi_fd_close(V, 2),
         wasmc_wasi_fd_close(V, 2), wasmc_wasi_fd_write(V, 2, 16, 1, 8));
  return 0;
}
