;; v128 works as a value type everywhere a number type does: params,
;; results, locals, globals (with v128.const initialisers), blocks, untyped
;; select (v128 is a vector type, not a reference), and the fixed SIMD
;; signatures (splat, lanes, shifts by an i32, bitselect, tests to i32).
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --validate-only %t.wasm
(module
  (memory 1)
  (global $g (mut v128) (v128.const f32x4 1 2 3 4))
  (func (export "f") (param $a v128) (param $n i32) (result v128 i32)
    (local $t v128)
    (local.set $t (i64x2.splat (i64.const 7)))
    (global.set $g (block (result v128) (local.get $t)))
    (local.set $t (select (local.get $a) (global.get $g) (local.get $n)))
    (local.set $t (i32x4.shl (local.get $t) (local.get $n)))
    (local.set $t (v128.bitselect (local.get $a) (local.get $t) (local.get $a)))
    (local.set $t (f64x2.replace_lane 1 (local.get $t)
                    (f64x2.extract_lane 0 (local.get $a))))
    (v128.store64_lane 1 (local.get $n) (local.get $t))
    (local.get $t)
    (i32.add (v128.any_true (local.get $t)) (i8x16.bitmask (local.get $t)))))
