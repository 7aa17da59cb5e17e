;; Found by tools/difftest (seeds 3, 4, 36, 38, 47 of the first 50): an
;; out-of-bounds load whose value is never used must still trap. In guard
;; mode LLVM used to delete such a dead load (it treats loads as free of side
;; effects); every guard-mode load now has an empty asm use that keeps it
;; (keepLoad, Memory.cpp).
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O2 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; CHECK:      wasm trap: out of bounds memory access
;; CHECK:      exit code: 134
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1 1)
  (func (export "_start") (local i32)
    i32.const 70000
    i32.load
    local.set 0
    i32.const 0
    local.set 0))
