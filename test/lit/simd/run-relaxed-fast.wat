;; --relaxed-simd=fast (the default): every result is one the spec permits,
;; on the x86-64 baseline, with the host's CPU (FMA, SSSE3, SSE4.1 if it has
;; them), at -O0, and on AArch64; and one choice holds throughout a program
;; (madd folded at compile time rounds as madd at run time). _start exits
;; with the number of the first failed check, 0 when all pass.
;; wabt 1.0.32 spells the dot products without "relaxed_" (same opcodes).
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm --enable-relaxed-simd %s -o %t.wasm
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2
;; RUN: wasmc -O0 %t.wasm -o %t.O0
;; RUN: %t.O0
;; RUN: wasmc -O2 --cpu native %t.wasm -o %t.native
;; RUN: %t.native
;; RUN: wasmc -O0 --cpu native %t.wasm -o %t.native0
;; RUN: %t.native0
;; RUN: %if aarch64-qemu %{ wasmc -O2 --target aarch64-linux-gnu %t.wasm -o %t.arm %}
;; RUN: %if aarch64-qemu %{ %qemu-aarch64 %t.arm %}

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (func $check (param $ok i32) (param $id i32)
    (if (i32.eqz (local.get $ok)) (then (call $exit (local.get $id)))))
  (func $eq (param v128 v128) (result i32)
    (i8x16.all_true (i8x16.eq (local.get 0) (local.get 1))))
  (func $either (param v128 v128 v128) (result i32)
    (i32.or (call $eq (local.get 0) (local.get 1))
            (call $eq (local.get 0) (local.get 2))))
  (func $one_of (param i32 i32 i32) (result i32)
    (i32.or (i32.eq (local.get 0) (local.get 1))
            (i32.eq (local.get 0) (local.get 2))))
  ;; A NaN with any sign and the canonical payload, or the bits of $other.
  (func $nan_or (param $bits i32) (param $other i32) (result i32)
    (i32.or (i32.eq (i32.and (local.get $bits) (i32.const 0x7fffffff))
                    (i32.const 0x7fc00000))
            (i32.eq (local.get $bits) (local.get $other))))
  (type $v2v (func (param v128) (result v128)))
  (table 1 funcref)
  (elem (i32.const 0) $id_impl)
  (func $id_impl (param v128) (result v128) (local.get 0))
  (func $id (param v128) (result v128)
    (call_indirect (type $v2v) (local.get 0) (i32.const 0)))

  (func (export "_start") (local $r v128)
    ;; swizzle: indices 16..127 give 0 or a[s % 16], 128.. give 0.
    (call $check (call $either
      (i8x16.relaxed_swizzle
        (call $id (v128.const i8x16 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31))
        (call $id (v128.const i8x16 0 15 16 0x80 0xff 3 0x8f 31 1 1 1 1 1 1 1 1)))
      (v128.const i8x16 16 31 0 0 0 19 0 0 17 17 17 17 17 17 17 17)
      (v128.const i8x16 16 31 16 0 0 19 0 31 17 17 17 17 17 17 17 17)) (i32.const 1))
    ;; trunc: NaN and out of range give the saturated value (NaN: 0) or
    ;; INT_MIN (signed) / UINT_MAX (unsigned).
    (call $check (call $either
      (i32x4.relaxed_trunc_f32x4_s (call $id (v128.const f32x4 nan 3e9 -3e9 -1.5)))
      (v128.const i32x4 0 0x7fffffff 0x80000000 -1)
      (v128.const i32x4 0x80000000 0x80000000 0x80000000 -1)) (i32.const 2))
    (call $check (call $either
      (i32x4.relaxed_trunc_f32x4_u (call $id (v128.const f32x4 nan 5e9 -1 1.5)))
      (v128.const i32x4 0 -1 0 1)
      (v128.const i32x4 -1 -1 -1 1)) (i32.const 3))
    (call $check (call $either
      (i32x4.relaxed_trunc_f64x2_s_zero (call $id (v128.const f64x2 nan -3e9)))
      (v128.const i32x4 0 0x80000000 0 0)
      (v128.const i32x4 0x80000000 0x80000000 0 0)) (i32.const 4))
    ;; madd: fused (FLT_MAX) or not (inf), and the same choice when folded.
    (local.set $r (f32x4.relaxed_madd
        (call $id (v128.const f32x4 0x1.fffffep+127 0x1.fffffep+127 1 2))
        (call $id (v128.const f32x4 2 2 3 4))
        (call $id (v128.const f32x4 -0x1.fffffep+127 -0x1.fffffep+127 5 6))))
    (call $check (call $either (local.get $r)
      (v128.const f32x4 inf inf 8 14)
      (v128.const f32x4 0x1.fffffep+127 0x1.fffffep+127 8 14)) (i32.const 5))
    (call $check (call $eq (local.get $r)
      (f32x4.relaxed_madd (v128.const f32x4 0x1.fffffep+127 0x1.fffffep+127 1 2)
                          (v128.const f32x4 2 2 3 4)
                          (v128.const f32x4 -0x1.fffffep+127 -0x1.fffffep+127 5 6)))
      (i32.const 6))
    (call $check (call $either
      (f64x2.relaxed_nmadd
        (call $id (v128.const f64x2 0x1.fffffffffffffp+1023 3))
        (call $id (v128.const f64x2 2 4))
        (call $id (v128.const f64x2 0x1.fffffffffffffp+1023 1)))
      (v128.const f64x2 -inf -11)
      (v128.const f64x2 -0x1.fffffffffffffp+1023 -11)) (i32.const 7))
    ;; laneselect: bitselect, the top bit of each lane, or (i16x8) of each
    ;; byte; all-ones and all-zero lanes select exactly.
    (local.set $r (i16x8.relaxed_laneselect
        (call $id (v128.const i16x8 0 1 0x1234 0x1234 4 5 6 7))
        (call $id (v128.const i16x8 8 9 0x5678 0x5678 12 13 14 15))
        (call $id (v128.const i16x8 0xffff 0 0xff00 0x0080 0 0 0 0))))
    (call $check (i32.or (call $either (local.get $r)
        (v128.const i16x8 0 9 0x1278 0x5678 12 13 14 15)
        (v128.const i16x8 0 9 0x1234 0x5678 12 13 14 15))
      (call $eq (local.get $r) (v128.const i16x8 0 9 0x1278 0x5634 12 13 14 15)))
      (i32.const 8))
    (call $check (call $either
      (i32x4.relaxed_laneselect
        (call $id (v128.const i32x4 0x12341234 0 0x11111111 0))
        (call $id (v128.const i32x4 0x56785678 1 0x22222222 1))
        (call $id (v128.const i32x4 0x8000ffff 0 -1 0)))
      (v128.const i32x4 0x56781234 1 0x11111111 1)
      (v128.const i32x4 0x12341234 1 0x11111111 1)) (i32.const 9))
    (call $check (call $either
      (i64x2.relaxed_laneselect
        (call $id (v128.const i64x2 0x1234123412341234 0))
        (call $id (v128.const i64x2 0x5678567856785678 1))
        (call $id (v128.const i64x2 0x80000000ffffffff 0)))
      (v128.const i64x2 0x5678567812341234 1)
      (v128.const i64x2 0x1234123412341234 1)) (i32.const 10))
    ;; min/max: a NaN operand gives a NaN or the other operand; zeros of
    ;; either sign give either zero; otherwise exact.
    (local.set $r (f32x4.relaxed_min
        (call $id (v128.const f32x4 nan 0 +0.0 -7))
        (call $id (v128.const f32x4 0 nan -0.0 3))))
    (call $check (call $nan_or (i32x4.extract_lane 0 (local.get $r)) (i32.const 0)) (i32.const 11))
    (call $check (call $nan_or (i32x4.extract_lane 1 (local.get $r)) (i32.const 0)) (i32.const 12))
    (call $check (call $one_of (i32x4.extract_lane 2 (local.get $r))
      (i32.const 0) (i32.const 0x80000000)) (i32.const 13))
    (call $check (f32.eq (f32x4.extract_lane 3 (local.get $r)) (f32.const -7)) (i32.const 14))
    (local.set $r (f64x2.relaxed_max
        (call $id (v128.const f64x2 nan 1))
        (call $id (v128.const f64x2 5 -2))))
    (call $check (i32.or
      (f64.ne (f64x2.extract_lane 0 (local.get $r)) (f64x2.extract_lane 0 (local.get $r)))
      (f64.eq (f64x2.extract_lane 0 (local.get $r)) (f64.const 5))) (i32.const 15))
    (call $check (f64.eq (f64x2.extract_lane 1 (local.get $r)) (f64.const 1)) (i32.const 16))
    ;; q15mulr: -32768 * -32768 saturates or wraps; the rest is exact.
    (call $check (call $either
      (i16x8.relaxed_q15mulr_s
        (call $id (v128.const i16x8 -32768 16384 -32768 3 0 0 0 0))
        (call $id (v128.const i16x8 -32768 16384 32767 -3 0 0 0 0)))
      (v128.const i16x8 32767 8192 -32767 0 0 0 0 0)
      (v128.const i16x8 -32768 8192 -32767 0 0 0 0 0)) (i32.const 17))
    ;; dot: a negative second operand reads as signed or unsigned, the pair
    ;; sum saturates or wraps; with it in 0..127 the result is exact.
    (local.set $r (i16x8.dot_i8x16_i7x16_s
        (call $id (v128.const i8x16 -128 -128 -128 -128 127 127 1 2 0 0 0 0 0 0 0 0))
        (call $id (v128.const i8x16 -127 -127 -128 -128 127 127 3 4 0 0 0 0 0 0 0 0))))
    (call $check (i32.or
      (call $one_of (i16x8.extract_lane_s 0 (local.get $r)) (i32.const -32768) (i32.const 32512))
      (i32.eq (i16x8.extract_lane_s 0 (local.get $r)) (i32.const -32512))) (i32.const 18))
    (call $check (call $one_of (i16x8.extract_lane_s 1 (local.get $r))
      (i32.const -32768) (i32.const 32767)) (i32.const 19))
    (call $check (i32.eq (i32x4.extract_lane 1 (local.get $r)) (i32.const 0x000b7e02)) (i32.const 20))
    (local.set $r (i32x4.dot_i8x16_i7x16_add_s
        (call $id (v128.const i8x16 -128 -128 -128 -128 1 2 3 4 127 127 127 127 0 0 0 0))
        (call $id (v128.const i8x16 -127 -127 -127 -127 1 1 1 1 127 127 127 127 0 0 0 0))
        (call $id (v128.const i32x4 1 2 3 4))))
    (call $check (i32.or
      (call $one_of (i32x4.extract_lane 0 (local.get $r)) (i32.const -66047) (i32.const -65535))
      (call $one_of (i32x4.extract_lane 0 (local.get $r)) (i32.const 65025) (i32.const 66049)))
      (i32.const 21))
    (call $check (i64.eq (i64x2.extract_lane 1 (local.get $r))
      (i64.const 0x000000040000fc07)) (i32.const 22))
    (call $check (i32.eq (i32x4.extract_lane 1 (local.get $r)) (i32.const 12)) (i32.const 23))
  )
)
