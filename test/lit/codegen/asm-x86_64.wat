;; -S produces x86-64 assembly; compiled Wasm code goes in the wasmc_text
;; section (the trap handler's "PC in Wasm code" test relies on it) and the
;; module descriptor is exported.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -S --target x86_64-linux-gnu %t.wasm -o - | FileCheck %s
;; CHECK: .section wasmc_text,"ax",@progbits
;; CHECK: imull
;; CHECK: .globl wasmc_module_descriptor
(module
  (func (export "mul") (param i32 i32) (result i32)
    (i32.mul (local.get 0) (local.get 1))))
