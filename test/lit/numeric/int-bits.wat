;; Shift counts are taken modulo the width (LLVM shifts by >= the width are
;; poison); rotates are funnel shifts; clz/ctz of 0 is the width, so the
;; intrinsics' "zero is poison" flag is false; booleans are i32 0 or 1.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O0 %t.wasm -o - | FileCheck %s

;; CHECK-LABEL: define internal i32 @wasm_func_0(
;; CHECK:       [[C:%.*]] = and i32 [[N:%.*]], 31
;; CHECK-NEXT:  shl i32 %{{.*}}, [[C]]
;; CHECK:       [[C:%.*]] = and i32 %{{.*}}, 31
;; CHECK-NEXT:  ashr i32 %{{.*}}, [[C]]
;; CHECK:       [[C:%.*]] = and i32 %{{.*}}, 31
;; CHECK-NEXT:  lshr i32 %{{.*}}, [[C]]
;; CHECK-LABEL: define internal i64 @wasm_func_1(
;; CHECK:       [[C:%.*]] = and i64 %{{.*}}, 63
;; CHECK-NEXT:  shl i64 %{{.*}}, [[C]]
;; CHECK-LABEL: define internal i32 @wasm_func_2(
;; CHECK:       call i32 @llvm.fshl.i32(i32 [[X:%.*]], i32 [[X]], i32
;; CHECK:       call i32 @llvm.fshr.i32(i32 [[Y:%.*]], i32 [[Y]], i32
;; CHECK-LABEL: define internal i64 @wasm_func_3(
;; CHECK:       call i64 @llvm.ctlz.i64(i64 %{{.*}}, i1 false)
;; CHECK:       call i64 @llvm.cttz.i64(i64 %{{.*}}, i1 false)
;; CHECK:       call i64 @llvm.ctpop.i64(
;; CHECK-LABEL: define internal i32 @wasm_func_4(
;; CHECK:       [[Z:%.*]] = icmp eq i64 %{{.*}}, 0
;; CHECK-NEXT:  zext i1 [[Z]] to i32
;; CHECK:       [[LT:%.*]] = icmp ult i32
;; CHECK-NEXT:  zext i1 [[LT]] to i32
;; CHECK:       [[GE:%.*]] = icmp sge i64
;; CHECK-NEXT:  zext i1 [[GE]] to i32

(module
  (func (param i32 i32) (result i32)
    (i32.shr_u
      (i32.shr_s (i32.shl (local.get 0) (local.get 1)) (local.get 1))
      (local.get 1)))
  (func (param i64 i64) (result i64) (i64.shl (local.get 0) (local.get 1)))
  (func (param i32 i32) (result i32)
    (i32.rotr (i32.rotl (local.get 0) (local.get 1)) (local.get 1)))
  (func (param i64) (result i64)
    (i64.popcnt (i64.ctz (i64.clz (local.get 0)))))
  (func (param i64 i32 i32) (result i32)
    (i32.add
      (i32.add (i64.eqz (local.get 0)) (i32.lt_u (local.get 1) (local.get 2)))
      (i64.ge_s (local.get 0) (i64.const 5)))))
