;; A lane index must be below the lane count of the instruction's shape. The
;; binary format lets any byte through, so this is a validation error.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; RUN: test ! -e %t.out
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: invalid lane index 4 (f32x4.replace_lane has 4 lanes) (in function 1 $bad){{$}}
(module
  (func $good (result i32)
    ;; The last lane of each shape is fine.
    (drop (i8x16.extract_lane_u 15 (v128.const i64x2 0 0)))
    (drop (i16x8.replace_lane 7 (v128.const i64x2 0 0) (i32.const 1)))
    (drop (i64x2.extract_lane 1 (v128.const i64x2 0 0)))
    (i32x4.extract_lane 3 (v128.const i64x2 0 0)))
  (func $bad (result v128)
    (f32x4.replace_lane 4 (v128.const i64x2 0 0) (f32.const 1))))
