;; Popping an operand from an empty stack (outside unreachable code).
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: type mismatch: expected i32 but nothing is on the stack (in function 0 $f)
(module
  (func $f (result i32)
    (i32.eqz)))
