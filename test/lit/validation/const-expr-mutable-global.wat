;; A constant expression may read only immutable globals.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: constant expression required: global.get of mutable global 0
(module
  (import "env" "g" (global (mut i32)))
  (global i32 (global.get 0)))
