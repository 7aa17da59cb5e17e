;; Integer division and remainder: a zero divisor traps with "integer divide
;; by zero" (code 6); div_s of INT_MIN by -1 traps with "integer overflow"
;; (code 7); rem_s of INT_MIN by -1 is 0, so it divides by 1 instead of -1
;; (x rem 1 == x rem -1 == 0) rather than executing the overflowing idiv.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O0 %t.wasm -o - | FileCheck %s

;; CHECK-LABEL: define internal i32 @wasm_func_0(
;; CHECK:       [[ZERO:%.*]] = icmp eq i32 [[D:%.*]], 0
;; CHECK-NEXT:  br i1 [[ZERO]], label %[[DIVZERO:.*]], label
;; CHECK:       [[MIN:%.*]] = icmp eq i32 [[N:%.*]], -2147483648
;; CHECK-NEXT:  [[M1:%.*]] = icmp eq i32 [[D]], -1
;; CHECK-NEXT:  [[OVF:%.*]] = and i1 [[MIN]], [[M1]]
;; CHECK-NEXT:  br i1 [[OVF]], label %[[OVERFLOW:.*]], label
;; CHECK:       sdiv i32 [[N]], [[D]]
;; CHECK:       [[DIVZERO]]:
;; CHECK-NEXT:  call void @wasmc_rt_trap(ptr %vmctx, i32 6)
;; CHECK:       [[OVERFLOW]]:
;; CHECK-NEXT:  call void @wasmc_rt_trap(ptr %vmctx, i32 7)

;; CHECK-LABEL: define internal i64 @wasm_func_1(
;; CHECK:       [[ZERO:%.*]] = icmp eq i64 [[D:%.*]], 0
;; CHECK-NEXT:  br i1 [[ZERO]]
;; CHECK:       [[M1:%.*]] = icmp eq i64 [[D]], -1
;; CHECK-NEXT:  [[SAFE:%.*]] = select i1 [[M1]], i64 1, i64 [[D]]
;; CHECK-NEXT:  srem i64 %{{.*}}, [[SAFE]]
;; CHECK-NOT:   @wasmc_rt_trap(ptr %vmctx, i32 7)
;; CHECK-LABEL: }

;; Unsigned: only the zero check.
;; CHECK-LABEL: define internal i32 @wasm_func_2(
;; CHECK:       icmp eq i32 [[D:%.*]], 0
;; CHECK:       udiv i32 %{{.*}}, [[D]]
;; CHECK-NOT:   @wasmc_rt_trap(ptr %vmctx, i32 7)
;; CHECK-LABEL: }
;; CHECK-LABEL: define internal i64 @wasm_func_3(
;; CHECK:       icmp eq i64 [[D:%.*]], 0
;; CHECK:       urem i64 %{{.*}}, [[D]]

;; A constant divisor other than 0 and -1 needs no check at all.
;; CHECK-LABEL: define internal i32 @wasm_func_4(
;; CHECK-NOT:   @wasmc_rt_trap(ptr %vmctx, i32 {{6|7}})
;; CHECK:       sdiv i32 %{{.*}}, 7
;; CHECK-NOT:   @wasmc_rt_trap(ptr %vmctx, i32 {{6|7}})
;; CHECK-LABEL: }
;; CHECK-LABEL: define internal i32 @wasm_func_5(
;; CHECK-NOT:   select
;; CHECK:       srem i32 %{{.*}}, -7
;; CHECK-NOT:   @wasmc_rt_trap(ptr %vmctx, i32 {{6|7}})
;; CHECK-LABEL: }

(module
  (func (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1)))
  (func (param i32 i32) (result i32) (i32.div_u (local.get 0) (local.get 1)))
  (func (param i64 i64) (result i64) (i64.rem_u (local.get 0) (local.get 1)))
  (func (param i32) (result i32) (i32.div_s (local.get 0) (i32.const 7)))
  (func (param i32) (result i32) (i32.rem_s (local.get 0) (i32.const -7))))
