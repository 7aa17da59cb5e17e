;; The start function takes nothing and returns nothing.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: start function must not have parameters or results (function 0)
(module
  (func $main (result i32) (i32.const 0))
  (start $main))
