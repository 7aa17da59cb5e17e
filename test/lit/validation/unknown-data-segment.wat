;; memory.init and data.drop name a data segment that must exist.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: unknown data segment 1 (in function 0 $f)
(module
  (memory 1)
  (data "x")
  (func $f
    (data.drop 0)
    (memory.init 1 (i32.const 0) (i32.const 0) (i32.const 0))))
