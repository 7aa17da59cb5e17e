;; --disable-feature=memory64 applies Wasm 2.0's rules: the limits flags of
;; a 64-bit memory or table are malformed, with a diagnostic naming the
;; feature at the flags byte.
;; RUN: wat2wasm --enable-memory64 %s -o %t.wasm
;; RUN: wasmc --validate-only %t.wasm
;; RUN: not wasmc --validate-only --disable-feature=memory64 %t.wasm 2>&1 \
;; RUN:   | FileCheck %s
;; CHECK: disabled-feature.wat.tmp.wasm:0x{{[0-9a-f]+}}: error: malformed limits flags (0x4: the i64 address type needs the memory64 feature, which is disabled)

(module
  (memory i64 1)
  (func (export "f") (param i64) (result i32)
    (i32.load (local.get 0))))
