;; Relaxed SIMD in --relaxed-simd=fast (the default) is the target CPU's
;; cheapest instruction whose result the spec permits: SSE2 forms on the
;; x86-64 baseline, SSSE3/SSE4.1/FMA forms when --cpu has them (haswell),
;; bare NEON on AArch64. --relaxed-simd=deterministic never fuses madd and
;; lowers the rest as their non-relaxed counterparts (the DET prefix checks
;; for the sequences a fast lowering avoids).
;; wabt 1.0.32 spells the dot products without "relaxed_" (same opcodes).
;; RUN: wat2wasm --enable-relaxed-simd %s -o %t.wasm
;; RUN: wasmc -S -O2 --target x86_64-linux-gnu %t.wasm -o - | FileCheck %s --check-prefix=SSE2
;; RUN: wasmc -S -O2 --target x86_64-linux-gnu --cpu haswell %t.wasm -o - | FileCheck %s --check-prefix=AVX2
;; RUN: wasmc -S -O2 --target aarch64-linux-gnu %t.wasm -o - | FileCheck %s --check-prefix=NEON
;; RUN: wasmc -S -O2 --target x86_64-linux-gnu --cpu haswell --relaxed-simd=deterministic %t.wasm -o - | FileCheck %s --check-prefix=DET

(module
  ;; SSE2-LABEL: wasm_func_0:
  ;; SSE2-NOT:   pshufb
  ;; SSE2:       pminub
  ;; AVX2-LABEL: wasm_func_0:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vpshufb
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_0:
  ;; NEON-NOT:   cmhi
  ;; NEON:       tbl
  ;; NEON-NOT:   cmhi
  ;; NEON:       .Lfunc_end0:
  ;; DET-LABEL:  wasm_func_0:
  ;; DET:        vpminub
  (func (param v128 v128) (result v128) (i8x16.relaxed_swizzle (local.get 0) (local.get 1)))
  ;; SSE2-LABEL: wasm_func_1:
  ;; SSE2:       cvttps2dq
  ;; AVX2-LABEL: wasm_func_1:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vcvttps2dq
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_1:
  ;; NEON:       fcvtzs
  ;; DET-LABEL:  wasm_func_1:
  ;; DET:        vblendvps
  (func (param v128) (result v128) (i32x4.relaxed_trunc_f32x4_s (local.get 0)))
  ;; SSE2-LABEL: wasm_func_2:
  ;; SSE2:       cvttpd2dq
  ;; AVX2-LABEL: wasm_func_2:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vcvttpd2dq
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_2:
  ;; NEON:       fcvtzs
  ;; DET-LABEL:  wasm_func_2:
  ;; DET:        vblendvps
  (func (param v128) (result v128) (i32x4.relaxed_trunc_f64x2_s_zero (local.get 0)))
  ;; SSE2-LABEL: wasm_func_3:
  ;; SSE2:       mulps
  ;; AVX2-LABEL: wasm_func_3:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vfmadd213ps
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_3:
  ;; NEON:       fmla
  ;; DET-LABEL:  wasm_func_3:
  ;; DET:        vmulps
  (func (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  ;; SSE2-LABEL: wasm_func_4:
  ;; SSE2:       mulpd
  ;; AVX2-LABEL: wasm_func_4:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vfnmadd213pd
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_4:
  ;; NEON:       fmls
  ;; DET-LABEL:  wasm_func_4:
  ;; DET:        vmulpd
  (func (param v128 v128 v128) (result v128) (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2)))
  ;; SSE2-LABEL: wasm_func_5:
  ;; SSE2:       andnps
  ;; AVX2-LABEL: wasm_func_5:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vpblendvb
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_5:
  ;; NEON:       bif
  ;; DET-LABEL:  wasm_func_5:
  ;; DET:        vandnps
  (func (param v128 v128 v128) (result v128) (i8x16.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  ;; SSE2-LABEL: wasm_func_6:
  ;; SSE2:       andnps
  ;; AVX2-LABEL: wasm_func_6:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vpblendvb
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_6:
  ;; NEON:       bif
  ;; DET-LABEL:  wasm_func_6:
  ;; DET:        vandnps
  (func (param v128 v128 v128) (result v128) (i16x8.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  ;; SSE2-LABEL: wasm_func_7:
  ;; SSE2:       andnps
  ;; AVX2-LABEL: wasm_func_7:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vblendvps
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_7:
  ;; NEON:       bif
  ;; DET-LABEL:  wasm_func_7:
  ;; DET:        vandnps
  (func (param v128 v128 v128) (result v128) (i32x4.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  ;; SSE2-LABEL: wasm_func_8:
  ;; SSE2:       andnps
  ;; AVX2-LABEL: wasm_func_8:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vblendvpd
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_8:
  ;; NEON:       bif
  ;; DET-LABEL:  wasm_func_8:
  ;; DET:        vandnps
  (func (param v128 v128 v128) (result v128) (i64x2.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  ;; SSE2-LABEL: wasm_func_9:
  ;; SSE2:       minps
  ;; AVX2-LABEL: wasm_func_9:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vminps
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_9:
  ;; NEON-NOT:   fadd
  ;; NEON:       fmin
  ;; NEON-NOT:   fadd
  ;; NEON:       .Lfunc_end9:
  ;; DET-LABEL:  wasm_func_9:
  ;; DET:        vcmpunordps
  (func (param v128 v128) (result v128) (f32x4.relaxed_min (local.get 0) (local.get 1)))
  ;; SSE2-LABEL: wasm_func_10:
  ;; SSE2:       maxps
  ;; AVX2-LABEL: wasm_func_10:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vmaxps
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_10:
  ;; NEON-NOT:   fadd
  ;; NEON:       fmax
  ;; NEON-NOT:   fadd
  ;; NEON:       .Lfunc_end10:
  ;; DET-LABEL:  wasm_func_10:
  ;; DET:        vcmpunordps
  (func (param v128 v128) (result v128) (f32x4.relaxed_max (local.get 0) (local.get 1)))
  ;; SSE2-LABEL: wasm_func_11:
  ;; SSE2:       minpd
  ;; AVX2-LABEL: wasm_func_11:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vminpd
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_11:
  ;; NEON-NOT:   fadd
  ;; NEON:       fmin
  ;; NEON-NOT:   fadd
  ;; NEON:       .Lfunc_end11:
  ;; DET-LABEL:  wasm_func_11:
  ;; DET:        vcmpunordpd
  (func (param v128 v128) (result v128) (f64x2.relaxed_min (local.get 0) (local.get 1)))
  ;; SSE2-LABEL: wasm_func_12:
  ;; SSE2:       maxpd
  ;; AVX2-LABEL: wasm_func_12:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vmaxpd
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_12:
  ;; NEON-NOT:   fadd
  ;; NEON:       fmax
  ;; NEON-NOT:   fadd
  ;; NEON:       .Lfunc_end12:
  ;; DET-LABEL:  wasm_func_12:
  ;; DET:        vcmpunordpd
  (func (param v128 v128) (result v128) (f64x2.relaxed_max (local.get 0) (local.get 1)))
  ;; SSE2-LABEL: wasm_func_13:
  ;; SSE2:       pmulhw
  ;; AVX2-LABEL: wasm_func_13:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vpmulhrsw
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_13:
  ;; NEON:       sqrdmulh
  ;; DET-LABEL:  wasm_func_13:
  ;; DET:        vpminsd
  (func (param v128 v128) (result v128) (i16x8.relaxed_q15mulr_s (local.get 0) (local.get 1)))
  ;; SSE2-LABEL: wasm_func_14:
  ;; SSE2:       pmullw
  ;; AVX2-LABEL: wasm_func_14:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vpmaddubsw
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_14:
  ;; NEON:       addp
  ;; DET-LABEL:  wasm_func_14:
  ;; DET:        vpmullw
  (func (param v128 v128) (result v128) (i16x8.dot_i8x16_i7x16_s (local.get 0) (local.get 1)))
  ;; SSE2-LABEL: wasm_func_15:
  ;; SSE2:       pmaddwd
  ;; AVX2-LABEL: wasm_func_15:
  ;; AVX2:       movq %rsp, %rbp
  ;; AVX2-NEXT:  vpmaddubsw
  ;; AVX2-NEXT:  vpmaddwd
  ;; AVX2-NEXT:  vpaddd
  ;; AVX2-NEXT:  popq
  ;; NEON-LABEL: wasm_func_15:
  ;; NEON:       sadalp
  ;; DET-LABEL:  wasm_func_15:
  ;; DET:        vpmullw
  (func (param v128 v128 v128) (result v128) (i32x4.dot_i8x16_i7x16_add_s (local.get 0) (local.get 1) (local.get 2)))
)
