;; The non-trapping conversions: saturating truncation is llvm.fpto[su]i.sat
;; (NaN -> 0, out of range -> the nearest bound); convert, demote, promote
;; and reinterpret are single IR casts; extendN_s is trunc + sext.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O0 %t.wasm -o - | FileCheck %s

;; CHECK-LABEL: define internal i32 @wasm_func_0(
;; CHECK:       call i32 @llvm.fptosi.sat.i32.f32(
;; CHECK:       call i32 @llvm.fptoui.sat.i32.f64(
;; CHECK-LABEL: define internal i64 @wasm_func_1(
;; CHECK:       call i64 @llvm.fptoui.sat.i64.f32(
;; CHECK:       call i64 @llvm.fptosi.sat.i64.f64(
;; CHECK-LABEL: define internal double @wasm_func_2(
;; CHECK:       uitofp i64 %{{.*}} to float
;; CHECK:       sitofp i32 %{{.*}} to float
;; CHECK:       uitofp i32 %{{.*}} to double
;; CHECK:       sitofp i64 %{{.*}} to double
;; CHECK-LABEL: define internal float @wasm_func_3(
;; CHECK:       fptrunc double %{{.*}} to float
;; CHECK-NOT:   fcmp uno
;; CHECK-LABEL: }
;; demote(promote(x)) is folded to x by LLVM, so that pair is quieted.
;; CHECK-LABEL: define internal float @wasm_func_4(
;; CHECK:       [[E:%.*]] = fpext float %{{.*}} to double
;; CHECK-NEXT:  [[T:%.*]] = fptrunc double [[E]] to float
;; CHECK:       fcmp uno float [[T]], [[T]]
;; CHECK-LABEL: define internal i64 @wasm_func_5(
;; CHECK:       bitcast float %{{.*}} to i32
;; CHECK:       bitcast i32 %{{.*}} to float
;; CHECK:       bitcast double %{{.*}} to i64
;; CHECK-LABEL: define internal i64 @wasm_func_6(
;; CHECK:       [[N:%.*]] = trunc i32 %{{.*}} to i8
;; CHECK-NEXT:  [[S:%.*]] = sext i8 [[N]] to i32
;; CHECK-NEXT:  sext i32 [[S]] to i64
;; CHECK:       [[N:%.*]] = trunc i64 %{{.*}} to i16
;; CHECK-NEXT:  sext i16 [[N]] to i64
;; CHECK:       [[N:%.*]] = trunc i64 %{{.*}} to i32
;; CHECK-NEXT:  sext i32 [[N]] to i64
;; CHECK:       [[W:%.*]] = trunc i64 %{{.*}} to i32
;; CHECK-NEXT:  zext i32 [[W]] to i64

(module
  (func (param f32 f64) (result i32)
    (i32.add (i32.trunc_sat_f32_s (local.get 0)) (i32.trunc_sat_f64_u (local.get 1))))
  (func (param f32 f64) (result i64)
    (i64.add (i64.trunc_sat_f32_u (local.get 0)) (i64.trunc_sat_f64_s (local.get 1))))
  (func (param i32 i64) (result f64)
    (f64.add
      (f64.promote_f32
        (f32.add (f32.convert_i64_u (local.get 1)) (f32.convert_i32_s (local.get 0))))
      (f64.add (f64.convert_i32_u (local.get 0)) (f64.convert_i64_s (local.get 1)))))
  (func (param f64) (result f32) (f32.demote_f64 (local.get 0)))
  (func (param f32) (result f32) (f32.demote_f64 (f64.promote_f32 (local.get 0))))
  (func (param f32 f64) (result i64)
    (i64.add
      (i64.extend_i32_u
        (i32.reinterpret_f32 (f32.reinterpret_i32 (i32.reinterpret_f32 (local.get 0)))))
      (i64.reinterpret_f64 (local.get 1))))
  (func (param i32 i64) (result i64)
    (i64.add
      (i64.extend_i32_s (i32.extend8_s (local.get 0)))
      (i64.extend_i32_u (i32.wrap_i64 (i64.extend32_s (i64.extend16_s (local.get 1))))))))
