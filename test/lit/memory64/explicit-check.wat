;; A memory64 access is checked explicitly whatever --bounds-checks says (no
;; reservation covers a 64-bit index). When offset + size is within the
;; declared minimum, one unsigned compare of the index against size -
;; (offset + size) decides, with no wrap-around possible; otherwise the sum
;; is also checked for overflow. No keep-alive is needed: the check traps.
;; RUN: wat2wasm --enable-memory64 %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O1 %t.wasm -o - | FileCheck %s

;; i32.load offset=16 on a memory of at least one page: K = 20.
;; CHECK-LABEL: define internal tailcc i32 @wasm_func_0(
;; CHECK:       [[SIZE:%.*]] = load i64, ptr
;; CHECK-NEXT:  [[LIMIT:%.*]] = add i64 [[SIZE]], -20
;; CHECK-NEXT:  [[OOB:%.*]] = icmp ult i64 [[LIMIT]], %0
;; CHECK-NEXT:  br i1 [[OOB]], label %[[TRAP:.*]], label %[[OK:.*]], !prof
;; CHECK:       [[OK]]:
;; CHECK-NOT:   wasmc.keepalive
;; CHECK:       load i32, ptr %{{.*}}, align 1, !tbaa
;; CHECK:       [[TRAP]]:
;; CHECK-NEXT:  call void @wasmc_rt_trap(ptr {{.*}}%vmctx, i32 2)

;; An offset beyond the minimum size: the end is checked for wrap-around.
;; CHECK-LABEL: define internal tailcc i32 @wasm_func_1(
;; CHECK:       [[END:%.*]] = add i64 %0, 4294967284
;; CHECK-NEXT:  icmp ugt i64 %0, -4294967285
;; CHECK-NEXT:  icmp ugt i64 [[END]],
;; CHECK:       call void @wasmc_rt_trap(ptr {{.*}}%vmctx, i32 2)

(module
  (memory i64 1)
  (func (export "near") (param i64) (result i32)
    (i32.load offset=16 (local.get 0)))
  (func (export "far") (param i64) (result i32)
    (i32.load offset=0xFFFF_FFF0 (local.get 0))))
