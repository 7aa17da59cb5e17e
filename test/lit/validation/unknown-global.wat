;; global.get of a global that does not exist.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: unknown global 1 (in function 0 $f)
(module
  (global i32 (i32.const 0))
  (func $f (result i32) (global.get 1)))
