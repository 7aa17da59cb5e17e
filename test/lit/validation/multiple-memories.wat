;; Wasm 2.0 allows one memory, imported or defined.
;; RUN: wat2wasm --no-check --enable-multi-memory %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: multiple memories are not allowed in Wasm 2.0
(module
  (import "env" "m0" (memory 1))
  (import "env" "m1" (memory 1)))
