;; SIMD instructions lower to LLVM vector operations on the lane shape (the
;; operand stack holds v128 as <2 x i64>), never to per-lane scalar code,
;; except swizzle, whose lane indices are dynamic.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O0 --target x86_64-linux-gnu %t.wasm -o - | FileCheck %s
;; RUN: wasmc --emit-llvm -S -O0 --target aarch64-linux-gnu %t.wasm -o - | FileCheck %s --check-prefix=A64

(module
  (memory 1)

  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_0(
  ;; CHECK:       [[R:%.*]] = bitcast <2 x i64> %{{.*}} to <4 x i32>
  ;; CHECK:       [[L:%.*]] = bitcast <2 x i64> %{{.*}} to <4 x i32>
  ;; CHECK:       [[S:%.*]] = add <4 x i32> [[L]], [[R]]
  ;; CHECK:       bitcast <4 x i32> [[S]] to <2 x i64>
  (func (param v128 v128) (result v128) (i32x4.add (local.get 0) (local.get 1)))

  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_1(
  ;; CHECK:       call <16 x i8> @llvm.sadd.sat.v16i8(
  (func (param v128 v128) (result v128) (i8x16.add_sat_s (local.get 0) (local.get 1)))

  ;; Swizzle: each lane is a[s & 15], then lanes with s >= 16 become 0.
  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_2(
  ;; CHECK:       [[M:%.*]] = and <16 x i8> [[IDX:%.*]], <i8 15,
  ;; CHECK:       [[K:%.*]] = extractelement <16 x i8> [[M]], i64 0
  ;; CHECK-NEXT:  extractelement <16 x i8> %{{.*}}, i8 [[K]]
  ;; CHECK:       [[IN:%.*]] = icmp ult <16 x i8> [[IDX]], <i8 16,
  ;; CHECK-NEXT:  select <16 x i1> [[IN]], <16 x i8> %{{.*}}, <16 x i8> zeroinitializer
  (func (param v128 v128) (result v128) (i8x16.swizzle (local.get 0) (local.get 1)))

  ;; Shuffle: one shufflevector with the immediate as its mask.
  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_3(
  ;; CHECK:       shufflevector <16 x i8> %{{.*}}, <16 x i8> %{{.*}}, <16 x i32> <i32 0, i32 31, i32 1, i32 30,
  (func (param v128 v128) (result v128)
    (i8x16.shuffle 0 31 1 30 2 29 3 28 4 27 5 26 6 25 7 24 (local.get 0) (local.get 1)))

  ;; Compares produce all-ones lanes.
  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_4(
  ;; CHECK:       [[C:%.*]] = icmp ult <8 x i16>
  ;; CHECK-NEXT:  sext <8 x i1> [[C]] to <8 x i16>
  (func (param v128 v128) (result v128) (i16x8.lt_u (local.get 0) (local.get 1)))

  ;; f32x4.min on x86: minps both ways round, or'ed (for -0 vs +0), and
  ;; the canonical NaN if either operand is NaN. Elsewhere llvm.minimum,
  ;; with NaN lanes from a + b (quiet).
  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_5(
  ;; CHECK:       [[B:%.*]] = bitcast <2 x i64> %{{.*}} to <4 x float>
  ;; CHECK-NEXT:  [[A:%.*]] = bitcast <2 x i64> %{{.*}} to <4 x float>
  ;; CHECK-NEXT:  [[UNO:%.*]] = fcmp uno <4 x float> [[A]], [[B]]
  ;; CHECK-NEXT:  [[AB:%.*]] = call <4 x float> @llvm.x86.sse.min.ps(<4 x float> [[A]], <4 x float> [[B]])
  ;; CHECK-NEXT:  [[ABI:%.*]] = bitcast <4 x float> [[AB]] to <4 x i32>
  ;; CHECK-NEXT:  [[BA:%.*]] = call <4 x float> @llvm.x86.sse.min.ps(<4 x float> [[B]], <4 x float> [[A]])
  ;; CHECK-NEXT:  [[BAI:%.*]] = bitcast <4 x float> [[BA]] to <4 x i32>
  ;; CHECK-NEXT:  [[OR:%.*]] = or <4 x i32> [[ABI]], [[BAI]]
  ;; CHECK-NEXT:  [[ORF:%.*]] = bitcast <4 x i32> [[OR]] to <4 x float>
  ;; CHECK-NEXT:  select <4 x i1> [[UNO]], <4 x float> <float 0x7FF8000000000000, {{.*}}>, <4 x float> [[ORF]]
  ;; A64-LABEL:   define internal <2 x i64> @wasm_func_5(
  ;; A64:         [[UNO:%.*]] = fcmp uno <4 x float>
  ;; A64-NEXT:    [[MIN:%.*]] = call <4 x float> @llvm.minimum.v4f32(
  ;; A64-NEXT:    [[ADD:%.*]] = fadd <4 x float>
  ;; A64-NEXT:    select <4 x i1> [[UNO]], <4 x float> [[ADD]], <4 x float> [[MIN]]
  (func (param v128 v128) (result v128) (f32x4.min (local.get 0) (local.get 1)))

  ;; pmin(a, b) = b < a ? b : a.
  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_6(
  ;; CHECK:       [[B:%.*]] = bitcast <2 x i64> %{{.*}} to <2 x double>
  ;; CHECK-NEXT:  [[A:%.*]] = bitcast <2 x i64> %{{.*}} to <2 x double>
  ;; CHECK-NEXT:  [[LT:%.*]] = fcmp olt <2 x double> [[B]], [[A]]
  ;; CHECK-NEXT:  select <2 x i1> [[LT]], <2 x double> [[B]], <2 x double> [[A]]
  (func (param v128 v128) (result v128) (f64x2.pmin (local.get 0) (local.get 1)))

  ;; Narrowing clamps in the wide type, then truncates.
  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_7(
  ;; CHECK:       [[BOTH:%.*]] = shufflevector <8 x i16> %{{.*}}, <8 x i16> %{{.*}}, <16 x i32> <i32 0, i32 1,
  ;; CHECK-NEXT:  [[LO:%.*]] = call <16 x i16> @llvm.smax.v16i16(<16 x i16> [[BOTH]], <16 x i16> zeroinitializer)
  ;; CHECK-NEXT:  [[HI:%.*]] = call <16 x i16> @llvm.smin.v16i16(<16 x i16> [[LO]], <16 x i16> <i16 255,
  ;; CHECK-NEXT:  trunc <16 x i16> [[HI]] to <16 x i8>
  (func (param v128 v128) (result v128) (i8x16.narrow_i16x8_u (local.get 0) (local.get 1)))

  ;; bitmask: the lanes' sign bits as an integer.
  ;; CHECK-LABEL: define internal i32 @wasm_func_8(
  ;; CHECK:       [[NEG:%.*]] = icmp slt <8 x i16> %{{.*}}, zeroinitializer
  ;; CHECK-NEXT:  [[BITS:%.*]] = bitcast <8 x i1> [[NEG]] to i8
  ;; CHECK-NEXT:  zext i8 [[BITS]] to i32
  (func (param v128) (result i32) (i16x8.bitmask (local.get 0)))

  ;; trunc_sat: convert, then replace the lanes out of range (or NaN).
  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_9(
  ;; CHECK:       [[X:%.*]] = bitcast <2 x i64> %{{.*}} to <4 x float>
  ;; CHECK-NEXT:  [[R:%.*]] = fptoui <4 x float> [[X]] to <4 x i32>
  ;; CHECK-NEXT:  [[BIG:%.*]] = fcmp oge <4 x float> [[X]], <float 0x41F0000000000000,
  ;; CHECK-NEXT:  [[R1:%.*]] = select <4 x i1> [[BIG]], <4 x i32> <i32 -1, {{.*}}>, <4 x i32> [[R]]
  ;; CHECK-NEXT:  [[NEG:%.*]] = fcmp ult <4 x float> [[X]], zeroinitializer
  ;; CHECK-NEXT:  select <4 x i1> [[NEG]], <4 x i32> zeroinitializer, <4 x i32> [[R1]]
  (func (param v128) (result v128) (i32x4.trunc_sat_f32x4_u (local.get 0)))

  ;; Shift counts are masked to the lane width and splatted.
  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_10(
  ;; CHECK:       [[CNT:%.*]] = and i32 %{{.*}}, 7
  ;; CHECK-NEXT:  [[C8:%.*]] = trunc i32 [[CNT]] to i8
  ;; CHECK:       ashr <16 x i8> %{{.*}}, %{{.*}}
  (func (param v128 i32) (result v128) (i8x16.shr_s (local.get 0) (local.get 1)))

  ;; Loads are byte-aligned linear-memory accesses of the bytes they read
;; (volatile at -O0, which keeps them alive in guard mode: dropped-load.wat).
  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_11(
  ;; CHECK:       load volatile <2 x i64>, ptr %{{.*}}, align 1, !tbaa
  (func (param i32) (result v128) (v128.load align=16 (local.get 0)))

  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_12(
  ;; CHECK:       [[L:%.*]] = load volatile <8 x i8>, ptr %{{.*}}, align 1, !tbaa
  ;; CHECK-NEXT:  sext <8 x i8> [[L]] to <8 x i16>
  (func (param i32) (result v128) (v128.load8x8_s (local.get 0)))

  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_13(
  ;; CHECK:       [[L:%.*]] = load volatile i16, ptr %{{.*}}, align 1, !tbaa
  ;; CHECK-NEXT:  insertelement <8 x i16> %{{.*}}, i16 [[L]], i64 5
  (func (param i32 v128) (result v128) (v128.load16_lane 5 (local.get 0) (local.get 1)))

  ;; CHECK-LABEL: define internal void @wasm_func_14(
  ;; CHECK:       [[E:%.*]] = extractelement <2 x i64> %{{.*}}, i64 1
  ;; CHECK:       store i64 [[E]], ptr %{{.*}}, align 1, !tbaa
  (func (param i32 v128) (v128.store64_lane 1 (local.get 0) (local.get 1)))

  ;; v128.const bytes are little-endian lanes: the i64x2 view of 00 01 .. 0f.
  ;; CHECK-LABEL: define internal <2 x i64> @wasm_func_15(
  ;; CHECK:       <i64 506097522914230528, i64 1084818905618843912>
  (func (result v128) (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)))
