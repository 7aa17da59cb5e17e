;; call_indirect through a table of externref is a type error.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: type mismatch: call_indirect on a table of externref (in function 0 $f)
(module
  (type $t (func))
  (table 1 externref)
  (func $f (call_indirect (type $t) (i32.const 0))))
