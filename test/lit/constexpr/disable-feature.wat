;; --disable-feature=extended-const applies Wasm 2.0's rules to constant
;; expressions (the 2.0 spec suite asserts them): one instruction, and
;; global.get of imported globals only. Without it both modules are valid.
;; RUN: wat2wasm --no-check --enable-extended-const %s -o %t.wasm
;; RUN: wasmc --validate-only %t.wasm
;; RUN: not wasmc --validate-only --disable-feature=extended-const %t.wasm 2>&1 \
;; RUN:   | FileCheck %s --check-prefix=ARITH
;; RUN: wat2wasm --no-check %S/Inputs/defined-global.wat -o %t.defined.wasm
;; RUN: wasmc --validate-only %t.defined.wasm
;; RUN: not wasmc --validate-only --disable-feature=extended-const %t.defined.wasm 2>&1 \
;; RUN:   | FileCheck %s --check-prefix=DEFINED
;; RUN: not wasmc --validate-only --disable-feature=const %t.wasm 2>&1 \
;; RUN:   | FileCheck %s --check-prefix=UNKNOWN
;; ARITH: disable-feature.wat.tmp.wasm:0x{{[0-9a-f]+}}: error: constant expression required
;; DEFINED: error: unknown global 0
;; UNKNOWN: unknown feature 'const' for --disable-feature; expected multi-memory, extended-const, memory64, function-references, tail-call, exceptions or legacy-exceptions
(module
  (global (export "g") i32 (i32.add (i32.const 1) (i32.const 2))))
