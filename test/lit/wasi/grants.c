// Capability grants: what the build bakes in (--dir, --dir-ro, --env,
// --inherit-env) and what the person running the program may change
// (WASMC_DIRS, WASMC_ENV narrow; widening needs --allow-runtime-grants).
// The program prints its preopens and its environment.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t/a %t/b %t/c
// RUN: clang-19 --target=wasm32-wasi -O2 %s -o %t/prog.wasm
//
// Least privilege by default: stdio and arguments only.
// RUN: wasmc %t/prog.wasm -o %t/none
// RUN: env SECRET=1 %t/none x | FileCheck --check-prefix=NONE %s
// NONE: argc=2
// NONE-NEXT: end
//
// Build-time grants.
// RUN: wasmc %t/prog.wasm -o %t/some --dir %t/a::/data --dir-ro %t/b::lib --env K=V --env K=W --env EMPTY=
// RUN: env SECRET=1 %t/some | FileCheck --check-prefix=SOME %s
// SOME: argc=1
// SOME-NEXT: preopen 3 /data
// SOME-NEXT: preopen 4 lib
// SOME-NEXT: env K=W
// SOME-NEXT: env EMPTY=
// SOME-NEXT: end
//
// Run-time narrowing: keep only some directories and variables, make one
// read-only (checked by readonly.c); an empty list keeps nothing.
// RUN: env WASMC_DIRS='lib' WASMC_ENV='EMPTY;NOPE' %t/some | FileCheck --check-prefix=NARROW %s
// NARROW: argc=1
// NARROW-NEXT: preopen 3 lib
// NARROW-NEXT: env EMPTY=
// NARROW-NEXT: end
// RUN: env WASMC_DIRS= WASMC_ENV= %t/some | FileCheck --check-prefix=NONE1 %s
// NONE1: argc=1
// NONE1-NEXT: end
//
// Widening without --allow-runtime-grants is refused before anything runs.
// RUN: env WASMC_DIRS='%t/c::/c' not %t/some 2>&1 | FileCheck --check-prefix=WIDEN-DIR %s
// WIDEN-DIR: wasmc: error: WASMC_DIRS: '{{.*}}/c::/c' grants a directory, but this program was built without --allow-runtime-grants
// RUN: env WASMC_DIRS='/other' not %t/some 2>&1 | FileCheck --check-prefix=UNKNOWN %s
// UNKNOWN: wasmc: error: WASMC_DIRS: '/other' is not a directory this program was granted at build time
// RUN: env WASMC_ENV='K=evil' not %t/some 2>&1 | FileCheck --check-prefix=WIDEN-ENV %s
// WIDEN-ENV: wasmc: error: WASMC_ENV: 'K=...' sets a variable, but this program was built without --allow-runtime-grants
// RUN: env WASMC_INHERIT_ENV=1 not %t/some 2>&1 | FileCheck --check-prefix=WIDEN-INHERIT %s
// WIDEN-INHERIT: wasmc: error: WASMC_INHERIT_ENV: this program was built without --allow-runtime-grants
//
// With --allow-runtime-grants the runner may add.
// RUN: wasmc %t/prog.wasm -o %t/open --dir %t/a::/data --allow-runtime-grants
// RUN: env WASMC_DIRS='/data;ro:%t/c::/c' WASMC_ENV='X=1' %t/open | FileCheck --check-prefix=ADD %s
// ADD: preopen 3 /data
// ADD-NEXT: preopen 4 /c
// ADD-NEXT: env X=1
// ADD-NEXT: end
//
// --inherit-env passes the run's environment, except WASMC_* variables;
// --env values win over inherited ones.
// RUN: wasmc %t/prog.wasm -o %t/inherit --inherit-env --env K=baked
// RUN: env -i SECRET=1 K=host WASMC_STACK_SIZE=16M %t/inherit | FileCheck --check-prefix=INHERIT %s
// INHERIT: argc=1
// INHERIT-NEXT: env SECRET=1
// INHERIT-NEXT: env K=baked
// INHERIT-NEXT: end
//
// A relative HOST is made absolute when compiling, so the program gets the
// same directory wherever it runs from.
// RUN: cd %t && wasmc prog.wasm -o rel --dir a::/data
// RUN: cd / && %t/rel | FileCheck --check-prefix=REL %s
// REL: preopen 3 /data
//
// Bad grants are usage errors at compile time.
// RUN: not wasmc %t/prog.wasm -o %t/bad --env NOVALUE 2>&1 | FileCheck --check-prefix=BAD-ENV %s
// BAD-ENV: wasmc: error: invalid --env 'NOVALUE': expected NAME=VALUE
// RUN: not wasmc %t/prog.wasm -o %t/bad --dir '::/x' 2>&1 | FileCheck --check-prefix=BAD-DIR %s
// BAD-DIR: wasmc: error: invalid --dir '::/x': expected HOST or HOST::GUEST with both non-empty
// RUN: not wasmc %t/prog.wasm -o %t/bad --dir %s 2>&1 | FileCheck --check-prefix=NOT-DIR %s
// NOT-DIR: wasmc: error: --dir '{{.*}}grants.c' is not a directory
// RUN: not wasmc -c %t/prog.wasm -o %t/bad.o --dir %t/a 2>&1 | FileCheck --check-prefix=NOT-EXE %s
// NOT-EXE: wasmc: error: --dir, --dir-ro, --env, --inherit-env, --tcp-listen and --allow-runtime-grants apply to executables only
// A granted directory that is missing when the program runs stops it.
// RUN: wasmc %t/prog.wasm -o %t/missing --dir %t/gone::/gone
// RUN: not %t/missing 2>&1 | FileCheck --check-prefix=MISSING %s
// MISSING: wasmc: error: cannot open the granted directory '{{.*}}/gone': No such file or directory

#include <stdio.h>
#include <stdlib.h>
#include <wasi/api.h>

extern char **environ;

int main(int argc, char **argv) {
  printf("argc=%d\n", argc);
  for (__wasi_fd_t Fd = 3;; ++Fd) {
    __wasi_prestat_t P;
    if (__wasi_fd_prestat_get(Fd, &P) != 0)
      break;
    char Name[256] = "";
    __wasi_fd_prestat_dir_name(Fd, (uint8_t *)Name,
                               P.u.dir.pr_name_len);
    printf("preopen %u %.*s\n", (unsigned)Fd, (int)P.u.dir.pr_name_len, Name);
  }
  for (char **E = environ; E && *E; ++E)
    printf("env %s\n", *E);
  printf("end\n");
  return 0;
}
