;; An active data segment that does not fit traps during instantiation,
;; before _start runs; there is no Wasm frame to report.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s --implicit-check-not=started < %t.out

;; CHECK:      wasm trap: out of bounds memory access
;; CHECK-NEXT: exit code: 134

(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory 1)
  (data (i32.const 16) "started\n")
  (data (i32.const 65530) "too long")
  (func $_start (export "_start")
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 8))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
