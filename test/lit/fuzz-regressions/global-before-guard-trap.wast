;; Found by tools/difftest --features 3.0 (seed 1313): a global.set before an
;; access that faults on a guard page must be visible after the trap. With
;; binaryen's loop limiter (a counter global, decremented on entry and per
;; iteration, whose only exit is a trap), LLVM believed the counter's cell
;; apart from linear memory, kept it in a register and stored it only on the
;; trap path, so a store that faulted left the value from before the call.
;; Mutable globals now share the linear-memory TBAA type in guard mode
;; (ModuleContext.cpp).
;; REQUIRES: wabt
;; RUN: rm -rf %t && mkdir -p %t
;; RUN: wasmc-spectest --known-failures none --work-dir %t/O2 -O2 %s | FileCheck %s
;; RUN: wasmc-spectest --known-failures none --work-dir %t/O1 -O1 %s | FileCheck %s
;; RUN: wasmc-spectest --known-failures none --work-dir %t/explicit -O2 \
;; RUN:   --wasmc-arg=--bounds-checks=explicit %s | FileCheck %s
;; CHECK: spec: 7 passed, 0 failed

(module
  (memory 1 1)
  (global $count (mut i32) (i32.const 10))
  (func (export "store") (local $x i64)
    (if (i32.eqz (global.get $count))
      (then (global.set $count (i32.const 18)) (unreachable)))
    (global.set $count (i32.sub (global.get $count) (i32.const 1)))
    (loop $next
      (if (i32.eqz (global.get $count))
        (then (global.set $count (i32.const 18)) (unreachable)))
      (global.set $count (i32.sub (global.get $count) (i32.const 1)))
      (i64.store8 offset=4 (i32.const -32767) (local.get $x))
      (br $next)))
  (func (export "load") (result i32) (local $sum i32)
    (if (i32.eqz (global.get $count))
      (then (global.set $count (i32.const 18)) (unreachable)))
    (global.set $count (i32.sub (global.get $count) (i32.const 1)))
    (loop $next
      (if (i32.eqz (global.get $count))
        (then (global.set $count (i32.const 18)) (unreachable)))
      (global.set $count (i32.sub (global.get $count) (i32.const 1)))
      (local.set $sum (i32.add (local.get $sum)
                               (i32.load offset=4 (i32.const -32767))))
      (br $next))
    (unreachable))
  (func (export "count") (result i32) (global.get $count)))

(assert_trap (invoke "store") "out of bounds memory access")
(assert_return (invoke "count") (i32.const 8))
(assert_trap (invoke "load") "out of bounds memory access")
(assert_return (invoke "count") (i32.const 6))
(assert_trap (invoke "store") "out of bounds memory access")
(assert_return (invoke "count") (i32.const 4))
