// A module with enough data gets its memory's initial contents as a
// copy-on-write image (rtlib/memory/Image.h): a sealed memfd mapped
// privately into each instance. Each instance sees exactly the data
// segment's bytes; what one writes, inside the image or outside, reaches
// neither a live sibling nor the next instance (whose memory comes from the
// reservation pool); the active segment is dropped as if copied. A module
// with little data copies it, as before, and behaves the same.
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: python3 %S/Inputs/gen-image-wat.py 100000 > %t/big.wat
// RUN: python3 %S/Inputs/gen-image-wat.py 1000 > %t/small.wat
// RUN: wat2wasm %t/big.wat -o %t/big.wasm
// RUN: wat2wasm %t/small.wat -o %t/small.wasm
// RUN: wasmc --shared %t/big.wasm -o %t/big.so
// RUN: wasmc --shared %t/small.wasm -o %t/small.so
// RUN: clang-19 -Wall -Werror %rtlib_cflags %s %rtlib_ldflags -o %t/host
// RUN: %t/host %t/big.so | FileCheck %s --check-prefixes=CHECK,BIG
// RUN: %t/host %t/small.so | FileCheck %s --check-prefixes=CHECK,SMALL

#include "wasmc/rtlib.h"

#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const wasmc_module_desc *Desc;

static wasmc_instance *instantiate(void) {
  wasmc_outcome Out;
  wasmc_instance_config Config;
  memset(&Config, 0, sizeof(Config));
  wasmc_instance *I = wasmc_instantiate(Desc, &Config, &Out);
  if (!I)
    printf("instantiate: %s\n", Out.message);
  return I;
}

static long long sum(wasmc_instance *I) {
  wasmc_outcome Out;
  wasmc_value Res;
  wasmc_instance_call(I, "sum", NULL, 0, &Res, 1, &Out);
  if (Out.kind != WASMC_OUTCOME_RETURNED)
    return -1;
  return (long long)Res.i64;
}

static void poke(wasmc_instance *I, int Addr, int Value) {
  wasmc_outcome Out;
  wasmc_value Args[2] = {{.i32 = Addr}, {.i32 = Value}};
  wasmc_instance_call(I, "poke", Args, 2, NULL, 0, &Out);
}

/// Whether this process maps a memory image now.
static int imageMapped(void) {
  FILE *F = fopen("/proc/self/maps", "r");
  char Line[512];
  int Found = 0;
  while (F && fgets(Line, sizeof(Line), F))
    Found |= strstr(Line, "wasmc-memory-image") != NULL;
  if (F)
    fclose(F);
  return Found;
}

/// How many memfds of images this process has open.
static int imageFds(void) {
  DIR *Dir = opendir("/proc/self/fd");
  struct dirent *E;
  char Path[300], Target[300];
  int Count = 0;
  while (Dir && (E = readdir(Dir))) {
    snprintf(Path, sizeof(Path), "/proc/self/fd/%s", E->d_name);
    ssize_t N = readlink(Path, Target, sizeof(Target) - 1);
    if (N > 0) {
      Target[N] = 0;
      Count += strstr(Target, "wasmc-memory-image") != NULL;
    }
  }
  if (Dir)
    closedir(Dir);
  return Count;
}

int main(int Argc, char **Argv) {
  if (Argc != 2 || wasmc_runtime_init() != 0)
    return 2;
  wasmc_outcome Out;
  wasmc_module *M = wasmc_module_load(Argv[1], &Out);
  if (!M)
    return 1;
  Desc = wasmc_module_desc_of(M);

  wasmc_instance *A = instantiate();
  // BIG:   image mapped: 1
  // SMALL: image mapped: 0
  printf("image mapped: %d\n", imageMapped());
  long long Fresh = sum(A);
  // CHECK: fresh: [[FRESH:[0-9]+]]
  printf("fresh: %lld\n", Fresh);

  // Writes inside the data, just after it and far away.
  poke(A, 65636 + 500, 0);
  poke(A, 65636 + 1000, 9);
  poke(A, 3 * 65536 + 7, 9);
  wasmc_instance *B = instantiate();
  // CHECK-NEXT: A after writes differs: 1, B sees: [[FRESH]]
  printf("A after writes differs: %d, B sees: %lld\n", sum(A) != Fresh,
         sum(B));
  wasmc_value Res;
  wasmc_instance_call(A, "grow", NULL, 0, &Res, 1, &Out);
  poke(A, 4 * 65536 + 1, 5);
  // The active segment is dropped: memory.init of it traps.
  wasmc_instance_call(A, "init-active", NULL, 0, NULL, 0, &Out);
  // CHECK-NEXT: init-active: out of bounds memory access
  printf("init-active: %s\n", Out.message);
  wasmc_instance_destroy(A);
  wasmc_instance_destroy(B);

  // The next instances take the pooled reservations.
  for (int K = 0; K < 3; ++K) {
    wasmc_instance *C = instantiate();
    // CHECK-NEXT: next: [[FRESH]]
    // CHECK-NEXT: next: [[FRESH]]
    // CHECK-NEXT: next: [[FRESH]]
    printf("next: %lld\n", sum(C));
    poke(C, 65636 + 2, 200);
    wasmc_instance_destroy(C);
  }
  // CHECK-NEXT: after destroy, image mapped: 0
  printf("after destroy, image mapped: %d\n", imageMapped());
  // BIG-NEXT:   image descriptors open: 1
  // SMALL-NEXT: image descriptors open: 0
  printf("image descriptors open: %d\n", imageFds());

  // Unloading the module closes its image; loaded again, it makes another.
  wasmc_module_unload(M);
  // CHECK-NEXT: unloaded: image descriptors open: 0
  printf("unloaded: image descriptors open: %d\n", imageFds());
  M = wasmc_module_load(Argv[1], &Out);
  Desc = wasmc_module_desc_of(M);
  wasmc_instance *D = instantiate();
  // CHECK-NEXT: reloaded: [[FRESH]]
  printf("reloaded: %lld\n", sum(D));
  wasmc_instance_destroy(D);
  return 0;
}
