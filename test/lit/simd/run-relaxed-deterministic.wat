;; --relaxed-simd=deterministic gives the same results on every target and
;; CPU: the exact values below at -O0 and -O2, on the x86-64 baseline, with
;; the host's CPU (FMA, SSSE3, SSE4.1 if it has them) and on AArch64. The
;; edge cases are those where the permitted results differ. _start exits
;; with the number of the first failed check, 0 when all pass.
;; wabt 1.0.32 spells the dot products without "relaxed_" (same opcodes).
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm --enable-relaxed-simd %s -o %t.wasm
;; RUN: wasmc -O2 --relaxed-simd=deterministic %t.wasm -o %t.O2
;; RUN: %t.O2
;; RUN: wasmc -O0 --relaxed-simd=deterministic %t.wasm -o %t.O0
;; RUN: %t.O0
;; RUN: wasmc -O2 --cpu native --relaxed-simd=deterministic %t.wasm -o %t.native
;; RUN: %t.native
;; RUN: %if aarch64-qemu %{ wasmc -O2 --target aarch64-linux-gnu --relaxed-simd=deterministic %t.wasm -o %t.arm %}
;; RUN: %if aarch64-qemu %{ %qemu-aarch64 %t.arm %}

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (func $check (param $ok i32) (param $id i32)
    (if (i32.eqz (local.get $ok)) (then (call $exit (local.get $id)))))
  (func $eq (param v128 v128) (result i32)
    (i8x16.all_true (i8x16.eq (local.get 0) (local.get 1))))
  ;; Operands pass through a table so that -O2 cannot constant-fold.
  (type $v2v (func (param v128) (result v128)))
  (table 1 funcref)
  (elem (i32.const 0) $id_impl)
  (func $id_impl (param v128) (result v128) (local.get 0))
  (func $id (param v128) (result v128)
    (call_indirect (type $v2v) (local.get 0) (i32.const 0)))

  (func (export "_start")
    ;; swizzle: 0 for every index above 15 (i8x16.swizzle).
    (call $check (call $eq
      (i8x16.relaxed_swizzle
        (call $id (v128.const i8x16 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31))
        (call $id (v128.const i8x16 0 15 16 0x80 0xff 3 0x8f 31 1 1 1 1 1 1 1 1)))
      (v128.const i8x16 16 31 0 0 0 19 0 0 17 17 17 17 17 17 17 17)) (i32.const 1))
    ;; trunc: saturating, NaN to 0 (trunc_sat).
    (call $check (call $eq
      (i32x4.relaxed_trunc_f32x4_s (call $id (v128.const f32x4 nan 3e9 -3e9 -1.5)))
      (v128.const i32x4 0 0x7fffffff 0x80000000 -1)) (i32.const 2))
    (call $check (call $eq
      (i32x4.relaxed_trunc_f32x4_u (call $id (v128.const f32x4 nan 5e9 -1 1.5)))
      (v128.const i32x4 0 -1 0 1)) (i32.const 3))
    (call $check (call $eq
      (i32x4.relaxed_trunc_f64x2_s_zero (call $id (v128.const f64x2 nan -3e9)))
      (v128.const i32x4 0 0x80000000 0 0)) (i32.const 4))
    (call $check (call $eq
      (i32x4.relaxed_trunc_f64x2_u_zero (call $id (v128.const f64x2 5e9 -1)))
      (v128.const i32x4 -1 0 0 0)) (i32.const 5))
    ;; madd unfused: FLT_MAX * 2 rounds to inf first; nmadd likewise.
    (call $check (call $eq
      (f32x4.relaxed_madd
        (call $id (v128.const f32x4 0x1.fffffep+127 0x1.fffffep+127 1 2))
        (call $id (v128.const f32x4 2 2 3 4))
        (call $id (v128.const f32x4 -0x1.fffffep+127 -0x1.fffffep+127 5 6)))
      (v128.const f32x4 inf inf 8 14)) (i32.const 6))
    (call $check (call $eq
      (f64x2.relaxed_nmadd
        (call $id (v128.const f64x2 0x1.fffffffffffffp+1023 3))
        (call $id (v128.const f64x2 2 4))
        (call $id (v128.const f64x2 0x1.fffffffffffffp+1023 1)))
      (v128.const f64x2 -inf -11)) (i32.const 7))
    ;; madd's rounding is the same when folded at compile time.
    (call $check (call $eq
      (f32x4.relaxed_madd (v128.const f32x4 0x1.fffffep+127 0 0 0)
                          (v128.const f32x4 2 0 0 0)
                          (v128.const f32x4 -0x1.fffffep+127 0 0 0))
      (v128.const f32x4 inf 0 0 0)) (i32.const 8))
    ;; laneselect: bitselect, whatever the mask.
    (call $check (call $eq
      (i16x8.relaxed_laneselect
        (call $id (v128.const i16x8 0 1 0x1234 0x1234 4 5 6 7))
        (call $id (v128.const i16x8 8 9 0x5678 0x5678 12 13 14 15))
        (call $id (v128.const i16x8 0xffff 0 0xff00 0x0080 0 0 0 0)))
      (v128.const i16x8 0 9 0x1278 0x5678 12 13 14 15)) (i32.const 9))
    (call $check (call $eq
      (i8x16.relaxed_laneselect
        (call $id (v128.const i8x16 0x12 0x12 0 0 0 0 0 0 0 0 0 0 0 0 0 0))
        (call $id (v128.const i8x16 0x34 0x34 1 1 1 1 1 1 1 1 1 1 1 1 1 1))
        (call $id (v128.const i8x16 0xf0 0x0f 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))
      (v128.const i8x16 0x14 0x32 1 1 1 1 1 1 1 1 1 1 1 1 1 1)) (i32.const 10))
    (call $check (call $eq
      (i32x4.relaxed_laneselect
        (call $id (v128.const i32x4 0x12341234 0 0 0))
        (call $id (v128.const i32x4 0x56785678 1 1 1))
        (call $id (v128.const i32x4 0x8000ffff 0 0 0)))
      (v128.const i32x4 0x56781234 1 1 1)) (i32.const 11))
    (call $check (call $eq
      (i64x2.relaxed_laneselect
        (call $id (v128.const i64x2 0x1234123412341234 0))
        (call $id (v128.const i64x2 0x5678567856785678 1))
        (call $id (v128.const i64x2 0x80000000ffffffff 0)))
      (v128.const i64x2 0x5678567812341234 1)) (i32.const 12))
    ;; min/max: f32x4.min/max (canonical NaN, -0 below +0).
    (call $check (call $eq
      (f32x4.relaxed_min
        (call $id (v128.const f32x4 nan 0 +0.0 -0.0))
        (call $id (v128.const f32x4 0 nan -0.0 +0.0)))
      (v128.const f32x4 nan nan -0.0 -0.0)) (i32.const 13))
    (call $check (call $eq
      (f64x2.relaxed_max
        (call $id (v128.const f64x2 -0.0 1))
        (call $id (v128.const f64x2 +0.0 nan)))
      (v128.const f64x2 +0.0 nan)) (i32.const 14))
    ;; q15mulr: saturating (q15mulr_sat_s).
    (call $check (call $eq
      (i16x8.relaxed_q15mulr_s
        (call $id (v128.const i16x8 -32768 16384 -32768 3 0 0 0 0))
        (call $id (v128.const i16x8 -32768 16384 32767 -3 0 0 0 0)))
      (v128.const i16x8 32767 8192 -32767 0 0 0 0 0)) (i32.const 15))
    ;; dot: the second operand signed, the pair sums wrapped to 16 bits.
    (call $check (call $eq
      (i16x8.dot_i8x16_i7x16_s
        (call $id (v128.const i8x16 -128 -128 -128 -128 127 127 1 2 0 0 0 0 0 0 0 0))
        (call $id (v128.const i8x16 -127 -127 -128 -128 127 127 -3 4 0 0 0 0 0 0 0 0)))
      (v128.const i16x8 32512 -32768 32258 5 0 0 0 0)) (i32.const 16))
    (call $check (call $eq
      (i32x4.dot_i8x16_i7x16_add_s
        (call $id (v128.const i8x16 -128 -128 -128 -128 -128 -128 -128 -128 1 2 3 4 0 0 0 0))
        (call $id (v128.const i8x16 -127 -127 -127 -127 -128 -128 -128 -128 1 1 1 -1 0 0 0 0))
        (call $id (v128.const i32x4 1 2 3 4)))
      (v128.const i32x4 65025 -65534 5 4)) (i32.const 17))
  )
)
