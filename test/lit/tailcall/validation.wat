;; A tail call's callee must return what the caller returns; what follows it
;; is stack-polymorphic. --disable-feature=tail-call makes 0x12 and 0x13
;; illegal opcodes again (Wasm 2.0), naming the feature.
;; RUN: wat2wasm --enable-tail-call %s -o %t.wasm
;; RUN: wasmc --validate-only %t.wasm
;; RUN: not wasmc --validate-only --disable-feature=tail-call %t.wasm 2>&1 \
;; RUN:   | FileCheck %s --check-prefix=DISABLED
;; DISABLED: validation.wat.tmp.wasm:0x{{[0-9a-f]+}}: error: illegal opcode 0x12 (return_call needs the tail-call feature, disabled by --disable-feature=tail-call)
;; RUN: wat2wasm --enable-tail-call --no-check %S/Inputs/bad-results.wat -o %t.bad.wasm
;; RUN: not wasmc --validate-only %t.bad.wasm 2>&1 | FileCheck %s --check-prefix=RESULTS
;; RESULTS: validation.wat.tmp.bad.wasm:0x{{[0-9a-f]+}}: error: type mismatch: return_call callee's results differ from the function's
;; RUN: wat2wasm --enable-tail-call --no-check %S/Inputs/bad-indirect-results.wat -o %t.badi.wasm
;; RUN: not wasmc --validate-only %t.badi.wasm 2>&1 | FileCheck %s --check-prefix=INDIRECT
;; INDIRECT: error: type mismatch: return_call_indirect callee's results differ from the function's

(module
  (type $t (func (result i32)))
  (table 1 funcref)
  (func $f (result i32) (i32.const 1))
  (func (result i32)
    (return_call $f)
    ;; Stack-polymorphic: anything may follow.
    (i64.const 0) (drop) (i32.add))
  (func (result i32)
    (return_call_indirect (type $t) (i32.const 0))))
