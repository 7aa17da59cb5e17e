;; wasmc-spectest must notice every kind of failure, not only report passes:
;; each assertion marked FAIL below is false on purpose.
;; REQUIRES: wabt
;; RUN: rm -rf %t && mkdir -p %t
;; RUN: not wasmc-spectest -j2 --known-failures none --work-dir %t/work %s \
;; RUN:   > %t/out.txt
;; RUN: FileCheck %s < %t/out.txt
;; CHECK: runner.wast {{ *}}26 passed     6 failed     0 known   0 skipped    1 n/a
;;
;; Known failures turn the run green, but still count as failures.
;; RUN: grep -o 'FAIL runner.wast:[0-9]*' %t/out.txt | sed 's/FAIL //; s/$/ deliberately false/' > %t/known.txt
;; RUN: wasmc-spectest -j2 --known-failures %t/known.txt --work-dir %t/work %s \
;; RUN:   | FileCheck --check-prefix=KNOWN %s
;; KNOWN: spec: 26 passed, 6 failed (6 known, 0 unexpected, 0 stale known-failure entries)
;;
;; An entry for a command that passes is stale and fails the run.
;; RUN: echo "runner.wast:$(grep -n '^(assert_return (get "g")' %s | cut -d: -f1) passes" >> %t/known.txt
;; RUN: not wasmc-spectest -j2 --known-failures %t/known.txt --work-dir %t/work %s \
;; RUN:   | FileCheck --check-prefix=STALE %s
;; STALE: STALE {{.*}}known.txt:7: runner.wast:[[#]] no longer fails
;;
;; The status page lists the known failures with their reasons.
;; RUN: sed -i '$d' %t/known.txt
;; RUN: wasmc-spectest -j2 --known-failures %t/known.txt --work-dir %t/work %s \
;; RUN:   --status-md %t/status.md
;; RUN: FileCheck --check-prefix=MD %s < %t/status.md
;; MD: | runner.wast | 26 | 0 | 6 | 0 | 1 |
;; MD: | runner.wast:{{[0-9]+}} | 1 | deliberately false |

(module
  (import "spectest" "print_i32" (func $print (param i32)))
  (func (export "add") (param i32 i32) (result i32)
    (call $print (local.get 0))
    (i32.add (local.get 0) (local.get 1)))
  (func (export "nan") (result f32) (f32.div (f32.const 0) (f32.const 0)))
  (func (export "div") (param i32 i32) (result i32)
    (i32.div_s (local.get 0) (local.get 1)))
  (func (export "ext") (param externref) (result externref) (local.get 0))
  (func (export "fnull") (result funcref) (ref.null func))
  (func (export "splat") (param i32) (result v128) (i32x4.splat (local.get 0)))
  (func $loop (export "loop") (call $loop))
  (global (export "g") i32 (i32.const 42))
)
(assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 3))
;; CHECK: FAIL runner.wast:[[@LINE+1]] assert_return: result 0: got i32 3, expected i32 4
(assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 4))
(assert_return (invoke "nan") (f32.const nan:canonical))
(assert_return (invoke "nan") (f32.const nan:arithmetic))
;; CHECK: FAIL runner.wast:[[@LINE+1]] assert_return: result 0: got f32 nan ({{.*}}), expected f32 nan (0x7fa00000)
(assert_return (invoke "nan") (f32.const nan:0x200000))
(assert_trap (invoke "div" (i32.const 1) (i32.const 0)) "integer divide by zero")
;; CHECK: FAIL runner.wast:[[@LINE+1]] assert_trap: returned, expected a trap "integer divide by zero"
(assert_trap (invoke "div" (i32.const 1) (i32.const 1)) "integer divide by zero")
;; CHECK: FAIL runner.wast:[[@LINE+1]] assert_trap: trapped with "integer overflow", expected "integer divide by zero"
(assert_trap (invoke "div" (i32.const 0x80000000) (i32.const -1)) "integer divide by zero")
(assert_return (invoke "ext" (ref.extern 7)) (ref.extern 7))
;; CHECK: FAIL runner.wast:[[@LINE+1]] assert_return: result 0: got ref.extern 7, expected ref.extern 8
(assert_return (invoke "ext" (ref.extern 7)) (ref.extern 8))
(assert_return (invoke "ext" (ref.null extern)) (ref.null extern))
(assert_return (invoke "fnull") (ref.null func))
(assert_return (invoke "splat" (i32.const 5)) (v128.const i32x4 5 5 5 5))
;; CHECK: FAIL runner.wast:[[@LINE+1]] assert_return: result 0: got v128 i16x8 5 0 5 0 5 0 5 0, expected v128 i16x8 5 0 5 0 5 0 5 6
(assert_return (invoke "splat" (i32.const 5)) (v128.const i16x8 5 0 5 0 5 0 5 6))
(assert_return (get "g") (i32.const 42))
(assert_exhaustion (invoke "loop") "call stack exhausted")

(register "M")
(module
  (import "M" "add" (func $add (param i32 i32) (result i32)))
  (func (export "twice") (param i32) (result i32)
    (call $add (local.get 0) (local.get 0))))
(assert_return (invoke "twice" (i32.const 21)) (i32.const 42))
(assert_unlinkable (module (import "M" "missing" (func))) "unknown import")
(assert_unlinkable (module (import "M" "add" (func (param i32))))
  "incompatible import type")
(assert_trap (module (func $s unreachable) (start $s)) "unreachable")
(assert_invalid (module (func (result i32) (i64.const 0))) "type mismatch")
(assert_malformed (module binary "\00asm\02\00\00\00") "unknown binary version")
(assert_malformed (module quote "(func") "unexpected end")

(module $Named (func (export "f") (result i32) (i32.const 9)))
(module
  (import "spectest" "global_i32" (global i32))
  (import "spectest" "global_f64" (global f64))
  (import "spectest" "memory" (memory 1 2))
  (import "spectest" "table" (table 10 20 funcref))
  (func (export "gi") (result i32) (global.get 0))
  (func (export "gf") (result f64) (global.get 1))
  (func (export "pages") (result i32) (memory.size))
  (func (export "elems") (result i32) (table.size 0)))
(assert_return (invoke $Named "f") (i32.const 9))
(assert_return (invoke "gi") (i32.const 666))
(assert_return (invoke "gf") (f64.const 666.6))
(assert_return (invoke "pages") (i32.const 1))
(assert_return (invoke "elems") (i32.const 10))
;; CHECK: spec: 26 passed, 6 failed (0 known, 6 unexpected, 0 stale known-failure entries)
