;; call_indirect needs a table.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: unknown table 0 (in function 0 $f)
(module
  (type $t (func))
  (func $f (call_indirect (type $t) (i32.const 0))))
