;; The polymorphic stack only supplies missing operands: a value that is on
;; the stack keeps its type.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: type mismatch: expected i32, got f64 (in function 0 $f)
(module
  (func $f (result i32)
    (unreachable)
    (f64.const 0)
    (i32.eqz)))
