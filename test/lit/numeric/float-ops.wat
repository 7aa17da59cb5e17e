;; Float arithmetic follows the spec exactly and never carries fast-math
;; flags: min/max propagate NaN and order -0 < +0 (llvm.minimum/maximum,
;; with a NaN result taken from a + b so that it is quiet); nearest rounds
;; half to even; ne is the only unordered compare.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O0 %t.wasm -o - | FileCheck %s
;; RUN: wasmc --emit-llvm -S -O2 %t.wasm -o - | FileCheck %s --check-prefix=NOFAST
;; NOFAST-NOT: {{ (fast|nnan|ninf|nsz|arcp|contract|afn|reassoc) }}

;; CHECK-LABEL: define internal float @wasm_func_0(
;; CHECK:       [[MIN:%.*]] = call float @llvm.minimum.f32(float [[A:%.*]], float [[B:%.*]])
;; CHECK-NEXT:  [[NAN:%.*]] = fcmp uno float [[A]], [[B]]
;; CHECK-NEXT:  [[SUM:%.*]] = fadd float [[A]], [[B]]
;; CHECK-NEXT:  select i1 [[NAN]], float [[SUM]], float [[MIN]]
;; CHECK-LABEL: define internal double @wasm_func_1(
;; CHECK:       call double @llvm.maximum.f64(
;; CHECK-LABEL: define internal float @wasm_func_2(
;; CHECK:       call float @llvm.roundeven.f32(
;; CHECK-LABEL: define internal double @wasm_func_3(
;; CHECK:       call double @llvm.ceil.f64(
;; CHECK:       call double @llvm.floor.f64(
;; CHECK:       call double @llvm.trunc.f64(
;; CHECK:       call double @llvm.sqrt.f64(
;; CHECK:       call double @llvm.fabs.f64(
;; CHECK:       fneg double
;; CHECK:       call double @llvm.copysign.f64(

;; Compares.
;; CHECK-LABEL: define internal i32 @wasm_func_4(
;; CHECK:       fcmp oeq float
;; CHECK:       fcmp une float
;; CHECK:       fcmp olt float
;; CHECK:       fcmp ogt float
;; CHECK:       fcmp ole float
;; CHECK:       fcmp oge float

;; x - 0.0 may be folded to x by LLVM, which would let a signalling NaN
;; through; the result is quieted on its integer bits (quiet bit 51).
;; CHECK-LABEL: define internal double @wasm_func_5(
;; CHECK:       [[R:%.*]] = fsub double %{{.*}}, 0.000000e+00
;; CHECK-NEXT:  [[BITS:%.*]] = bitcast double [[R]] to i64
;; CHECK-NEXT:  [[Q:%.*]] = or i64 [[BITS]], 2251799813685248
;; CHECK-NEXT:  [[QF:%.*]] = bitcast i64 [[Q]] to double
;; CHECK-NEXT:  [[ISNAN:%.*]] = fcmp uno double [[R]], [[R]]
;; CHECK-NEXT:  select i1 [[ISNAN]], double [[QF]], double [[R]]
;; Ordinary operands need no quieting.
;; CHECK-LABEL: define internal double @wasm_func_6(
;; CHECK:       fmul double
;; CHECK-NOT:   fcmp uno
;; CHECK-LABEL: }

;; Constants keep their exact bits, NaN payloads and signalling NaNs too:
;; f32 nan:0x200001 is 0x7fa00001, printed by LLVM as a double.
;; CHECK-LABEL: define internal float @wasm_func_7(
;; CHECK:       0x7FF4000020000000
;; CHECK-LABEL: define internal double @wasm_func_8(
;; CHECK:       0xFFF0000000000001

(module
  (func (param f32 f32) (result f32) (f32.min (local.get 0) (local.get 1)))
  (func (param f64 f64) (result f64) (f64.max (local.get 0) (local.get 1)))
  (func (param f32) (result f32) (f32.nearest (local.get 0)))
  (func (param f64 f64) (result f64)
    (f64.copysign
      (f64.neg (f64.abs (f64.sqrt (f64.trunc (f64.floor (f64.ceil (local.get 0)))))))
      (local.get 1)))
  (func (param f32 f32) (result i32)
    (i32.add
      (i32.add (f32.eq (local.get 0) (local.get 1)) (f32.ne (local.get 0) (local.get 1)))
      (i32.add
        (i32.add (f32.lt (local.get 0) (local.get 1)) (f32.gt (local.get 0) (local.get 1)))
        (i32.add (f32.le (local.get 0) (local.get 1)) (f32.ge (local.get 0) (local.get 1))))))
  (func (param f64) (result f64) (f64.sub (local.get 0) (f64.const 0)))
  (func (param f64) (result f64) (f64.mul (local.get 0) (f64.const 3)))
  (func (result f32) (f32.const nan:0x200001))
  (func (result f64) (f64.const -nan:0x1)))
