;; A program blocked in a host call cannot see its deadline (the guest stops
;; only at its next check): a second after --max-runtime the watchdog ends
;; the process anyway, with status 124. Here the host call is a 60-second
;; poll_oneoff sleep.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --max-runtime=0.1 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; CHECK:      wasmc: error: the program passed its run-time limit inside a host call and did not return from it; ending it
;; CHECK-NEXT: exit code: 124

(module
  (import "wasi_snapshot_preview1" "poll_oneoff"
    (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (memory 1)
  (func $_start (export "_start")
    ;; One relative clock subscription at 0: tag 0 (clock) at 8, clock id 1
    ;; (monotonic) at 16, timeout in ns at 24.
    (i32.store8 (i32.const 8) (i32.const 0))
    (i32.store (i32.const 16) (i32.const 1))
    (i64.store (i32.const 24) (i64.const 60000000000))
    (drop (call $poll_oneoff (i32.const 0) (i32.const 64) (i32.const 1)
                             (i32.const 128)))))
