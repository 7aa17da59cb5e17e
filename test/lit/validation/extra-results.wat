;; Values left over at the end of a function body (or any block).
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: type mismatch: 1 extra value(s) left on the stack at the end of the block (in function 0 $f)
(module
  (func $f (result i32)
    (i32.const 1) (i32.const 2)))
