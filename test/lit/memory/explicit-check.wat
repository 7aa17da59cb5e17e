;; With --bounds-checks=explicit every access first compares its end
;; (zext(index) + offset + size, computed in i64 so it cannot wrap) with the
;; current memory size and traps with "out of bounds memory access" (code 2).
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O1 --bounds-checks=explicit %t.wasm -o - | FileCheck %s

;; i32.load offset=16: end = index + 16 + 4.
;; CHECK-LABEL: define internal tailcc i32 @wasm_func_0(
;; CHECK:       [[IDX:%.*]] = zext i32 %{{.*}} to i64
;; CHECK-NEXT:  [[END:%.*]] = add nuw nsw i64 [[IDX]], 20
;; CHECK:       [[SIZE:%.*]] = load i64, ptr
;; CHECK-NEXT:  [[OOB:%.*]] = icmp ugt i64 [[END]], [[SIZE]]
;; CHECK-NEXT:  br i1 [[OOB]], label %[[TRAP:.*]], label %[[OK:.*]], !prof
;; CHECK:       [[OK]]:
;; CHECK:       load i32, ptr %{{.*}}, align 1, !tbaa
;; CHECK:       [[TRAP]]:
;; CHECK-NEXT:  call void @wasmc_rt_trap(ptr {{.*}}%vmctx, i32 2)
;; CHECK-NEXT:  unreachable

;; i64.store8 with the largest offset: end = index + 0xFFFFFFFF + 1.
;; CHECK-LABEL: define internal tailcc void @wasm_func_1(
;; CHECK:       [[IDX:%.*]] = zext i32 %{{.*}} to i64
;; CHECK-NEXT:  [[END:%.*]] = {{add nuw nsw|or disjoint}} i64 [[IDX]], 4294967296
;; CHECK:       icmp ugt i64 [[END]],
;; CHECK:       store i8 %{{.*}}, ptr %{{.*}}, align 1, !tbaa
;; CHECK:       call void @wasmc_rt_trap(ptr {{.*}}%vmctx, i32 2)

(module
  (memory 1)
  (func (export "load") (param i32) (result i32)
    (i32.load offset=16 (local.get 0)))
  (func (export "store") (param i32 i64)
    (i64.store8 offset=4294967295 (local.get 0) (local.get 1))))
