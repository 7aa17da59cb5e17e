// The embedding side of the grants: wasmc_wasi_config's envp and preopens
// (with read_only) reach the guest as its environment and descriptors 3...,
// a missing directory fails instantiation with a message, and zeroed
// members grant nothing. WASI functions are called the way compiled code
// calls them.
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t/data && echo inside > %t/data/file.txt
// RUN: clang-19 -O1 -I%src_root/rtlib/include %s %rtlib_dir/x86_64-linux-gnu/librtlib.a -o %t/host
// RUN: %t/host %t/data | FileCheck %s
// RUN: ls -A %t/data | FileCheck --check-prefix=TREE %s
// TREE: {{^file.txt$}}
// TREE-NOT: {{.}}

#include "wasmc/rtlib.h"

#include <stdio.h>
#include <string.h>

int32_t wasmc_wasi_environ_sizes_get(wasmc_vmctx *, int32_t, int32_t);
int32_t wasmc_wasi_environ_get(wasmc_vmctx *, int32_t, int32_t);
int32_t wasmc_wasi_fd_prestat_get(wasmc_vmctx *, int32_t, int32_t);
int32_t wasmc_wasi_fd_prestat_dir_name(wasmc_vmctx *, int32_t, int32_t,
                                       int32_t);
int32_t wasmc_wasi_path_open(wasmc_vmctx *, int32_t, int32_t, int32_t, int32_t,
                             int32_t, int64_t, int64_t, int32_t, int32_t);
int32_t wasmc_wasi_path_create_directory(wasmc_vmctx *, int32_t, int32_t,
                                         int32_t);

static const wasmc_memory_desc Memories[] = {{{1, 0, 0}}};
static const wasmc_module_desc Desc = {
    WASMC_ABI_VERSION, 0, NULL, 0, NULL, 0, NULL, 0, NULL, 1, Memories,
    0, NULL, 0, NULL, 0, NULL, 0, NULL, -1, NULL, NULL, 0};

static uint32_t u32(const uint8_t *P) { uint32_t V; memcpy(&V, P, 4); return V; }

int main(int argc, char **argv) {
  const char *Env[] = {"A=1", "B=two"};
  wasmc_wasi_preopen Pre[] = {{argv[1], "/data", 1}};
  wasmc_wasi_config Wasi = {argc, (const char *const *)argv, 2, Env, 1, Pre};
  wasmc_instance_config Config = {NULL, NULL, &Wasi};
  wasmc_outcome Out;
  wasmc_instance *I = wasmc_instantiate(&Desc, &Config, &Out);
  if (!I)
    return 1;
  wasmc_vmctx *V = wasmc_instance_vmctx(I);
  uint8_t *M = V->mem0_base;

  // CHECK: environ: 0 2 10
  printf("environ: %d %u %u\n", wasmc_wasi_environ_sizes_get(V, 0, 4), u32(M),
         u32(M + 4));
  // CHECK-NEXT: environ_get: 0 [A=1] [B=two]
  int R = wasmc_wasi_environ_get(V, 100, 200);
  printf("environ_get: %d [%s] [%s]\n", R, (char *)M + u32(M + 100),
         (char *)M + u32(M + 104));
  // CHECK-NEXT: prestat: 0 tag=0 len=5 name=/data
  R = wasmc_wasi_fd_prestat_get(V, 3, 300);
  wasmc_wasi_fd_prestat_dir_name(V, 3, 400, 5);
  printf("prestat: %d tag=%u len=%u name=%.5s\n", R, M[300], u32(M + 304),
         (char *)M + 400);
  // CHECK-NEXT: short name buffer: 37
  printf("short name buffer: %d\n", wasmc_wasi_fd_prestat_dir_name(V, 3, 400, 4));
  // Read-only: reading works, writing and creating are ENOTCAPABLE.
  strcpy((char *)M + 500, "file.txt");
  strcpy((char *)M + 520, "made");
  // CHECK-NEXT: open read: 0 fd=4
  R = wasmc_wasi_path_open(V, 3, 0, 500, 8, 0, 2, 0, 0, 600);
  printf("open read: %d fd=%u\n", R, u32(M + 600));
  // CHECK-NEXT: open write: 76 create: 76 mkdir: 76
  printf("open write: %d create: %d mkdir: %d\n",
         wasmc_wasi_path_open(V, 3, 0, 500, 8, 0, 64, 0, 0, 600),
         wasmc_wasi_path_open(V, 3, 0, 520, 4, 1, 2, 0, 0, 600),
         wasmc_wasi_path_create_directory(V, 3, 520, 4));
  wasmc_instance_destroy(I);

  // Nothing granted: no environment, no descriptor 3.
  wasmc_wasi_config Bare = {argc, (const char *const *)argv};
  Config.wasi = &Bare;
  I = wasmc_instantiate(&Desc, &Config, &Out);
  V = wasmc_instance_vmctx(I);
  M = V->mem0_base;
  // CHECK-NEXT: bare: 0 0 8
  R = wasmc_wasi_environ_sizes_get(V, 0, 4);
  printf("bare: %d %u %d\n", R, u32(M), wasmc_wasi_fd_prestat_get(V, 3, 300));
  wasmc_instance_destroy(I);

  // A granted directory that does not exist fails instantiation.
  wasmc_wasi_preopen Missing[] = {{"/nonexistent/wasmc-dir", "x", 0}};
  wasmc_wasi_config Bad = {argc, (const char *const *)argv, 0, NULL, 1,
                           Missing};
  Config.wasi = &Bad;
  // CHECK-NEXT: missing: null kind=3 cannot open the granted directory '/nonexistent/wasmc-dir': No such file or directory
  I = wasmc_instantiate(&Desc, &Config, &Out);
  printf("missing: %s kind=%d %s\n", I ? "instance" : "null", Out.kind,
         Out.message);
  return 0;
}
