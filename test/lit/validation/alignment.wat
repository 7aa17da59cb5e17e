;; The alignment hint may not exceed the access width.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x25: error: alignment must not be larger than natural (in function 0 $f)
(module
  (memory 1)
  (func $f (result i32)
    (drop (i64.load align=8 (i32.const 0)))
    (i32.load16_u align=4 (i32.const 0))))
