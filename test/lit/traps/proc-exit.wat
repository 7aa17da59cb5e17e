;; proc_exit leaves through the same unwinding as a trap but is not one: the
;; status is the guest's, nothing is printed, and code after it never runs.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s --implicit-check-not=trap < %t.out

;; CHECK: exit code: 42

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (func $deep (param i32)
    (if (i32.eqz (local.get 0)) (then (call $exit (i32.const 42))))
    (call $deep (i32.sub (local.get 0) (i32.const 1))))
  (func $_start (export "_start") (call $deep (i32.const 100)) (unreachable)))
