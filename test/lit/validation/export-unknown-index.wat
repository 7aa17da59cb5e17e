;; An export must name an existing entity.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: unknown memory 0
(module
  (export "m" (memory 0)))
