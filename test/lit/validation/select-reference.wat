;; Untyped select is for numeric and vector operands only.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: type mismatch: select without a type needs numeric or vector operands, got externref (in function 0 $f)
(module
  (func $f (param externref) (result externref)
    (select (local.get 0) (local.get 0) (i32.const 1))))
