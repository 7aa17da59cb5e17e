;; call_indirect names a type index that must exist.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x1f: error: unknown type 5 (in function 0 $f)
(module
  (table 1 funcref)
  (func $f (call_indirect (type 5) (i32.const 0))))
