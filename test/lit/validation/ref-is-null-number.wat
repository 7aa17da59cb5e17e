;; ref.is_null takes a reference.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: type mismatch: ref.is_null needs a reference, got i64 (in function 0 $f)
(module
  (func $f (result i32) (ref.is_null (i64.const 0))))
