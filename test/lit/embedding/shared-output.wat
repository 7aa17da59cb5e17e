;; `wasmc --shared` links a shared object for embedders: any imports are
;; allowed (the host supplies them at instantiation), no _start is needed,
;; rtlib is not inside (its entry points stay undefined, resolved from the
;; host's librtlib.so), and only the descriptor is exported.
;;
;; REQUIRES: x86_64, linux
;; RUN: rm -rf %t && mkdir -p %t && cd %t
;; RUN: wat2wasm %s -o lib.wasm
;; RUN: wasmc --shared lib.wasm
;; RUN: llvm-readelf --file-header --dynamic lib.so | FileCheck %s --check-prefix=ELF
;; ELF: Type: DYN (Shared object file)
;; ELF-NOT: NEEDED{{.*}}rtlib
;; ELF: SYMBOLIC
;; RUN: llvm-nm -D --defined-only lib.so | FileCheck %s --check-prefix=DEFINED
;; DEFINED-NOT: wasm_func
;; DEFINED: D wasmc_module_descriptor
;; DEFINED-NOT: wasm
;; RUN: llvm-nm -D --undefined-only lib.so | FileCheck %s --check-prefix=UNDEF
;; UNDEF: U wasmc_rt_call_host
;; UNDEF: U wasmc_rt_stack_check
;;
;; The same module cannot become an executable.
;; RUN: not wasmc lib.wasm -o lib 2>&1 | FileCheck %s --check-prefix=EXE
;; EXE: error: unresolved imports (the runtime provides only WASI preview1 functions): env.f (func), env.m (memory)
;;
;; -o names the output; --shared combines with no other output kind.
;; RUN: wasmc --shared -O0 lib.wasm -o other.so && test -f other.so
;; RUN: not wasmc --shared -c lib.wasm 2>&1 | FileCheck %s --check-prefix=USAGE
;; USAGE: error: --shared links a shared object; it cannot be combined with -c, -S, --emit-llvm or --validate-only
;; RUN: not wasmc --shared lib.wasm -o - 2>&1 | FileCheck %s --check-prefix=STDOUT
;; STDOUT: error: cannot write a shared object to stdout; use -o <file>

(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (import "env" "m" (memory 1))
  (func (export "g") (param i32) (result i32)
    (i32.div_s (call $f (local.get 0)) (i32.const 3))))
