;; SIMD memory accesses may not claim more alignment than their access width:
;; 16 bytes for v128.load/store, 8 for the extending loads, the lane size for
;; splats and lane accesses, 4 or 8 for the zero-extending loads.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc --validate-only %t.wasm 2>&1 | FileCheck %s
;; CHECK: error: alignment must not be larger than natural (in function 0){{$}}
;; RUN: sed -e 's/v128.load32_zero align=8/v128.load32_zero align=4/' %s > %t.ok.wat
;; RUN: wat2wasm --no-check %t.ok.wat -o %t.ok.wasm
;; RUN: wasmc --validate-only %t.ok.wasm
(module
  (memory 1)
  (func (param v128)
    (drop (v128.load align=16 (i32.const 0)))
    (v128.store align=16 (i32.const 0) (local.get 0))
    (drop (v128.load16x4_u align=8 (i32.const 0)))
    (drop (v128.load8_splat align=1 (i32.const 0)))
    (drop (v128.load64_splat align=8 (i32.const 0)))
    (drop (v128.load16_lane align=2 1 (i32.const 0) (local.get 0)))
    (v128.store8_lane align=1 1 (i32.const 0) (local.get 0))
    (drop (v128.load64_zero align=8 (i32.const 0)))
    (drop (v128.load32_zero align=8 (i32.const 0)))))
