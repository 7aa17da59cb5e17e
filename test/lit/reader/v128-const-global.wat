;; v128.const in a global's initialiser reaches the module descriptor as two
;; little-endian 64-bit halves: bytes 0..7 are the low word.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -S --emit-llvm %t.wasm -o - | FileCheck %s
;; 0x0706050403020100 = 506097522914230528, 0x0f0e0d0c0b0a0908 = 1084818905618843912
;; CHECK: [2 x i64] [i64 506097522914230528, i64 1084818905618843912]
(module
  (global (export "g") v128
    (v128.const i32x4 0x03020100 0x07060504 0x0b0a0908 0x0f0e0d0c)))
