;; --validate-only checks the module and writes nothing.
;; RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --validate-only %t.wasm
;; RUN: ls -A | count 0
;; RUN: wat2wasm --no-check %S/no-partial-output.wat -o %t.bad.wasm
;; RUN: wasmc --validate-only %t.bad.wasm 2> %t.err; test $? -eq 1
;; RUN: FileCheck %s < %t.err
;; CHECK: bad.wasm:0x{{[0-9a-f]+}}: error: type mismatch
(module
  (import "env" "anything" (func))
  (func (export "f")))
