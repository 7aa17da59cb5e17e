;; `_start` with the wrong type, or not a function, is rejected at its export.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; RUN: test ! -e %t.out
;; CHECK: :0x{{[0-9a-f]+}}: error: the exported function '_start' must have type [] -> [] to build an executable
(module
  (func (export "_start") (param i32)))
