;; The fixed SIMD signatures are checked like any other: a shift count is an
;; i32, not a v128.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc --validate-only %t.wasm 2>&1 | FileCheck %s
;; CHECK: error: type mismatch: expected i32, got v128 (in function 0){{$}}
(module
  (func (param v128) (result v128)
    (i16x8.shr_s (local.get 0) (local.get 0))))
