;; Wasm 3.0 extended constant expressions that do not validate: mutable
;; globals, non-constant instructions, stack discipline (operand types and
;; count, one result of the expected type) in each place a constant
;; expression appears. (wabt 1.0.32's wast2json aborts with std::length_error
;; on a valid `module binary` whose constant expressions read a defined
;; global, as it checks the 2.0 rule: those are in defined-globals.wat.)
;; REQUIRES: wabt
;; RUN: rm -rf %t && mkdir -p %t
;; RUN: wasmc-spectest -j2 --known-failures none --work-dir %t/work %s \
;; RUN:   > %t/out.txt
;; RUN: FileCheck %s < %t/out.txt
;; CHECK: invalid.wast {{ *}}[[N:[0-9]+]] passed     0 failed
;; CHECK: spec: [[N]] passed, 0 failed

;; A mutable global, defined or imported, is not constant:
;;   (global (mut i32) (i32.const 10)) (global i32 (i32.add (global.get 0) (i32.const 1)))
(assert_invalid
  (module binary "\00\61\73\6d\01\00\00\00\06\0e\02\7f\01\41\0a\0b\7f\00\23\00\41\01\6a\0b")
  "constant expression required")
(assert_invalid
  (module
    (import "spectest" "global_mut_i32" (global $m (mut i32)))
    (memory 1)
    (data (i32.add (global.get $m) (i32.const 1))))
  "constant expression required")

;; Other instructions stay non-constant.
(assert_invalid
  (module (global i32 (i32.div_s (i32.const 1) (i32.const 1))))
  "constant expression required")
(assert_invalid
  (module (global i64 (i64.add (i64.const 1) (i64.extend_i32_u (i32.const 1)))))
  "constant expression required")

;; Stack discipline: operand types, operand count, one result of the
;; expected type, in each place.
(assert_invalid
  (module (global i32 (i32.add (i32.const 1) (i64.const 1))))
  "type mismatch")
(assert_invalid
  (module (global i64 (i32.add (i32.const 1) (i32.const 1))))
  "type mismatch")
(assert_invalid
  (module (global i32 (i32.const 1) (i32.const 2) (i32.const 3) (i32.add)))
  "type mismatch")
(assert_invalid
  (module (global i32 (i32.const 1) (i32.add)))
  "type mismatch")
(assert_invalid
  (module (memory 1) (data (i64.add (i64.const 0) (i64.const 0))))
  "type mismatch")
(assert_invalid
  (module (table 1 funcref) (elem (i64.mul (i64.const 0) (i64.const 0))))
  "type mismatch")
(assert_invalid
  (module (table 1 funcref)
    (elem (i32.const 0) funcref (item (i32.add (i32.const 0) (i32.const 0)))))
  "type mismatch")
