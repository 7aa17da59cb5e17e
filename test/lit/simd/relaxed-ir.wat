;; The IR of the relaxed SIMD lowering: FMA is fused only when the
;; TargetMachine's CPU has it (x86 with --cpu haswell, every AArch64) and
;; never in deterministic mode; target instructions appear as their
;; intrinsics in fast mode only, chosen by the CPU's features.
;; RUN: wat2wasm --enable-relaxed-simd %s -o %t.wasm
;; RUN: wasmc -S --emit-llvm -O0 --target x86_64-linux-gnu %t.wasm -o - | FileCheck %s --check-prefix=SSE2
;; RUN: wasmc -S --emit-llvm -O0 --target x86_64-linux-gnu --cpu haswell %t.wasm -o - | FileCheck %s --check-prefix=HSW
;; RUN: wasmc -S --emit-llvm -O0 --target x86_64-linux-gnu --cpu haswell --relaxed-simd=deterministic %t.wasm -o - | FileCheck %s --check-prefix=DET
;; RUN: wasmc -S --emit-llvm -O0 --target aarch64-linux-gnu %t.wasm -o - | FileCheck %s --check-prefix=NEON

(module
  ;; SSE2-LABEL: @wasm_func_0(
  ;; SSE2-NOT:   @llvm.fma
  ;; SSE2:       fmul <4 x float>
  ;; SSE2-NEXT:  fadd <4 x float>
  ;; HSW-LABEL:  @wasm_func_0(
  ;; HSW:        call <4 x float> @llvm.fma.v4f32(
  ;; DET-LABEL:  @wasm_func_0(
  ;; DET-NOT:    @llvm.fma
  ;; DET:        fmul <4 x float>
  ;; DET-NEXT:   fadd <4 x float>
  ;; NEON-LABEL: @wasm_func_0(
  ;; NEON:       call <4 x float> @llvm.fma.v4f32(
  (func (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))

  ;; One minps (SSE2) or fmin in fast mode; f32x4.min's two minps and NaN
  ;; fix-up when deterministic.
  ;; SSE2-LABEL: @wasm_func_1(
  ;; SSE2:       call <4 x float> @llvm.x86.sse.min.ps(
  ;; SSE2-NOT:   @llvm.x86.sse.min.ps(
  ;; SSE2-LABEL: ret <2 x i64>
  ;; DET-LABEL:  @wasm_func_1(
  ;; DET:        fcmp uno <4 x float>
  ;; DET:        call <4 x float> @llvm.x86.sse.min.ps(
  ;; DET:        call <4 x float> @llvm.x86.sse.min.ps(
  ;; NEON-LABEL: @wasm_func_1(
  ;; NEON-NOT:   fcmp
  ;; NEON:       call <4 x float> @llvm.aarch64.neon.fmin.v4f32(
  (func (param v128 v128) (result v128) (f32x4.relaxed_min (local.get 0) (local.get 1)))

  ;; pshufb needs SSSE3: not on the x86-64 baseline.
  ;; SSE2-LABEL: @wasm_func_2(
  ;; SSE2-NOT:   @llvm.x86.ssse3
  ;; SSE2:       icmp ult <16 x i8>
  ;; HSW-LABEL:  @wasm_func_2(
  ;; HSW:        call <16 x i8> @llvm.x86.ssse3.pshuf.b.128(
  ;; DET-LABEL:  @wasm_func_2(
  ;; DET-NOT:    @llvm.x86.ssse3
  ;; DET:        icmp ult <16 x i8>
  ;; NEON-LABEL: @wasm_func_2(
  ;; NEON:       call <16 x i8> @llvm.aarch64.neon.tbl1.v16i8(
  (func (param v128 v128) (result v128) (i8x16.relaxed_swizzle (local.get 0) (local.get 1))))
