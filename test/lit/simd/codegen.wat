;; SIMD becomes real vector code: SSE2 on the x86-64 baseline, AVX/SSSE3
;; forms when the CPU has them, NEON on AArch64. No lane is computed by a
;; scalar conversion or a per-lane loop where the ISA has a vector form.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -S -O2 --target x86_64-linux-gnu %t.wasm -o - | FileCheck %s --check-prefix=SSE2
;; RUN: wasmc -S -O2 --target x86_64-linux-gnu --cpu haswell %t.wasm -o - | FileCheck %s --check-prefix=AVX2
;; RUN: wasmc -S -O2 --target aarch64-linux-gnu %t.wasm -o - | FileCheck %s --check-prefix=NEON

(module
  ;; SSE2-LABEL: wasm_func_0:
  ;; SSE2:       paddd
  ;; AVX2-LABEL: wasm_func_0:
  ;; AVX2:       vpaddd
  ;; NEON-LABEL: wasm_func_0:
  ;; NEON:       add v0.4s
  (func (param v128 v128) (result v128) (i32x4.add (local.get 0) (local.get 1)))

  ;; Swizzle is a byte permute where the ISA has one.
  ;; AVX2-LABEL: wasm_func_1:
  ;; AVX2:       vpshufb
  ;; NEON-LABEL: wasm_func_1:
  ;; NEON:       tbl
  (func (param v128 v128) (result v128) (i8x16.swizzle (local.get 0) (local.get 1)))

  ;; trunc_sat: a vector convert plus fix-ups, not four scalar converts.
  ;; SSE2-LABEL: wasm_func_2:
  ;; SSE2-NOT:   cvttss2si
  ;; SSE2:       cvttps2dq
  ;; SSE2-NOT:   cvttss2si
  ;; SSE2-LABEL: .Lfunc_end2:
  ;; NEON-LABEL: wasm_func_2:
  ;; NEON:       fcvtzs v0.4s
  (func (param v128) (result v128) (i32x4.trunc_sat_f32x4_s (local.get 0)))

  ;; SSE2-LABEL: wasm_func_3:
  ;; SSE2:       sqrtpd
  ;; NEON-LABEL: wasm_func_3:
  ;; NEON:       fsqrt v0.2d
  (func (param v128) (result v128) (f64x2.sqrt (local.get 0)))

  ;; SSE2-LABEL: wasm_func_4:
  ;; SSE2:       packsswb
  ;; NEON-LABEL: wasm_func_4:
  ;; NEON:       sqxtn
  (func (param v128 v128) (result v128) (i8x16.narrow_i16x8_s (local.get 0) (local.get 1)))

  ;; SSE2-LABEL: wasm_func_5:
  ;; SSE2:       pavgb
  ;; NEON-LABEL: wasm_func_5:
  ;; NEON:       urhadd
  (func (param v128 v128) (result v128) (i8x16.avgr_u (local.get 0) (local.get 1)))

  ;; SSE2-LABEL: wasm_func_6:
  ;; SSE2:       pmovmskb
  (func (param v128) (result i32) (i8x16.bitmask (local.get 0)))

  ;; SSE2-LABEL: wasm_func_7:
  ;; SSE2:       pmaddwd
  ;; NEON-LABEL: wasm_func_7:
  ;; NEON:       smull
  (func (param v128 v128) (result v128) (i32x4.dot_i16x8_s (local.get 0) (local.get 1)))

  ;; AVX2-LABEL: wasm_func_8:
  ;; AVX2:       vroundps $9
  ;; NEON-LABEL: wasm_func_8:
  ;; NEON:       frintm v0.4s
  (func (param v128) (result v128) (f32x4.floor (local.get 0)))

  ;; NEON-LABEL: wasm_func_9:
  ;; NEON:       sqrdmulh v0.8h
  (func (param v128 v128) (result v128) (i16x8.q15mulr_sat_s (local.get 0) (local.get 1)))

  ;; min/max: minps/maxps both ways round plus a NaN fix-up.
  ;; SSE2-LABEL: wasm_func_10:
  ;; SSE2:       maxpd
  ;; SSE2:       maxpd
  ;; SSE2-NOT:   {{call.*fmax}}
  ;; SSE2-LABEL: .Lfunc_end10:
  ;; NEON-LABEL: wasm_func_10:
  ;; NEON:       fmax v{{[0-9]+}}.2d
  (func (param v128 v128) (result v128) (f64x2.max (local.get 0) (local.get 1))))
