;; select with a type annotation takes exactly one type.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: invalid result arity: select takes exactly one type (in function 0 $f)
(module
  (func $f (result i32 i32)
    (select (result i32 i32)
      (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 1))))
