;; A memory whose initial size is above --max-memory stops the program
;; before any of it runs, with a message and status 1.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --max-memory=256K %t.wasm -o %t
;; RUN: not %t 2>&1 | FileCheck %s
;; CHECK: wasmc: error: memory 0: its minimum of 8 pages exceeds the instance's limit of 4
(module
  (memory 8)
  (func (export "_start") (unreachable)))
