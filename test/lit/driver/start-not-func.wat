;; RUN: wat2wasm %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: :0x{{[0-9a-f]+}}: error: the export '_start' must be a function of type [] -> [] to build an executable
(module
  (global (export "_start") i32 (i32.const 0)))
