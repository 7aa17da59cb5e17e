;; Recursion groups of function types (Wasm 3.0): types of one group may
;; refer to each other, even forward; a type's identity is its whole
;; group's structure and its position in it, within a module (equal groups
;; declared twice are one type) and across modules (import matching and
;; call_indirect compare canonical ids); a type declared `sub` without
;; `final` differs from the same signature declared final.
;; REQUIRES: wast2json3
;; RUN: rm -rf %t && wasmc-spectest -j2 --known-failures none --work-dir %t \
;; RUN:   --wast2json3 %wast2json3 --node %node %s | FileCheck %s
;; CHECK: rec-groups.wast {{ *}}[[N:[0-9]+]] passed     0 failed
;; CHECK: total: 1 scripts, [[N]] commands: [[N]] passed, 0 failed

(module $M
  (rec
    (type $even (func (param i32 (ref null $odd)) (result i32)))
    (type $odd (func (param i32 (ref null $even)) (result i32))))
  (rec (type $a (func)) (type $b (func)))
  (type $open (sub (func)))
  (type $final (func))
  ;; The same group again: the same types as $a and $b.
  (rec (type $a2 (func)) (type $b2 (func)))

  (table $t 4 funcref)
  (elem (table $t) (i32.const 0) func $fa $fb $fopen $ffinal)
  (func $fa (export "fa") (type $a))
  (func $fb (export "fb") (type $b))
  (func $fopen (type $open))
  (func $ffinal (type $final))
  (elem declare func $is-even $is-odd)

  (func (export "call-a") (param i32) (call_indirect $t (type $a) (local.get 0)))
  (func (export "call-b2") (param i32) (call_indirect $t (type $b2) (local.get 0)))
  (func (export "call-open") (param i32) (call_indirect $t (type $open) (local.get 0)))
  (func (export "call-final") (param i32) (call_indirect $t (type $final) (local.get 0)))

  (func $is-even (type $even) (if (result i32) (i32.eqz (local.get 0))
    (then (i32.const 1))
    (else (call_ref $odd (i32.sub (local.get 0) (i32.const 1)) (ref.func $is-even)
                         (ref.func $is-odd)))))
  (func $is-odd (type $odd) (if (result i32) (i32.eqz (local.get 0))
    (then (i32.const 0))
    (else (call_ref $even (i32.sub (local.get 0) (i32.const 1)) (ref.func $is-odd)
                          (ref.func $is-even)))))
  (func (export "even") (param i32) (result i32)
    (call $is-even (local.get 0) (ref.func $is-odd)))
)

(assert_return (invoke "call-a" (i32.const 0)))
(assert_trap (invoke "call-a" (i32.const 1)) "indirect call type mismatch")
(assert_trap (invoke "call-b2" (i32.const 0)) "indirect call type mismatch")
(assert_return (invoke "call-b2" (i32.const 1)))
(assert_return (invoke "call-open" (i32.const 2)))
(assert_trap (invoke "call-open" (i32.const 3)) "indirect call type mismatch")
(assert_trap (invoke "call-final" (i32.const 2)) "indirect call type mismatch")
(assert_return (invoke "call-final" (i32.const 3)))
(assert_return (invoke "even" (i32.const 10)) (i32.const 1))
(assert_return (invoke "even" (i32.const 7)) (i32.const 0))

(register "M" $M)

;; Another module's equal group: the same types, by position.
(module
  (rec (type $x (func)) (type $y (func)))
  (import "M" "fa" (func (type $x)))
  (import "M" "fb" (func (type $y)))
)

(assert_unlinkable
  (module
    (rec (type $x (func)) (type $y (func)))
    (import "M" "fa" (func (type $y))))
  "incompatible import type")

;; A group of one is not the first type of a larger group.
(assert_unlinkable
  (module
    (type $x (func))
    (import "M" "fa" (func (type $x))))
  "incompatible import type")

;; A group of a different size is a different group.
(assert_unlinkable
  (module
    (rec (type $x (func)) (type $y (func)) (type $z (func)))
    (import "M" "fa" (func (type $x))))
  "incompatible import type")

;; Through a table shared between modules, call_indirect compares the
;; canonical ids of both modules' types.
(module $T
  (rec (type $a (func (result i32))) (type $b (func (result i32))))
  (table (export "tab") 2 funcref)
  (elem (i32.const 0) func $one $two)
  (func $one (type $a) (i32.const 1))
  (func $two (type $b) (i32.const 2))
)
(register "T" $T)
(module
  (rec (type $p (func (result i32))) (type $q (func (result i32))))
  (import "T" "tab" (table 2 funcref))
  (func (export "via-q") (param i32) (result i32)
    (call_indirect (type $q) (local.get 0)))
)
(assert_trap (invoke "via-q" (i32.const 0)) "indirect call type mismatch")
(assert_return (invoke "via-q" (i32.const 1)) (i32.const 2))

;; A reference to a later group is invalid; within the group it is not.
(assert_invalid
  (module
    (type $f (func (param (ref $g))))
    (type $g (func)))
  "unknown type")
(module
  (rec (type $f (func (param (ref $g)))) (type $g (func))))
