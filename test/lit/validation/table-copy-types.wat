;; table.copy and table.init need matching element types.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: type mismatch: table.copy from a table of externref to a table of funcref (in function 0 $f)
(module
  (table $fn 1 funcref)
  (table $ext 1 externref)
  (func $f
    (table.copy $fn $ext (i32.const 0) (i32.const 0) (i32.const 0))))
