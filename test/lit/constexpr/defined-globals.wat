;; Extended constants reading globals defined earlier in the module (Wasm
;; 3.0), in a global initialiser and a data offset: compiled to init
;; functions that the host calls (the minimal host of ../lower/Inputs checks
;; the compiler's side of the ABI without rtlib). wat2wasm 1.0.32 checks the
;; 2.0 rule, hence --no-check.
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm --no-check --enable-extended-const %s -o %t.wasm
;; RUN: wasmc --validate-only %t.wasm
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefix=IR
;; RUN: wasmc -O1 -c %t.wasm -o %t.o
;; RUN: clang-19 -I%src_root/rtlib/include %S/../lower/Inputs/mini-host.c %t.o -o %t
;; RUN: %t b | FileCheck %s --check-prefix=B
;; RUN: %t c | FileCheck %s --check-prefix=C
;; RUN: %t load 39 | FileCheck %s --check-prefix=LOAD
(module
  (global $a i32 (i32.const 10))
  ;; IR-LABEL: define internal void @wasmc_const_init_0(ptr %vmctx, ptr %out)
  ;; IR: %g0 = load i32
  ;; IR: mul i32 %g0, 3
  ;; IR: add i32
  ;; IR: store i32 {{.*}}, ptr %out
  (global $b i32 (i32.add (i32.mul (global.get $a) (i32.const 3)) (global.get $a)))
  (global $c i64 (i64.sub (i64.const 5) (i64.const 7)))
  (memory 1)
  (data (i32.sub (global.get $b) (i32.const 1)) "\2a")
  ;; B: result[0] = i32 40
  (func (export "b") (result i32) (global.get $b))
  ;; C: result[0] = i64 -2
  (func (export "c") (result i64) (global.get $c))
  ;; LOAD: result[0] = i32 42
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0))))
