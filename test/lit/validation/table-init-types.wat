;; table.init of a segment of functions into an externref table (wabt
;; encodes it as function indices, whose type is (ref func) in Wasm 3.0).
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: type mismatch: table.init of a (ref func) segment into a table of externref (in function 0 $f)
(module
  (table $ext 1 externref)
  (elem $e funcref (ref.func $f))
  (func $f
    (table.init $ext $e (i32.const 0) (i32.const 0) (i32.const 0))))
