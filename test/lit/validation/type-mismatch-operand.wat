;; An operand of the wrong type is reported at the consuming instruction,
;; naming the function by its index and name-section name.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; RUN: test ! -e %t.out
;; CHECK: .wasm:0x1c: error: type mismatch: expected i32, got i64 (in function 0 $f)
(module
  (func $f (result i32)
    (i32.add (i32.const 1) (i64.const 2))))
