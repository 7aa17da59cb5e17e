;; call of a function index beyond imports + definitions.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: unknown function 7 (in function 1 $f)
(module
  (import "env" "g" (func))
  (func $f (call 7)))
