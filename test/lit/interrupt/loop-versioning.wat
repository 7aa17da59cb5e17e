;; A loop that calls nothing and whose trip count is known before it starts
;; ends on its own: when that count is small (CheckVersioning.h: about a
;; million instructions of work), a copy without the epoch check runs, which
;; LLVM can vectorise; a longer run takes the copy that keeps the check. A
;; loop that calls, or whose trip count is unknown, keeps its check.
;; embedding/interrupt.c stops a long run of such a loop.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --epoch-interruption --emit-llvm -S -O2 %t.wasm -o - | FileCheck %s

;; CHECK-LABEL: define internal {{.*}}@wasm_func_1(
;; CHECK:       %check.ver.epoch = icmp ult i32 %0, {{[0-9]+}}
;; CHECK-NEXT:  br i1 %check.ver.epoch, label %[[FAST:[^,]+]], label %[[SLOW:[^,]+]], !prof
;; CHECK:       [[SLOW]]:
;; CHECK:       load atomic i64, ptr %epoch.ptr monotonic
;; CHECK:       call i64 @wasmc_rt_epoch_reached(
;; CHECK:       [[FAST]]:
;; CHECK-NOT:   load atomic
;; CHECK:       vector.body:
;; CHECK-NOT:   load atomic
;; CHECK:       ret i32

;; CHECK-LABEL: define internal {{.*}}@wasm_func_2(
;; CHECK-NOT:   check.ver
;; CHECK:       load atomic i64, ptr %epoch.ptr monotonic
;; CHECK:       call tailcc void %import.code(
;; CHECK-NOT:   check.ver
;; CHECK:       ret void

;; CHECK-LABEL: define internal {{.*}}@wasm_func_3(
;; CHECK-NOT:   check.ver
;; CHECK:       load atomic i64, ptr %epoch.ptr monotonic
;; CHECK-NOT:   check.ver
;; CHECK:       ret i32

(module
  (import "env" "f" (func $f))
  (memory 1)
  ;; sum of n i32s from address 0
  (func (export "sum") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $l
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
    (local.get $s))
  ;; calls the host n times
  (func (export "calls") (param $n i32)
    (local $i i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $l
        (call $f)
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $i) (local.get $n))))))
  ;; runs to the first zero word
  (func (export "length") (param $p i32) (result i32)
    (local $n i32)
    (loop $l
      (if (i32.load (local.get $p))
        (then
          (local.set $p (i32.add (local.get $p) (i32.const 4)))
          (local.set $n (i32.add (local.get $n) (i32.const 1)))
          (br $l))))
    (local.get $n)))
