;; Lane indices of v128.loadN_lane/storeN_lane count lanes of N bits.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc --validate-only %t.wasm 2>&1 | FileCheck %s
;; CHECK: error: invalid lane index 2 (v128.store64_lane has 2 lanes) (in function 0){{$}}
(module
  (memory 1)
  (func (param v128)
    (drop (v128.load8_lane 15 (i32.const 0) (local.get 0)))
    (v128.store32_lane 3 (i32.const 0) (local.get 0))
    (v128.store64_lane 2 (i32.const 0) (local.get 0))))
