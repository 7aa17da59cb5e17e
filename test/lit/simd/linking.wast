;; v128 values crossing instance boundaries through the embedding API:
;; exported functions with v128 parameters and (multiple) results, imported
;; and exported v128 globals (mutable ones shared by both instances, and one
;; initialising another global), calls of imported functions directly and
;; through a table, NaN lanes checked per lane, and a trap in v128 code.
;; REQUIRES: wabt
;; RUN: rm -rf %t && mkdir -p %t
;; RUN: wasmc-spectest -j2 --known-failures none --work-dir %t/work %s > %t/out.txt
;; RUN: FileCheck %s < %t/out.txt
;; CHECK: linking.wast {{ *}}14 passed     0 failed

(module $A
  (global (export "g") (mut v128) (v128.const i32x4 1 2 3 4))
  (global (export "gi") v128 (v128.const i64x2 -1 7))
  (memory 1)
  (func (export "swap") (param v128 v128) (result v128 v128)
    (local.get 1) (local.get 0))
  (func (export "add") (param v128 v128) (result v128)
    (i32x4.add (local.get 0) (local.get 1)))
  (func (export "min") (param v128 v128) (result v128)
    (f32x4.min (local.get 0) (local.get 1)))
  (func (export "load") (param i32) (result v128)
    (v128.load (local.get 0))))
(register "A" $A)

(assert_return (invoke "swap" (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)
                              (v128.const i16x8 -1 -2 -3 -4 -5 -6 -7 -8))
               (v128.const i16x8 -1 -2 -3 -4 -5 -6 -7 -8)
               (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))
(assert_return (get "g") (v128.const i32x4 1 2 3 4))
(assert_return (invoke "min" (v128.const f32x4 nan 0 -0 nan:0x200000)
                             (v128.const f32x4 1 -0 0 2))
               (v128.const f32x4 nan:canonical -0 -0 nan:arithmetic))
(assert_return (invoke "load" (i32.const 65520)) (v128.const i64x2 0 0))
(assert_trap (invoke "load" (i32.const 65521)) "out of bounds memory access")

(module $B
  (import "A" "add" (func $add (param v128 v128) (result v128)))
  (import "A" "g" (global $g (mut v128)))
  (import "A" "gi" (global $gi v128))
  (global $x (export "gx") v128 (global.get $gi))
  (type $t (func (param v128 v128) (result v128)))
  (table 1 funcref)
  (elem (i32.const 0) $add)
  (func (export "bump") (global.set $g (i32x4.add (global.get $g) (global.get $g))))
  (func (export "call_add") (param v128) (result v128)
    (call $add (local.get 0) (global.get $g)))
  (func (export "indirect") (param v128 v128) (result v128)
    (call_indirect (type $t) (local.get 0) (local.get 1) (i32.const 0)))
  (func (export "x") (result v128) (global.get $x)))

(assert_return (invoke "bump"))
(assert_return (get $A "g") (v128.const i32x4 2 4 6 8))
(assert_return (invoke "call_add" (v128.const i32x4 1 1 1 1)) (v128.const i32x4 3 5 7 9))
(assert_return (invoke "indirect" (v128.const i32x4 -1 0 1 2) (v128.const i32x4 1 1 1 1))
               (v128.const i32x4 0 1 2 3))
(assert_return (invoke "x") (v128.const i64x2 -1 7))
(assert_return (get $B "gx") (v128.const i64x2 -1 7))
