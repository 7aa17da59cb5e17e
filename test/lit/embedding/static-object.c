// A module compiled with -c can also be linked statically into a host, with
// the static runtime: the host refers to the module's descriptor directly.
// (At most one module per program this way: every object defines
// wasmc_module_descriptor; use --shared for more.)
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: wat2wasm %S/Inputs/counter.wat -o %t/counter.wasm
// RUN: wasmc -c -O1 %t/counter.wasm -o %t/counter.o
// RUN: clang-19 -Wall -Werror %rtlib_cflags %s %t/counter.o %rtlib_dir/x86_64-linux-gnu/librtlib.a -lm -o %t/host
// RUN: %t/host | FileCheck %s

#include "wasmc/rtlib.h"

#include <stdio.h>

extern const wasmc_module_desc wasmc_module_descriptor;

int main(void) {
  wasmc_outcome Out;
  wasmc_instance *I = wasmc_instantiate(&wasmc_module_descriptor, NULL, &Out);
  if (!I) {
    printf("instantiate: %s\n", Out.message);
    return 1;
  }
  wasmc_value Args[2] = {{.i32 = 40}, {.i32 = 2}}, Res[1];
  wasmc_instance_call(I, "add", Args, 2, Res, 1, &Out);
  // CHECK: add: 42
  printf("add: %d\n", Res[0].i32);
  Args[1].i32 = 0;
  wasmc_instance_call(I, "div", Args, 2, Res, 1, &Out);
  // CHECK-NEXT: div: trapped integer divide by zero
  printf("div: %s %s\n", Out.kind == WASMC_OUTCOME_TRAPPED ? "trapped" : "?",
         Out.message);
  return 0;
}
