;; Wasm 3.0 extended constant expressions: i32/i64 add, sub, mul and
;; global.get, nested, in every place a constant expression appears; run
;; through rtlib by wasmc-spectest. wabt 1.0.32 keeps the 2.0 rule
;; (imported globals only): invalid modules that read a defined global are
;; binary here, and valid ones are in defined-globals.wat (wast2json rejects
;; them).
;; REQUIRES: wabt
;; RUN: rm -rf %t && mkdir -p %t
;; RUN: wasmc-spectest -j2 --known-failures none --work-dir %t/work %s \
;; RUN:   > %t/out.txt
;; RUN: FileCheck %s < %t/out.txt
;; CHECK: extended-const.wast {{ *}}[[N:[0-9]+]] passed     0 failed
;; CHECK: spec: [[N]] passed, 0 failed

;; Imported globals (spectest's global_i32 and global_i64 are 666) in a global
;; initialiser, a data offset and an element offset.
(module
  (import "spectest" "global_i32" (global $imp i32))
  (import "spectest" "global_i64" (global $imp64 i64))
  (global $g i32 (i32.add (i32.mul (global.get $imp) (i32.const 2)) (i32.const 1)))
  ;; (2^32 + 1)^2 = 2^64 + 2^33 + 1 wraps to 2^33 + 1.
  (global $wrap i64 (i64.mul (i64.const 0x100000001) (i64.const 0x100000001)))
  (global $neg i64 (i64.sub (i64.const 0) (global.get $imp64)))
  (global $i32wrap i32 (i32.add (i32.const 0x7fffffff) (i32.const 1)))
  (memory 1)
  (data (i32.add (global.get $imp) (i32.const 4)) "\2a")
  (table 10 funcref)
  (elem (i32.sub (global.get $imp) (i32.const 663)) $seven)
  (type $t (func (result i32)))
  (func $seven (type $t) (i32.const 7))
  (func (export "g") (result i32) (global.get $g))
  (func (export "wrap") (result i64) (global.get $wrap))
  (func (export "neg") (result i64) (global.get $neg))
  (func (export "i32wrap") (result i32) (global.get $i32wrap))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "call") (param i32) (result i32)
    (call_indirect (type $t) (local.get 0))))
(assert_return (invoke "g") (i32.const 1333))
(assert_return (invoke "wrap") (i64.const 0x200000001))
(assert_return (invoke "neg") (i64.const -666))
(assert_return (invoke "i32wrap") (i32.const 0x80000000))
(assert_return (invoke "load" (i32.const 670)) (i32.const 42))
(assert_return (invoke "load" (i32.const 669)) (i32.const 0))
(assert_return (invoke "call" (i32.const 3)) (i32.const 7))

;; An out-of-bounds offset computed by an extended constant still traps.
(assert_trap
  (module
    (import "spectest" "global_i32" (global $imp i32))
    (memory 1)
    (data (i32.mul (global.get $imp) (i32.const 100)) "\00"))
  "out of bounds memory access")

;; A later global, and the global itself, are not visible yet:
;;   (global i32 (i32.add (global.get 1) (i32.const 1))) (global i32 (i32.const 10))
(assert_invalid
  (module binary "\00\61\73\6d\01\00\00\00\06\0e\02\7f\00\23\01\41\01\6a\0b\7f\00\41\0a\0b")
  "unknown global")
;;   (global i32 (i32.add (global.get 0) (i32.const 1)))
(assert_invalid
  (module binary "\00\61\73\6d\01\00\00\00\06\09\01\7f\00\23\00\41\01\6a\0b")
  "unknown global")
