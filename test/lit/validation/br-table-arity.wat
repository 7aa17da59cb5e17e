;; All br_table targets must have the same arity.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x21: error: type mismatch: br_table targets have different arities (in function 0 $f)
(module
  (func $f (param i32) (result i32)
    (block $a (result i32)
      (block $b
        (br_table $a $b (i32.const 0) (local.get 0))))
    (i32.const 1)))
