;; -c produces an x86-64 ELF relocatable object with the descriptor and the
;; code section.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -c --target x86_64-linux-gnu %t.wasm -o %t.o
;; RUN: llvm-readobj --file-headers %t.o | FileCheck %s --check-prefix=HDR
;; HDR: Format: elf64-x86-64
;; HDR: Type: Relocatable
;; HDR: Machine: EM_X86_64
;; RUN: llvm-readobj --sections --symbols %t.o | FileCheck %s --check-prefix=SYM
;; SYM: Name: wasmc_text
;; SYM: Name: wasmc_module_descriptor
;; SYM-NEXT: Value:
;; SYM-NEXT: Size:
;; SYM-NEXT: Binding: Global
(module
  (func (export "f") (result i32) (i32.const 1)))
