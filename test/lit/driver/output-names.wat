;; Default output names follow clang: the input's stem, in the current
;; directory, with the output kind's extension.
;; RUN: rm -rf %t.dir && mkdir -p %t.dir/in %t.dir/out && cd %t.dir/out
;; RUN: wat2wasm %s -o %t.dir/in/app.wasm
;; RUN: wasmc -c %t.dir/in/app.wasm
;; RUN: wasmc -S %t.dir/in/app.wasm
;; RUN: wasmc -S --emit-llvm %t.dir/in/app.wasm
;; RUN: wasmc -c --emit-llvm %t.dir/in/app.wasm
;; RUN: ls | FileCheck %s
;; CHECK:      app.bc
;; CHECK-NEXT: app.ll
;; CHECK-NEXT: app.o
;; CHECK-NEXT: app.s
;; RUN: ls -A %t.dir/in | count 1
;; RUN: llvm-readobj --file-headers app.o | FileCheck %s --check-prefix=OBJ
;; OBJ: Type: Relocatable
;; RUN: llvm-dis app.bc -o - | FileCheck %s --check-prefix=LL
;; RUN: FileCheck %s --check-prefix=LL < app.ll
;; LL: target triple = "x86_64-
;; RUN: FileCheck %s --check-prefix=ASM < app.s
;; ASM: .section wasmc_text

;; `-o -` writes textual output to stdout.
;; RUN: wasmc -S --emit-llvm %t.dir/in/app.wasm -o - | FileCheck %s --check-prefix=LL
;; RUN: wasmc -S %t.dir/in/app.wasm -o - | FileCheck %s --check-prefix=ASM
;; Binary outputs go to stdout too when it is not a terminal.
;; RUN: wasmc -c --emit-llvm %t.dir/in/app.wasm -o - | llvm-dis - -o - | FileCheck %s --check-prefix=LL
;; RUN: wasmc -c %t.dir/in/app.wasm -o - > %t.dir/stdout.o
;; RUN: llvm-readobj --file-headers %t.dir/stdout.o | FileCheck %s --check-prefix=OBJ
;; Reading the module from stdin.
;; RUN: cat %t.dir/in/app.wasm | wasmc -S - -o - | FileCheck %s --check-prefix=ASM
(module
  (func (export "f") (result i32) (i32.const 42)))
