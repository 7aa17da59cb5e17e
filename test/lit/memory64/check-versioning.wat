;; Loops whose explicit bounds checks provably pass get a copy without them
;; (compiler/codegen/CheckVersioning.h): the preheader checks the first and
;; the last index the loop can reach against the size it loaded once, and
;; picks the copy without checks (vectorised here) or the checked clone,
;; which is neither unrolled nor vectorised. Loops where the limit is not
;; invariant (a callee may grow the memory) or the trip count unknown keep
;; their checks. loop-checks.wast runs these shapes and their traps.
;; RUN: wat2wasm --enable-memory64 %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O2 %t.wasm -o - | FileCheck %s

;; CHECK-LABEL: define internal tailcc void @wasm_func_0(
;; CHECK:       %mem0.size = load i64
;; CHECK-NEXT:  %mem.limit = add i64 %mem0.size, -4
;; CHECK:       %check.ver.start = icmp uge i64 %mem.limit, %0
;; CHECK:       %check.ver.end = icmp ule i64
;; CHECK:       %check.ver.pass = and i1 %check.ver.start, %check.ver.end
;; CHECK-NEXT:  br i1 %check.ver.pass, label %[[FAST:[^,]+]], label %[[SLOW:[^,]+]], !prof [[LIKELY:![0-9]+]]
;; CHECK:       [[SLOW]]:
;; CHECK:       br i1 %mem.oob.checked, label %trap.MEMORY_OUT_OF_BOUNDS
;; CHECK:       br i1 %{{.*}}, label %return, label %[[SLOW]], !llvm.loop [[COLD:![0-9]+]]
;; CHECK:       [[FAST]]:
;; CHECK-NOT:   trap.MEMORY_OUT_OF_BOUNDS
;; CHECK:       vector.body:
;; CHECK-NOT:   trap.MEMORY_OUT_OF_BOUNDS
;; CHECK:       ret void
;; CHECK:       trap.MEMORY_OUT_OF_BOUNDS:
;; CHECK-NEXT:  call void @wasmc_rt_trap(ptr {{.*}}%vmctx, i32 2)

;; A callee (inlined here) may grow the memory: the size is reloaded after
;; it and every store stays checked.
;; CHECK-LABEL: define internal tailcc void @wasm_func_2(
;; CHECK-NOT:   check.ver
;; CHECK:       call i64 @wasmc_rt_memory_grow(
;; CHECK-NEXT:  %mem0.size.pre = load i64
;; CHECK:       %mem0.size = phi i64
;; CHECK-NEXT:  %mem.limit = add i64 %mem0.size, -4
;; CHECK-NEXT:  %mem.oob = icmp ugt i64 %{{.*}}, %mem.limit
;; CHECK-NEXT:  br i1 %mem.oob, label %trap.MEMORY_OUT_OF_BOUNDS
;; CHECK-NOT:   check.ver
;; CHECK:       ret void

;; A loop that ends at a zero byte has no trip count to check against.
;; CHECK-LABEL: define internal tailcc i64 @wasm_func_3(
;; CHECK-NOT:   check.ver
;; CHECK:       br i1 %{{.*}}, label %trap.MEMORY_OUT_OF_BOUNDS
;; CHECK-NOT:   check.ver
;; CHECK:       ret i64

;; CHECK:       [[LIKELY]] = !{!"branch_weights", i32 {{[0-9]+}}, i32 1}
;; CHECK:       [[COLD]] = distinct !{[[COLD]], [[UNROLL:![0-9]+]], [[VECT:![0-9]+]]}
;; CHECK:       [[UNROLL]] = !{!"llvm.loop.unroll.disable"}
;; CHECK:       [[VECT]] = !{!"llvm.loop.vectorize.enable", i1 false}

(module
  (memory i64 1)
  (func (export "fill_up") (param $p i64) (param $n i64) (param $v i32)
    (local $i i64)
    (block $done
      (br_if $done (i64.eqz (local.get $n)))
      (loop $l
        (i32.store (i64.add (local.get $p) (i64.shl (local.get $i) (i64.const 2)))
                   (local.get $v))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br_if $l (i64.lt_u (local.get $i) (local.get $n))))))
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
  (func (export "strlen") (param $p i64) (result i64)
    (local $q i64)
    (local.set $q (local.get $p))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (i32.load8_u (local.get $q))))
        (local.set $q (i64.add (local.get $q) (i64.const 1)))
        (br $l)))
    (i64.sub (local.get $q) (local.get $p))))
