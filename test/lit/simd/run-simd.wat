;; SIMD semantics end to end, at -O0 and -O2, in both bounds-check modes and
;; for the baseline CPU (SSE2) and the host's: the edge cases of the spec
;; (swizzle out of range, q15mulr and dot overflow, saturation, NaN and
;; signed zeros, shift counts modulo the lane width), v128 memory accesses
;; at unaligned addresses, and v128 values in globals, locals, select, block
;; results and calls. _start exits with the number of the first failed
;; check, 0 when all pass.
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2
;; RUN: wasmc -O0 %t.wasm -o %t.O0
;; RUN: %t.O0
;; RUN: wasmc -O2 --bounds-checks=explicit %t.wasm -o %t.explicit
;; RUN: %t.explicit
;; RUN: wasmc -O2 --cpu native %t.wasm -o %t.native
;; RUN: %t.native

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (data (i32.const 16) "\01\02\03\04\05\06\07\08\f0\ff\fe\80\7f\00\01\02\03\04\05\06")
  (global $g (mut v128) (v128.const i32x4 1 2 3 4))

  (func $check (param $ok i32) (param $id i32)
    (if (i32.eqz (local.get $ok)) (then (call $exit (local.get $id)))))
  (func $eq (param v128 v128) (result i32)
    (i8x16.all_true (i8x16.eq (local.get 0) (local.get 1))))
  (func $pass (param v128) (result v128 i32)
    (local.get 0) (i32.const 7))
  ;; Operands pass through a table so that -O2 cannot constant-fold the
  ;; operations under test (it does not know the table's contents).
  (type $v2v (func (param v128) (result v128)))
  (table 1 funcref)
  (elem (i32.const 0) $id_impl)
  (func $id_impl (param v128) (result v128) (local.get 0))
  (func $id (param v128) (result v128)
    (call_indirect (type $v2v) (local.get 0) (i32.const 0)))

  (func (export "_start")
    (local $z v128)
    ;; 1-3: integer arithmetic wraps or saturates per lane.
    (call $check (call $eq
      (i32x4.add (call $id (v128.const i32x4 0x7fffffff 1 -1 5)) (v128.const i32x4 1 1 1 -5))
      (v128.const i32x4 0x80000000 2 0 0)) (i32.const 1))
    (call $check (call $eq
      (i8x16.add_sat_s (call $id (v128.const i8x16 127 -128 100 0 0 0 0 0 0 0 0 0 0 0 0 0))
                       (v128.const i8x16 1 -1 100 0 0 0 0 0 0 0 0 0 0 0 0 0))
      (v128.const i8x16 127 -128 127 0 0 0 0 0 0 0 0 0 0 0 0 0)) (i32.const 2))
    (call $check (call $eq
      (i16x8.sub_sat_u (call $id (v128.const i16x8 5 0 65535 0 0 0 0 0)) (v128.const i16x8 6 1 1 0 0 0 0 0))
      (v128.const i16x8 0 0 65534 0 0 0 0 0)) (i32.const 3))
    ;; 4: swizzle: indices >= 16 (16, 0x80, 0xff) give 0.
    (call $check (call $eq
      (i8x16.swizzle (call $id (v128.const i8x16 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25))
                     (call $id (v128.const i8x16 15 0 16 0x80 0xff 3 3 1 0 0 0 0 0 0 0 17)))
      (v128.const i8x16 25 10 0 0 0 13 13 11 10 10 10 10 10 10 10 0)) (i32.const 4))
    ;; 5: shuffle picks from both operands.
    (call $check (call $eq
      (i8x16.shuffle 0 16 1 17 31 15 2 2 0 0 0 0 0 0 0 30
        (call $id (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))
        (call $id (v128.const i8x16 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31)))
      (v128.const i8x16 0 16 1 17 31 15 2 2 0 0 0 0 0 0 0 30)) (i32.const 5))
    ;; 6: q15mulr_sat_s saturates -1.0 * -1.0; rounds half up.
    (call $check (call $eq
      (i16x8.q15mulr_sat_s (call $id (v128.const i16x8 0x8000 0x4000 -1 1 0 0 0 0))
                           (v128.const i16x8 0x8000 0x4000 1 0x4000 0 0 0 0))
      (v128.const i16x8 0x7fff 0x2000 0 1 0 0 0 0)) (i32.const 6))
    ;; 7: dot wraps when both products are 2^30.
    (call $check (call $eq
      (i32x4.dot_i16x8_s (call $id (v128.const i16x8 0x8000 0x8000 1 2 -3 4 0 0))
                         (v128.const i16x8 0x8000 0x8000 5 6 7 8 0 0))
      (v128.const i32x4 0x80000000 17 11 0)) (i32.const 7))
    ;; 8-9: narrowing saturates; the unsigned form reads its input signed.
    (call $check (call $eq
      (i8x16.narrow_i16x8_u (call $id (v128.const i16x8 -1 300 255 0 -32768 32767 1 2))
                            (v128.const i16x8 3 4 5 6 7 8 9 10))
      (v128.const i8x16 0 255 255 0 0 255 1 2 3 4 5 6 7 8 9 10)) (i32.const 8))
    (call $check (call $eq
      (i16x8.narrow_i32x4_s (call $id (v128.const i32x4 -40000 40000 -5 5))
                            (v128.const i32x4 0 1 2 3))
      (v128.const i16x8 -32768 32767 -5 5 0 1 2 3)) (i32.const 9))
    ;; 10-12: bitmask, all_true, any_true.
    (call $check (i32.eq (i8x16.bitmask (call $id (v128.const i8x16 -1 0 -128 127 0 0 0 0 0 0 0 0 0 0 0 -2)))
                         (i32.const 0x8005)) (i32.const 10))
    (call $check (i32.eqz (i32x4.all_true (call $id (v128.const i32x4 1 2 0 4)))) (i32.const 11))
    (call $check (i32.and (v128.any_true (call $id (v128.const i64x2 0 0x100)))
                          (i32.eqz (v128.any_true (call $id (v128.const i64x2 0 0)))))
                 (i32.const 12))
    ;; 13: shift counts are taken modulo the lane width.
    (call $check (call $eq
      (i64x2.shr_s (call $id (v128.const i64x2 -8 8)) (i32.const 65))
      (v128.const i64x2 -4 4)) (i32.const 13))
    ;; 14: i8x16.shl by 9 shifts by 1 (within the lane).
    (call $check (call $eq
      (i8x16.shl (call $id (v128.const i8x16 0x81 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0)) (i32.const 9))
      (v128.const i8x16 2 2 0 0 0 0 0 0 0 0 0 0 0 0 0 0)) (i32.const 14))
    ;; 15: f32x4.min orders -0 below +0 and returns NaN if either is.
    (call $check (call $eq
      (f32x4.min (call $id (v128.const f32x4 0.0 -0.0 1.0 nan))
                 (v128.const f32x4 -0.0 0.0 nan 1.0))
      (v128.const i32x4 0x80000000 0x80000000 0x7fc00000 0x7fc00000)) (i32.const 15))
    ;; 16: pmin/pmax return an operand as it is (b < a ? b : a).
    (call $check (call $eq
      (f32x4.pmin (call $id (v128.const f32x4 nan 1.0 0.0 -0.0))
                  (v128.const f32x4 1.0 nan -0.0 0.0))
      (v128.const i32x4 0x7fc00000 0x3f800000 0 0x80000000)) (i32.const 16))
    (call $check (call $eq
      (f64x2.pmax (call $id (v128.const f64x2 1.0 -0.0)) (v128.const f64x2 2.0 0.0))
      (v128.const f64x2 2.0 -0.0)) (i32.const 17))
    ;; 18: trunc_sat: NaN -> 0, out of range saturates.
    (call $check (call $eq
      (i32x4.trunc_sat_f32x4_u (call $id (v128.const f32x4 -1.0 nan 5e9 3.9)))
      (v128.const i32x4 0 0 0xffffffff 3)) (i32.const 18))
    (call $check (call $eq
      (i32x4.trunc_sat_f64x2_s_zero (call $id (v128.const f64x2 -3e9 -2.5)))
      (v128.const i32x4 0x80000000 -2 0 0)) (i32.const 19))
    ;; 20: nearest rounds half to even.
    (call $check (call $eq
      (f32x4.nearest (call $id (v128.const f32x4 2.5 3.5 -0.5 -1.5)))
      (v128.const f32x4 2.0 4.0 -0.0 -2.0)) (i32.const 20))
    ;; 21: convert_u is correctly rounded (2^32-1 rounds to 2^32).
    (call $check (call $eq
      (f32x4.convert_i32x4_u (call $id (v128.const i32x4 -1 1 0x80000001 16777217)))
      (v128.const f32x4 4294967296.0 1.0 2147483648.0 16777216.0)) (i32.const 21))
    ;; 22: promote then demote still quiets a signalling NaN.
    (call $check (call $eq
      (f32x4.demote_f64x2_zero (f64x2.promote_low_f32x4
        (call $id (v128.const i32x4 0x7fa00000 0x3f800000 5 5))))
      (v128.const i32x4 0x7fe00000 0x3f800000 0 0)) (i32.const 22))
    ;; 23-24: lane access extends i8/i16 as the opcode says.
    (call $check (i32.eq (i8x16.extract_lane_s 2 (call $id (v128.const i8x16 0 0 -3 0 0 0 0 0 0 0 0 0 0 0 0 0)))
                         (i32.const -3)) (i32.const 23))
    (call $check (i32.eq (i16x8.extract_lane_u 7 (call $id (v128.const i16x8 0 0 0 0 0 0 0 -1)))
                         (i32.const 0xffff)) (i32.const 24))
    ;; 25: replace_lane truncates its i32 operand.
    (call $check (call $eq
      (i8x16.replace_lane 15 (call $id (v128.const i64x2 0 0)) (i32.const 0x1ff))
      (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0xff)) (i32.const 25))
    ;; 26-27: abs and avgr_u at their extremes.
    (call $check (call $eq
      (i64x2.abs (call $id (v128.const i64x2 0x8000000000000000 -5)))
      (v128.const i64x2 0x8000000000000000 5)) (i32.const 26))
    (call $check (call $eq
      (i8x16.avgr_u (call $id (v128.const i8x16 255 0 1 2 0 0 0 0 0 0 0 0 0 0 0 0))
                    (v128.const i8x16 255 1 2 2 0 0 0 0 0 0 0 0 0 0 0 0))
      (v128.const i8x16 255 1 2 2 0 0 0 0 0 0 0 0 0 0 0 0)) (i32.const 27))
    ;; 28-29: extmul_high and extadd_pairwise.
    (call $check (call $eq
      (i16x8.extmul_high_i8x16_u (call $id (v128.const i8x16 0 0 0 0 0 0 0 0 255 2 0 0 0 0 0 0))
                                 (v128.const i8x16 0 0 0 0 0 0 0 0 255 3 0 0 0 0 0 0))
      (v128.const i16x8 65025 6 0 0 0 0 0 0)) (i32.const 28))
    (call $check (call $eq
      (i32x4.extadd_pairwise_i16x8_s (call $id (v128.const i16x8 -1 -2 32767 32767 0 0 1 0)))
      (v128.const i32x4 -3 65534 0 1)) (i32.const 29))
    ;; 30-34: loads at unaligned addresses.
    (call $check (call $eq (v128.load offset=1 (i32.const 16))
      (v128.const i8x16 2 3 4 5 6 7 8 0xf0 0xff 0xfe 0x80 0x7f 0 1 2 3)) (i32.const 30))
    (call $check (call $eq (v128.load8x8_s (i32.const 21))
      (v128.const i16x8 6 7 8 -16 -1 -2 -128 127)) (i32.const 31))
    (call $check (call $eq (v128.load16x4_u (i32.const 24))
      (v128.const i32x4 0xfff0 0x80fe 0x7f 0x0201)) (i32.const 32))
    (call $check (call $eq (v128.load32_zero (i32.const 17))
      (v128.const i32x4 0x05040302 0 0 0)) (i32.const 33))
    (call $check (call $eq (v128.load16_splat (i32.const 25))
      (v128.const i16x8 0xfeff 0xfeff 0xfeff 0xfeff 0xfeff 0xfeff 0xfeff 0xfeff)) (i32.const 34))
    ;; 35-36: lane loads and stores touch only their lane.
    (call $check (call $eq (v128.load32_lane 2 (i32.const 16) (v128.const i32x4 -1 -1 -1 -1))
      (v128.const i32x4 -1 -1 0x04030201 -1)) (i32.const 35))
    (v128.store8_lane 15 (i32.const 300) (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0xab))
    (v128.store (i32.const 301) (v128.const i64x2 0x1122334455667788 0))
    (call $check (i64.eq (i64.load (i32.const 300)) (i64.const 0x22334455667788ab)) (i32.const 36))
    ;; 37-41: v128 in globals, locals (zero), select, blocks and calls.
    (global.set $g (i32x4.mul (global.get $g) (global.get $g)))
    (call $check (call $eq (global.get $g) (v128.const i32x4 1 4 9 16)) (i32.const 37))
    (call $check (call $eq (local.get $z) (v128.const i64x2 0 0)) (i32.const 38))
    (call $check (call $eq
      (select (v128.const i32x4 1 1 1 1) (global.get $g) (i32.const 0))
      (global.get $g)) (i32.const 39))
    (call $check (call $eq
      (block (result v128)
        (br_if 0 (v128.const i32x4 5 5 5 5) (i32.const 1))
        (drop) (v128.const i32x4 6 6 6 6))
      (v128.const i32x4 5 5 5 5)) (i32.const 40))
    (call $pass (global.get $g))
    (call $check (i32.eq (i32.const 7)) (i32.const 41))
    (call $check (call $eq (global.get $g)) (i32.const 42))
    (call $exit (i32.const 0))))
