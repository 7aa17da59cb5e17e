;; In guard-page mode a linear-memory access is base + zext(index) + offset
;; with no compare and no branch: rtlib's 8 GiB reservation makes every
;; out-of-bounds address fault (a load whose value is unused stays, as a
;; volatile one where FastISel selects: -O0 and -O1). These functions are
;; leaves, so they have no stack-limit check either
;; (test/lit/lower/leaf-stack-check.wat): no branch at all.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O1 %t.wasm -o - | FileCheck %s
;; RUN: wasmc --emit-llvm -S -O1 --bounds-checks=guard %t.wasm -o - | FileCheck %s

;; CHECK-LABEL: define internal tailcc i32 @wasm_func_0(
;; CHECK-NOT:   icmp
;; CHECK-NOT:   br i1
;; CHECK:       [[IDX:%.*]] = zext i32 %{{.*}} to i64
;; CHECK-NEXT:  [[P:%.*]] = getelementptr inbounds nuw i8, ptr %{{.*}}, i64 [[IDX]]
;; CHECK-NEXT:  [[Q:%.*]] = getelementptr inbounds nuw i8, ptr [[P]], i64 16
;; CHECK-NEXT:  %{{.*}} = load {{(volatile )?}}i32, ptr [[Q]], align 1, !tbaa
;; CHECK-NOT:   icmp
;; CHECK-NOT:   br i1
;; CHECK:       ret i32

;; The same for a store, and for the largest static offset.
;; CHECK-LABEL: define internal tailcc void @wasm_func_1(
;; CHECK-NOT:   icmp
;; CHECK-NOT:   br i1
;; CHECK:       getelementptr inbounds nuw i8, ptr %{{.*}}, i64 4294967295
;; CHECK-NEXT:  store i64 %{{.*}}, ptr %{{.*}}, align 1, !tbaa
;; CHECK-NOT:   icmp
;; CHECK-NOT:   br i1
;; CHECK:       ret void

(module
  (memory 1)
  (func (export "load") (param i32) (result i32)
    (i32.load offset=16 (local.get 0)))
  (func (export "store") (param i32 i64)
    (i64.store offset=4294967295 (local.get 0) (local.get 1))))
