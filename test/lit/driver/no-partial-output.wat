;; A module that fails to compile leaves no output file behind, whatever
;; the output kind, and never replaces an existing file.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
;; RUN: not wasmc %t.wasm 2>&1 | FileCheck %s
;; RUN: not wasmc -c %t.wasm 2>&1 | FileCheck %s
;; RUN: not wasmc -S %t.wasm 2>&1 | FileCheck %s
;; RUN: not wasmc -S --emit-llvm %t.wasm 2>&1 | FileCheck %s
;; RUN: not wasmc -c --emit-llvm %t.wasm -o out.bc 2>&1 | FileCheck %s
;; RUN: ls -A | count 0
;; RUN: echo keep > existing.o
;; RUN: not wasmc -c %t.wasm -o existing.o 2>&1 | FileCheck %s
;; RUN: cat existing.o | FileCheck %s --check-prefix=KEEP
;; RUN: ls -A | count 1
;; CHECK: error: type mismatch
;; KEEP: keep
(module
  (func (export "_start") (result i32) (i64.const 1)))
