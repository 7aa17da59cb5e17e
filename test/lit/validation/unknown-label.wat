;; A branch to a label that does not exist.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: unknown label 2 (in function 0 $f)
(module
  (func $f
    (block (br 2))))
