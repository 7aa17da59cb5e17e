;; The same dead out-of-bounds load as dead-load-guard-mode.wat traps where
;; nothing can delete it: at -O0 and with explicit bounds checks.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t.O0
;; RUN: %t.O0 > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: wasmc -O2 --bounds-checks=explicit %t.wasm -o %t.explicit
;; RUN: %t.explicit >> %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; CHECK:      wasm trap: out of bounds memory access
;; CHECK:      exit code: 134
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
