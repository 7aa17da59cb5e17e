;; Memory limits are at most 65536 pages.
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: error: memory size must be at most 65536 pages (4GiB)
(module
  (memory 1 65537))
