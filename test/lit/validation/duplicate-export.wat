;; Export names are unique across all kinds.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: duplicate export name "a"
(module
  (func (export "a"))
  (global (export "a") i32 (i32.const 0)))
