;; Local indices cover the params and then the declared locals.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: unknown local 3 (in function 0 $f)
(module
  (func $f (param i32) (local i64 f32)
    (drop (local.get 2))
    (drop (local.get 3))))
