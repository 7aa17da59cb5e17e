;; AArch64 Linux objects and assembly.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --target aarch64-linux-gnu -c %t.wasm -o %t.o
;; RUN: llvm-readobj --file-headers %t.o | FileCheck %s --check-prefix=OBJ
;; OBJ: Format: elf64-littleaarch64
;; OBJ: Machine: EM_AARCH64
;; RUN: wasmc --target aarch64-linux-gnu -S %t.wasm -o - | FileCheck %s --check-prefix=ASM
;; ASM: mul w0, w{{[0-9]+}}, w{{[0-9]+}}
;; AArch64 Linux links too (test/lit/aarch64); other targets are refused
;; (test/lit/driver/unsupported-target.wat).
(module
  (func (export "_start"))
  (func (export "mul") (param i32 i32) (result i32)
    (i32.mul (local.get 0) (local.get 1))))
