;; A load without a memory.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: unknown memory 0 (in function 0 $f)
(module
  (func $f (result i32) (i32.load (i32.const 0))))
