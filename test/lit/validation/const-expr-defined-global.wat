;; In Wasm 2.0 a constant expression sees only imported globals.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: unknown global 1
(module
  (import "env" "g" (global i32))
  (global i32 (i32.const 0))
  (global i32 (global.get 1)))
