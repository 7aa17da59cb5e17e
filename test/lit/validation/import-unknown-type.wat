;; A function import names a type that must exist.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: unknown type 3
(module
  (type (func))
  (import "env" "f" (func (type 3))))
