;; An if without else must leave its params as its results.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: type mismatch: if without else must have matching parameter and result types (in function 0 $f)
(module
  (func $f (param i32) (result i32)
    (if (result i32) (local.get 0) (then (i32.const 1)))))
