;; Wasm 2.0 allows one memory, imported or defined; with multi-memory (the
;; default) any number is valid. --disable-feature=multi-memory restores the
;; 2.0 rule, which the 2.0 spec suite asserts.
;; RUN: wat2wasm --no-check --enable-multi-memory %s -o %t.wasm
;; RUN: wasmc --validate-only %t.wasm
;; RUN: not wasmc --validate-only --disable-feature=multi-memory %t.wasm 2>&1 \
;; RUN:   | FileCheck %s
;; RUN: not wasmc --validate-only --disable-feature=simd %t.wasm 2>&1 \
;; RUN:   | FileCheck %s --check-prefix=UNKNOWN
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: multiple memories are not allowed without the multi-memory feature
;; UNKNOWN: error: unknown feature 'simd' for --disable-feature; expected multi-memory
(module
  (import "env" "m0" (memory 1))
  (import "env" "m1" (memory 1)))
