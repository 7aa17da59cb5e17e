;; A script that hangs is stopped after --timeout seconds; the command it hung
;; in and every later one count as failures, earlier results are kept.
;; REQUIRES: wabt
;; RUN: rm -rf %t && not wasmc-spectest --timeout 2 --known-failures none \
;; RUN:   --work-dir %t %s | FileCheck %s
;; CHECK: timeout.wast {{ *}}2 passed     2 failed
;; CHECK-NEXT: FAIL timeout.wast:[[#LOOP:]] assert_return: the runner process died (Alarm clock, script timeout) while running this command
;; CHECK-NEXT: FAIL timeout.wast:[[#LOOP+1]] assert_return: not run: the runner process died (Alarm clock, script timeout) at line [[#LOOP]]
;; CHECK: spec: 2 passed, 2 failed

(module
  (func (export "spin") (loop (br 0)))
  (func (export "one") (result i32) (i32.const 1)))
(assert_return (invoke "one") (i32.const 1))
(assert_return (invoke "spin"))
(assert_return (invoke "one") (i32.const 1))
