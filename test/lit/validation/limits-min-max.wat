;; A limit's minimum may not exceed its maximum.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: size minimum must not be greater than maximum
(module
  (import "env" "t" (table 2 1 funcref)))
