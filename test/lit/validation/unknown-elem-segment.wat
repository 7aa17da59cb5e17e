;; elem.drop names an element segment that must exist.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: unknown elem segment 3 (in function 0 $f)
(module
  (elem funcref (ref.func $f))
  (func $f
    (elem.drop 0)
    (elem.drop 3)))
