;; return_call is a guaranteed tail call: even/odd mutual recursion a
;; billion calls deep finishes in constant native stack at every
;; optimisation level (an ordinary call would exhaust the 8 MiB Wasm stack
;; after about a hundred thousand frames and trap).
;; RUN: wat2wasm --enable-tail-call %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t.O0
;; RUN: %t.O0; test $? -eq 41
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2; test $? -eq 41
;; With the smallest Wasm stack rtlib accepts, too.
;; RUN: env WASMC_STACK_SIZE=1M %t.O0; test $? -eq 41
;;
;; The IR: musttail calls between tailcc functions.
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s
;; CHECK: define internal tailcc i32 @wasm_func_1(ptr %vmctx, i64
;; CHECK: musttail call tailcc i32 @wasm_func_2(ptr %vmctx, i64
;; CHECK-NEXT: ret i32

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (func $even (param i64) (result i32)
    (if (result i32) (i64.eqz (local.get 0))
      (then (i32.const 1))
      (else (return_call $odd (i64.sub (local.get 0) (i64.const 1))))))
  (func $odd (param i64) (result i32)
    (if (result i32) (i64.eqz (local.get 0))
      (then (i32.const 0))
      (else (return_call $even (i64.sub (local.get 0) (i64.const 1))))))
  (func (export "_start")
    ;; even(1e9) = 1, so the exit status is 41.
    (call $exit (i32.add (i32.const 40) (call $even (i64.const 1000000000))))))
