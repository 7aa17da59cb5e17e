;; i8x16.shuffle picks from the 32 lanes of its two operands.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc --validate-only %t.wasm 2>&1 | FileCheck %s
;; CHECK: error: invalid lane index 32 (i8x16.shuffle lanes must be below 32) (in function 0){{$}}
(module
  (func (param v128 v128) (result v128)
    (drop (i8x16.shuffle 31 30 29 28 27 26 25 24 23 22 21 20 19 18 17 16
             (local.get 0) (local.get 1)))
    (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 32
      (local.get 0) (local.get 1))))
