;; Without a name section the function is named by its index alone; the
;; index counts imported functions first.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: type mismatch: expected f32, got i32 (in function 1){{$}}
(module
  (import "env" "g" (func))
  (func (drop (f32.neg (i32.const 0)))))
