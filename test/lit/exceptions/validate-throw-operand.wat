;; throw pops its tag's params: an i64 where the tag takes an i32 is a type
;; error, reported at the throw.
;; RUN: wat2wasm --enable-exceptions --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc --validate-only %t.wasm 2>&1 | FileCheck %s
;; CHECK: validate-throw-operand.wat.tmp.wasm:0x{{[0-9a-f]+}}: error: type mismatch: expected i32, got i64 (in function 0 $f)
(module
  (tag $e (param i32))
  (func $f
    (throw $e (i64.const 1))))
