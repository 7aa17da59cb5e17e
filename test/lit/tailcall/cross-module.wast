;; Tail calls across instances are guaranteed too: A's even tail-calls
;; through its table to B's odd, which tail-calls A's even through an
;; import, a hundred million calls deep; a tail call to a host function (the
;; spectest module's generic callbacks) returns normally.
;; REQUIRES: wabt
;; RUN: rm -rf %t && mkdir -p %t
;; RUN: wasmc-spectest -j2 --known-failures none --work-dir %t/work %s \
;; RUN:   > %t/out.txt
;; RUN: FileCheck %s < %t/out.txt
;; CHECK: cross-module.wast {{ *}}7 passed     0 failed     0 known   0 skipped    0 n/a
;; RUN: wasmc-spectest -j2 -O0 --known-failures none --work-dir %t/work-O0 %s \
;; RUN:   | FileCheck %s

(module $A
  (type $t (func (param i64) (result i32)))
  (table (export "tab") 1 funcref)
  (func (export "even") (param i64) (result i32)
    (if (result i32) (i64.eqz (local.get 0))
      (then (i32.const 1))
      (else (return_call_indirect (type $t)
              (i64.sub (local.get 0) (i64.const 1)) (i32.const 0))))))
(register "A" $A)

(module $B
  (import "A" "even" (func $even (param i64) (result i32)))
  (import "A" "tab" (table 1 funcref))
  (import "spectest" "print_i32" (func $print (param i32)))
  (elem (i32.const 0) $odd)
  (func $odd (export "odd") (param i64) (result i32)
    (if (result i32) (i64.eqz (local.get 0))
      (then (i32.const 0))
      (else (return_call $even (i64.sub (local.get 0) (i64.const 1))))))
  (func (export "print") (param i32) (return_call $print (local.get 0))))

(assert_return (invoke $A "even" (i64.const 100000000)) (i32.const 1))
(assert_return (invoke $B "odd" (i64.const 100000000)) (i32.const 0))
(assert_return (invoke $B "odd" (i64.const 99999999)) (i32.const 1))
(assert_return (invoke $B "print" (i32.const 42)))
