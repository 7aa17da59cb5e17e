;; The loops of loop-checks.wast on a 32-bit memory under
;; --bounds-checks=explicit, where CheckVersioning versions them the same
;; way: the trap comes at the first access out of bounds, after the stores
;; before it. (Not run in guard mode: there the loop vectoriser widens the
;; stores, and a 16-byte store straddling the end faults before the scalar
;; stores it replaced would have written their bytes.)
;; REQUIRES: wabt
;; RUN: rm -rf %t && mkdir -p %t
;; RUN: wasmc-spectest -j2 -O1 --wasmc-arg=--bounds-checks=explicit \
;; RUN:   --known-failures none --work-dir %t/O1 %s | FileCheck %s
;; RUN: wasmc-spectest -j2 -O2 --wasmc-arg=--bounds-checks=explicit \
;; RUN:   --known-failures none --work-dir %t/O2 %s | FileCheck %s
;; RUN: wasmc-spectest -j2 -O0 --wasmc-arg=--bounds-checks=explicit \
;; RUN:   --known-failures none --work-dir %t/O0 %s | FileCheck %s
;; CHECK: loop-checks-explicit32.wast {{ *}}[[#]] passed     0 failed     0 known   0 skipped    0 n/a

(module
  (memory 1)
  (func (export "fill_up") (param $p i32) (param $n i32) (param $v i32)
    (local $i i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $l
        (i32.store (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2)))
                   (local.get $v))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $i) (local.get $n))))))
  (func (export "fill_down") (param $p i32) (param $n i32) (param $v i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $l
        (i32.store offset=8 (local.get $p) (local.get $v))
        (local.set $p (i32.sub (local.get $p) (i32.const 4)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br_if $l (i32.ne (local.get $n) (i32.const 0))))))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0))))

(assert_return (invoke "fill_up" (i32.const 0) (i32.const 16384) (i32.const 5)))
(assert_trap (invoke "fill_up" (i32.const 65496) (i32.const 20) (i32.const 7))
             "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65492)) (i32.const 5))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 7))
;; 32-bit addresses wrap: from 8 down, p = 4, 0, 0xFFFFFFFC (+ 8 = 2^32 + 4).
(assert_trap (invoke "fill_down" (i32.const 8) (i32.const 8) (i32.const 9))
             "out of bounds memory access")
(assert_return (invoke "load" (i32.const 8)) (i32.const 9))
(assert_return (invoke "load" (i32.const 16)) (i32.const 9))
(assert_return (invoke "load" (i32.const 20)) (i32.const 5))
