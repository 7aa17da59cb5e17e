;; Loops whose bounds checks are versioned (compiler/codegen/CheckVersioning.h)
;; still trap exactly where the Wasm semantics say: at the first access out
;; of bounds, after every store of the iterations before it and with nothing
;; of the faulting access written, whether the loop runs up or down, starts
;; near 2^64, straddles the end of memory, or has an offset near 2^64. Loops
;; that grow the memory (themselves or through a callee) see the new size.
;; loop-checks-explicit32.wast has the same for 32-bit memories.
;; REQUIRES: wabt
;; RUN: rm -rf %t && mkdir -p %t
;; RUN: wasmc-spectest -j2 -O1 --known-failures none --work-dir %t/O1 %s \
;; RUN:   | FileCheck %s
;; RUN: wasmc-spectest -j2 -O2 --known-failures none --work-dir %t/O2 %s \
;; RUN:   | FileCheck %s
;; RUN: wasmc-spectest -j2 -O0 --known-failures none --work-dir %t/O0 %s \
;; RUN:   | FileCheck %s
;; CHECK: loop-checks.wast {{ *}}[[#]] passed     0 failed     0 known   0 skipped    0 n/a

(module
  (memory i64 1)
  ;; n i32 slots upwards from p.
  (func (export "fill_up") (param $p i64) (param $n i64) (param $v i32)
    (local $i i64)
    (block $done
      (br_if $done (i64.eqz (local.get $n)))
      (loop $l
        (i32.store (i64.add (local.get $p) (i64.shl (local.get $i) (i64.const 2)))
                   (local.get $v))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br_if $l (i64.lt_u (local.get $i) (local.get $n))))))
  ;; n i32 slots downwards from p (p, p - 4, ...).
  (func (export "fill_down") (param $p i64) (param $n i64) (param $v i32)
    (block $done
      (br_if $done (i64.eqz (local.get $n)))
      (loop $l
        (i32.store (local.get $p) (local.get $v))
        (local.set $p (i64.sub (local.get $p) (i64.const 4)))
        (local.set $n (i64.sub (local.get $n) (i64.const 1)))
        (br_if $l (i64.ne (local.get $n) (i64.const 0))))))
  ;; n i64 slots 8 bytes apart from p + 16 (a constant offset).
  (func (export "fill64_off") (param $p i64) (param $n i64) (param $v i64)
    (local $i i64)
    (block $done
      (br_if $done (i64.eqz (local.get $n)))
      (loop $l
        (i64.store offset=16
          (i64.add (local.get $p) (i64.shl (local.get $i) (i64.const 3)))
          (local.get $v))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br_if $l (i64.lt_u (local.get $i) (local.get $n))))))
  ;; An offset that, added to an index near 2^64, passes 2^64: every access
  ;; traps, none wraps around to a small address. (wabt's text format takes
  ;; no offset beyond 2^32 - 1; explicit-check.wat has a larger one.)
  (func (export "fill_far") (param $p i64) (param $n i64) (param $v i32)
    (local $i i64)
    (block $done
      (br_if $done (i64.eqz (local.get $n)))
      (loop $l
        (i32.store offset=0xFFFF_FFF0
          (i64.add (local.get $p) (i64.shl (local.get $i) (i64.const 2)))
          (local.get $v))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br_if $l (i64.lt_u (local.get $i) (local.get $n))))))
  ;; A load-only loop: the sum of n i32 slots from p.
  (func (export "sum") (param $p i64) (param $n i64) (result i32)
    (local $i i64) (local $s i32)
    (block $done
      (br_if $done (i64.eqz (local.get $n)))
      (loop $l
        (local.set $s (i32.add (local.get $s)
          (i32.load (i64.add (local.get $p) (i64.shl (local.get $i) (i64.const 2))))))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br_if $l (i64.lt_u (local.get $i) (local.get $n)))))
    (local.get $s))
  ;; Grows the memory by a page whenever the next slot is past its end.
  (func (export "fill_grow") (param $p i64) (param $n i64) (param $v i32)
    (local $i i64) (local $a i64)
    (block $done
      (br_if $done (i64.eqz (local.get $n)))
      (loop $l
        (local.set $a (i64.add (local.get $p) (i64.shl (local.get $i) (i64.const 2))))
        (if (i64.gt_u (i64.add (local.get $a) (i64.const 4))
                      (i64.shl (memory.size) (i64.const 16)))
          (then (drop (memory.grow (i64.const 1)))))
        (i32.store (local.get $a) (local.get $v))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br_if $l (i64.lt_u (local.get $i) (local.get $n))))))
  ;; The same, the growing done by a callee.
  (func $make_room (param $a i64)
    (if (i64.gt_u (i64.add (local.get $a) (i64.const 4))
                  (i64.shl (memory.size) (i64.const 16)))
      (then (drop (memory.grow (i64.const 1))))))
  (func (export "fill_grow_call") (param $p i64) (param $n i64) (param $v i32)
    (local $i i64) (local $a i64)
    (block $done
      (br_if $done (i64.eqz (local.get $n)))
      (loop $l
        (local.set $a (i64.add (local.get $p) (i64.shl (local.get $i) (i64.const 2))))
        (call $make_room (local.get $a))
        (i32.store (local.get $a) (local.get $v))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br_if $l (i64.lt_u (local.get $i) (local.get $n))))))
  (func (export "load") (param i64) (result i32) (i32.load (local.get 0)))
  (func (export "size") (result i64) (memory.size)))

;; The whole page, in bounds.
(assert_return (invoke "fill_up" (i64.const 0) (i64.const 16384) (i32.const 5)))
(assert_return (invoke "load" (i64.const 65532)) (i32.const 5))
(assert_return (invoke "sum" (i64.const 0) (i64.const 16384)) (i32.const 81920))
;; Ten slots fit, the eleventh is at 65536: the first ten are written.
(assert_trap (invoke "fill_up" (i64.const 65496) (i64.const 20) (i32.const 7))
             "out of bounds memory access")
(assert_return (invoke "load" (i64.const 65492)) (i32.const 5))
(assert_return (invoke "load" (i64.const 65496)) (i32.const 7))
(assert_return (invoke "load" (i64.const 65532)) (i32.const 7))
(assert_trap (invoke "sum" (i64.const 65496) (i64.const 11))
             "out of bounds memory access")
(assert_return (invoke "sum" (i64.const 65496) (i64.const 10)) (i32.const 70))
;; Starting at 2^64 - 8: traps at once, stores nothing.
(assert_trap (invoke "fill_up" (i64.const -8) (i64.const 4) (i32.const 8))
             "out of bounds memory access")
(assert_trap (invoke "fill_up" (i64.const -8) (i64.const 1) (i32.const 8))
             "out of bounds memory access")
(assert_return (invoke "load" (i64.const 0)) (i32.const 5))
(assert_return (invoke "load" (i64.const 4)) (i32.const 5))
;; Downwards from 16 past 0: 16, 12, 8, 4 and 0 are written, then 2^64 - 4.
(assert_trap (invoke "fill_down" (i64.const 16) (i64.const 8) (i32.const 9))
             "out of bounds memory access")
(assert_return (invoke "load" (i64.const 0)) (i32.const 9))
(assert_return (invoke "load" (i64.const 16)) (i32.const 9))
(assert_return (invoke "load" (i64.const 20)) (i32.const 5))
(assert_return (invoke "fill_down" (i64.const 65532) (i64.const 16384) (i32.const 6)))
(assert_return (invoke "load" (i64.const 0)) (i32.const 6))
(assert_return (invoke "load" (i64.const 65532)) (i32.const 6))
;; i64 stores at 65516, 65524, then 65532..65539 straddles the end: the
;; first two are written and nothing of the third.
(assert_trap (invoke "fill64_off" (i64.const 65500) (i64.const 4) (i64.const -1))
             "out of bounds memory access")
(assert_return (invoke "load" (i64.const 65512)) (i32.const 6))
(assert_return (invoke "load" (i64.const 65516)) (i32.const -1))
(assert_return (invoke "load" (i64.const 65528)) (i32.const -1))
(assert_return (invoke "load" (i64.const 65532)) (i32.const 6))
;; The offset 2^32 - 16 with the index 2^64 - 2^32 + 16: the sum is 2^64,
;; which must not wrap to 0; the same from index 0 is merely too large.
(assert_trap (invoke "fill_far" (i64.const 0xFFFF_FFFF_0000_0010) (i64.const 4)
                     (i32.const 1))
             "out of bounds memory access")
(assert_trap (invoke "fill_far" (i64.const 0) (i64.const 4) (i32.const 1))
             "out of bounds memory access")
(assert_return (invoke "load" (i64.const 0)) (i32.const 6))
;; Growing while filling: 65528, 65532, then a page more for 65536 on.
(assert_return (invoke "fill_grow" (i64.const 65528) (i64.const 8) (i32.const 3)))
(assert_return (invoke "size") (i64.const 2))
(assert_return (invoke "load" (i64.const 65532)) (i32.const 3))
(assert_return (invoke "load" (i64.const 65556)) (i32.const 3))
(assert_return (invoke "fill_grow_call" (i64.const 131064) (i64.const 8) (i32.const 4)))
(assert_return (invoke "size") (i64.const 3))
(assert_return (invoke "load" (i64.const 131092)) (i32.const 4))
(assert_trap (invoke "fill_up" (i64.const 196604) (i64.const 2) (i32.const 2))
             "out of bounds memory access")
(assert_return (invoke "load" (i64.const 196604)) (i32.const 2))
