;; An active element segment's type must be its table's element type.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: type mismatch in active element segment: externref segment for a funcref table
(module
  (table 1 funcref)
  (elem (table 0) (i32.const 0) externref (ref.null extern)))
