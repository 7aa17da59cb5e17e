;; Trapping float-to-int truncation: NaN traps with "invalid conversion to
;; integer" (code 8), then anything whose truncation does not fit traps with
;; "integer overflow" (code 7). The bounds are exact float constants
;; (printed by LLVM as doubles):
;;   -2^31 = 0xC1E0000000000000   -2^31-1 = 0xC1E0000000200000 (f64 only)
;;    2^31 = 0x41E0000000000000    2^32 = 0x41F0000000000000
;;   -2^63 = 0xC3E0000000000000    2^63 = 0x43E0000000000000
;;    2^64 = 0x43F0000000000000    -1.0 = -1.000000e+00
;; Signed: x >= -2^(N-1) when the float type cannot represent -2^(N-1)-1,
;; else x > -2^(N-1)-1 (f64 -> i32: -2147483648.9 truncates to INT_MIN).
;; Unsigned: x > -1 (values in (-1, 0) truncate to 0). Always x < 2^N.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O0 %t.wasm -o - | FileCheck %s

;; CHECK-LABEL: define internal i32 @wasm_func_0(
;; CHECK:       [[NAN:%.*]] = fcmp uno float [[X:%.*]], [[X]]
;; CHECK-NEXT:  br i1 [[NAN]], label %[[INVALID:.*]], label
;; CHECK:       [[LO:%.*]] = fcmp oge float [[X]], 0xC1E0000000000000
;; CHECK-NEXT:  [[HI:%.*]] = fcmp olt float [[X]], 0x41E0000000000000
;; CHECK-NEXT:  [[IN:%.*]] = and i1 [[LO]], [[HI]]
;; CHECK-NEXT:  [[OUT:%.*]] = xor i1 [[IN]], true
;; CHECK-NEXT:  br i1 [[OUT]], label %[[OVERFLOW:.*]], label
;; CHECK:       fptosi float [[X]] to i32
;; CHECK:       [[OVERFLOW]]:
;; CHECK-NEXT:  call void @wasmc_rt_trap(ptr %vmctx, i32 7)
;; CHECK:       [[INVALID]]:
;; CHECK-NEXT:  call void @wasmc_rt_trap(ptr %vmctx, i32 8)

;; CHECK-LABEL: define internal i32 @wasm_func_1(
;; CHECK:       fcmp uno float
;; CHECK:       fcmp ogt float [[X:%.*]], -1.000000e+00
;; CHECK-NEXT:  fcmp olt float [[X]], 0x41F0000000000000
;; CHECK:       fptoui float [[X]] to i32

;; CHECK-LABEL: define internal i32 @wasm_func_2(
;; CHECK:       fcmp uno double
;; CHECK:       fcmp ogt double [[X:%.*]], 0xC1E0000000200000
;; CHECK-NEXT:  fcmp olt double [[X]], 0x41E0000000000000
;; CHECK:       fptosi double [[X]] to i32

;; CHECK-LABEL: define internal i32 @wasm_func_3(
;; CHECK:       fcmp uno double
;; CHECK:       fcmp ogt double [[X:%.*]], -1.000000e+00
;; CHECK-NEXT:  fcmp olt double [[X]], 0x41F0000000000000
;; CHECK:       fptoui double [[X]] to i32

;; CHECK-LABEL: define internal i64 @wasm_func_4(
;; CHECK:       fcmp uno float
;; CHECK:       fcmp oge float [[X:%.*]], 0xC3E0000000000000
;; CHECK-NEXT:  fcmp olt float [[X]], 0x43E0000000000000
;; CHECK:       fptosi float [[X]] to i64

;; CHECK-LABEL: define internal i64 @wasm_func_5(
;; CHECK:       fcmp uno float
;; CHECK:       fcmp ogt float [[X:%.*]], -1.000000e+00
;; CHECK-NEXT:  fcmp olt float [[X]], 0x43F0000000000000
;; CHECK:       fptoui float [[X]] to i64

;; CHECK-LABEL: define internal i64 @wasm_func_6(
;; CHECK:       fcmp uno double
;; CHECK:       fcmp oge double [[X:%.*]], 0xC3E0000000000000
;; CHECK-NEXT:  fcmp olt double [[X]], 0x43E0000000000000
;; CHECK:       fptosi double [[X]] to i64

;; CHECK-LABEL: define internal i64 @wasm_func_7(
;; CHECK:       fcmp uno double
;; CHECK:       fcmp ogt double [[X:%.*]], -1.000000e+00
;; CHECK-NEXT:  fcmp olt double [[X]], 0x43F0000000000000
;; CHECK:       fptoui double [[X]] to i64

(module
  (func (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
  (func (param f32) (result i32) (i32.trunc_f32_u (local.get 0)))
  (func (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
  (func (param f64) (result i32) (i32.trunc_f64_u (local.get 0)))
  (func (param f32) (result i64) (i64.trunc_f32_s (local.get 0)))
  (func (param f32) (result i64) (i64.trunc_f32_u (local.get 0)))
  (func (param f64) (result i64) (i64.trunc_f64_s (local.get 0)))
  (func (param f64) (result i64) (i64.trunc_f64_u (local.get 0))))
