;; Numeric and conversion edge cases executed natively. The inputs come from
;; a data segment so that LLVM cannot constant-fold the operations: this
;; checks the generated machine code, at -O0 and -O2. _start exits with the
;; number of the first failed check, 0 when all pass. (Trapping cases are in
;; test/lit/traps.)
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t.O0
;; RUN: %t.O0
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (data (i32.const 0)
    "\00\00\00\00"  ;;  0: f32 +0
    "\00\00\00\80"  ;;  4: f32 -0
    "\00\00\a0\7f"  ;;  8: f32 sNaN 0x7fa00000
    "\00\00\80\3f"  ;; 12: f32 1.0
    "\00\00\20\40"  ;; 16: f32 2.5
    "\00\00\60\40"  ;; 20: f32 3.5
    "\00\00\20\c0"  ;; 24: f32 -2.5
    "\00\00\80\4f"  ;; 28: f32 2^32
    "\00\00\80\bf"  ;; 32: f32 -1.0
    "\ff\ff\ff\4e"  ;; 36: f32 2147483520 (largest f32 below 2^31)
    "\00\00\00\80"  ;; 40: i32 INT_MIN
    "\ff\ff\ff\ff"  ;; 44: i32 -1
    "\00\00\00\00"  ;; 48: i32 0
    "\21\00\00\00"  ;; 52: i32 33
    "\00\00\00\00\00\00\f4\7f"  ;; 56: f64 sNaN 0x7ff4000000000000
    "\cd\cc\1c\00\00\00\e0\c1"  ;; 64: f64 -2147483648.9
    "\00\00\00\00\00\00\e0\3f"  ;; 72: f64 0.5
    "\00\00\00\00\00\00\00\80"  ;; 80: i64 INT64_MIN
    "\ff\ff\ff\ff\ff\ff\ff\ff") ;; 88: i64 -1

  (func $check (param $ok i32) (param $id i32)
    (if (i32.eqz (local.get $ok)) (then (call $exit (local.get $id)))))
  (func $f32 (param i32) (result f32) (f32.load (local.get 0)))
  (func $f64 (param i32) (result f64) (f64.load (local.get 0)))
  (func $i32 (param i32) (result i32) (i32.load (local.get 0)))
  (func $i64 (param i32) (result i64) (i64.load (local.get 0)))
  (func $bits (param f32) (result i32) (i32.reinterpret_f32 (local.get 0)))
  (func $bits64 (param f64) (result i64) (i64.reinterpret_f64 (local.get 0)))
  (func $quiet32 (param f32) (result i32)
    (i32.eq (i32.and (i32.reinterpret_f32 (local.get 0)) (i32.const 0x7fc00000))
            (i32.const 0x7fc00000)))
  (func $quiet64 (param f64) (result i32)
    (i64.eq (i64.and (i64.reinterpret_f64 (local.get 0)) (i64.const 0x7ff8000000000000))
            (i64.const 0x7ff8000000000000)))

  (func (export "_start")
    ;; min/max: -0 < +0 in either operand order; NaN wins and is quiet.
    (call $check (i32.eq (call $bits (f32.min (call $f32 (i32.const 0)) (call $f32 (i32.const 4)))) (i32.const 0x80000000)) (i32.const 1))
    (call $check (i32.eq (call $bits (f32.min (call $f32 (i32.const 4)) (call $f32 (i32.const 0)))) (i32.const 0x80000000)) (i32.const 2))
    (call $check (i32.eq (call $bits (f32.max (call $f32 (i32.const 4)) (call $f32 (i32.const 0)))) (i32.const 0)) (i32.const 3))
    (call $check (call $quiet32 (f32.min (call $f32 (i32.const 12)) (call $f32 (i32.const 8)))) (i32.const 4))
    (call $check (call $quiet32 (f32.max (call $f32 (i32.const 8)) (call $f32 (i32.const 12)))) (i32.const 5))
    ;; nearest: ties to even.
    (call $check (f32.eq (f32.nearest (call $f32 (i32.const 16))) (f32.const 2)) (i32.const 6))
    (call $check (f32.eq (f32.nearest (call $f32 (i32.const 20))) (f32.const 4)) (i32.const 7))
    (call $check (f32.eq (f32.nearest (call $f32 (i32.const 24))) (f32.const -2)) (i32.const 8))
    ;; Arithmetic on a signalling NaN gives a quiet NaN, even where LLVM
    ;; would fold the operation away.
    (call $check (call $quiet32 (f32.mul (call $f32 (i32.const 8)) (f32.const 1))) (i32.const 9))
    (call $check (call $quiet64 (f64.sub (call $f64 (i32.const 56)) (f64.const 0))) (i32.const 10))
    (call $check (call $quiet32 (f32.demote_f64 (f64.promote_f32 (call $f32 (i32.const 8))))) (i32.const 11))
    (call $check (call $quiet32 (f32.demote_f64 (call $f64 (i32.const 56)))) (i32.const 12))
    (call $check (call $quiet64 (f64.promote_f32 (call $f32 (i32.const 8)))) (i32.const 13))
    ;; ...but neg, abs and copysign only touch the sign bit.
    (call $check (i32.eq (call $bits (f32.neg (call $f32 (i32.const 8)))) (i32.const 0xffa00000)) (i32.const 14))
    (call $check (i32.eq (call $bits (f32.copysign (call $f32 (i32.const 8)) (call $f32 (i32.const 4)))) (i32.const 0xffa00000)) (i32.const 15))
    (call $check (i32.eq (call $bits (f32.abs (f32.neg (call $f32 (i32.const 8))))) (i32.const 0x7fa00000)) (i32.const 16))
    ;; Compares with NaN: only ne is true.
    (call $check (f32.ne (call $f32 (i32.const 8)) (call $f32 (i32.const 8))) (i32.const 17))
    (call $check (i32.eqz (f32.eq (call $f32 (i32.const 8)) (call $f32 (i32.const 8)))) (i32.const 18))
    (call $check (i32.eqz (f32.lt (call $f32 (i32.const 8)) (call $f32 (i32.const 12)))) (i32.const 19))
    (call $check (i32.eqz (f32.ge (call $f32 (i32.const 8)) (call $f32 (i32.const 12)))) (i32.const 20))
    ;; Integer edge cases.
    (call $check (i32.eqz (i32.rem_s (call $i32 (i32.const 40)) (call $i32 (i32.const 44)))) (i32.const 21))
    (call $check (i64.eqz (i64.rem_s (call $i64 (i32.const 80)) (call $i64 (i32.const 88)))) (i32.const 22))
    (call $check (i32.eq (i32.rem_s (i32.const -7) (call $i32 (i32.const 52))) (i32.const -7)) (i32.const 23))
    (call $check (i32.eq (i32.shl (i32.const 1) (call $i32 (i32.const 52))) (i32.const 2)) (i32.const 24))
    (call $check (i32.eq (i32.rotl (i32.const 0x80000001) (call $i32 (i32.const 52))) (i32.const 3)) (i32.const 25))
    (call $check (i32.eq (i32.shr_s (call $i32 (i32.const 40)) (call $i32 (i32.const 52))) (i32.const 0xc0000000)) (i32.const 26))
    (call $check (i32.eq (i32.clz (call $i32 (i32.const 48))) (i32.const 32)) (i32.const 27))
    (call $check (i32.eq (i32.ctz (call $i32 (i32.const 48))) (i32.const 32)) (i32.const 28))
    (call $check (i64.eq (i64.clz (i64.extend_i32_u (call $i32 (i32.const 48)))) (i64.const 64)) (i32.const 29))
    (call $check (i32.eq (i32.popcnt (call $i32 (i32.const 44))) (i32.const 32)) (i32.const 30))
    ;; Saturating truncation.
    (call $check (i32.eqz (i32.trunc_sat_f32_s (call $f32 (i32.const 8)))) (i32.const 31))
    (call $check (i32.eqz (i32.trunc_sat_f32_u (call $f32 (i32.const 32)))) (i32.const 32))
    (call $check (i32.eq (i32.trunc_sat_f32_u (call $f32 (i32.const 28))) (i32.const -1)) (i32.const 33))
    (call $check (i32.eq (i32.trunc_sat_f32_s (call $f32 (i32.const 28))) (i32.const 0x7fffffff)) (i32.const 34))
    (call $check (i64.eq (i64.trunc_sat_f64_s (f64.neg (call $f64 (i32.const 56)))) (i64.const 0)) (i32.const 35))
    ;; Trapping truncation at the edges of the valid range (no trap here).
    (call $check (i32.eq (i32.trunc_f64_s (call $f64 (i32.const 64))) (i32.const 0x80000000)) (i32.const 36))
    (call $check (i32.eqz (i32.trunc_f64_u (f64.neg (call $f64 (i32.const 72))))) (i32.const 37))
    (call $check (i32.eq (i32.trunc_f32_s (call $f32 (i32.const 36))) (i32.const 2147483520)) (i32.const 38))
    (call $check (i32.eq (i32.trunc_f32_u (f32.sub (call $f32 (i32.const 28)) (f32.const 256))) (i32.const 0xffffff00)) (i32.const 39))
    (call $check (i64.eq (i64.trunc_f32_u (call $f32 (i32.const 28))) (i64.const 0x100000000)) (i32.const 40))
    ;; Unsigned conversions of values with the top bit set, correctly rounded.
    (call $check (i32.eq (call $bits (f32.convert_i64_u (call $i64 (i32.const 88)))) (i32.const 0x5f800000)) (i32.const 41))
    (call $check (i64.eq (call $bits64 (f64.convert_i64_u (call $i64 (i32.const 80)))) (i64.const 0x43e0000000000000)) (i32.const 42))
    (call $check (f64.eq (f64.convert_i32_u (call $i32 (i32.const 44))) (f64.const 4294967295)) (i32.const 43))
    (call $check (i64.eq (call $bits64 (f64.convert_i64_u (i64.const 0x8000000000000401))) (i64.const 0x43e0000000000001)) (i32.const 44))
    ;; Sign extension in place.
    (call $check (i32.eq (i32.extend8_s (i32.const 0x80)) (i32.const 0xffffff80)) (i32.const 45))
    (call $check (i32.eq (i32.extend16_s (call $i32 (i32.const 40))) (i32.const 0)) (i32.const 46))
    (call $check (i64.eq (i64.extend32_s (i64.extend_i32_u (call $i32 (i32.const 40)))) (i64.const 0xffffffff80000000)) (i32.const 47))
    (call $check (i64.eq (i64.extend_i32_u (call $i32 (i32.const 44))) (i64.const 0xffffffff)) (i32.const 48))
    (call $exit (i32.const 0))))
