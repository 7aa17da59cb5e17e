// Import matching of typed references (Wasm 3.0) across two instances: an
// immutable global links when the export's type is a subtype of the
// import's, a mutable global and a table when the types are equal; nullability
// and concrete heap types count, not only the hierarchy (func or extern)
// that the descriptor's type byte gives. A host funcref global has type
// (ref null func), so it cannot satisfy a (ref func) import.
//
// REQUIRES: x86_64, linux
// RUN: rm -rf %t && mkdir -p %t
// RUN: python3 %S/Inputs/gen-typed-link.py %t
// RUN: for m in %t/*.wasm; do \
// RUN:   wasmc --shared -O0 $m -o ${m%%.wasm}.so || exit 1; done
// RUN: clang-19 -O1 -Wall -Werror %rtlib_cflags %s %rtlib_ldflags -o %t/host
// RUN: %t/host %t | FileCheck %s

#include "wasmc/rtlib.h"

#include <stdio.h>
#include <string.h>

static wasmc_instance *instantiate(const char *Dir, const char *Name,
                                   wasmc_linker *Linker) {
  char Path[4096];
  snprintf(Path, sizeof(Path), "%s/%s.so", Dir, Name);
  wasmc_outcome Out;
  wasmc_module *M = wasmc_module_load(Path, &Out);
  if (!M) {
    printf("%s: load: %s\n", Name, Out.message);
    return NULL;
  }
  wasmc_instance_config Config;
  memset(&Config, 0, sizeof(Config));
  Config.resolve = wasmc_linker_resolve;
  Config.resolve_data = Linker;
  wasmc_instance *I = wasmc_instantiate(wasmc_module_desc_of(M), &Config, &Out);
  printf("%s: %s\n", Name, I ? "linked" : Out.message);
  return I;
}

int main(int Argc, char **Argv) {
  const char *Dir = Argv[1];
  if (Argc < 2 || wasmc_runtime_init() != 0)
    return 1;
  wasmc_linker *Linker = wasmc_linker_new();
  // CHECK: exporter: linked
  wasmc_instance *E = instantiate(Dir, "exporter", Linker);
  if (!E || wasmc_linker_define_instance(Linker, "e", E) != 0)
    return 1;
  // An export carries its exact type.
  wasmc_extern X;
  // CHECK-NEXT: gr: (ref ={{[0-9]+}}), gv: (ref null func)
  if (!wasmc_instance_get_export(E, "gr", &X))
    return 1;
  printf("gr: %s, ", X.global_ref_type);
  if (!wasmc_instance_get_export(E, "gv", &X))
    return 1;
  printf("gv: %s\n", X.global_ref_type);

  static wasmc_global Cell;
  wasmc_extern H;
  wasmc_extern_global(&Cell, WASMC_FUNCREF, 0, &H);
  if (wasmc_linker_define(Linker, "h", "g", &H) != 0)
    return 1;

  static const char *const Cases[] = {
      "ok-func-as-funcref",   "ok-ref-as-reffunc",   "ok-ref-as-refnullt",
      "ok-mut-equal",         "ok-table-equal",      "ok-host-funcref",
      "bad-func-as-reft",     "bad-func-as-refnullt", "bad-mut-subtype",
      "bad-table-supertype",  "bad-host-funcref"};
  // CHECK-NEXT: ok-func-as-funcref: linked
  // CHECK-NEXT: ok-ref-as-reffunc: linked
  // CHECK-NEXT: ok-ref-as-refnullt: linked
  // CHECK-NEXT: ok-mut-equal: linked
  // CHECK-NEXT: ok-table-equal: linked
  // CHECK-NEXT: ok-host-funcref: linked
  // CHECK-NEXT: bad-func-as-reft: incompatible import type for "e" "gf": expected global (ref =[[T:[0-9]+]]), got global (ref func)
  // CHECK-NEXT: bad-func-as-refnullt: incompatible import type for "e" "gf": expected global (ref null =[[T]]), got global (ref func)
  // CHECK-NEXT: bad-mut-subtype: incompatible import type for "e" "gv": expected global (mut (ref func)), got global (mut (ref null func))
  // CHECK-NEXT: bad-table-supertype: incompatible import type for "e" "tf": expected table {min 1, no max} (ref null func), got table {min 2, no max} (ref func)
  // CHECK-NEXT: bad-host-funcref: incompatible import type for "h" "g": expected global (ref func), got global (ref null func)
  for (unsigned K = 0; K < sizeof(Cases) / sizeof(Cases[0]); ++K)
    instantiate(Dir, Cases[K], Linker);
  return 0;
}
