;; --disable-feature=exceptions makes the tag section (13) an unknown
;; section again, as in Wasm 2.0.
;; RUN: wat2wasm --enable-exceptions %s -o %t.wasm
;; RUN: wasmc --validate-only %t.wasm
;; RUN: not wasmc --validate-only --disable-feature=exceptions %t.wasm 2>&1 \
;; RUN:   | FileCheck %s
;; CHECK: validate-disabled.wat.tmp.wasm:0x{{[0-9a-f]+}}: error: malformed section id
(module
  (tag $e (param i32)))
