;; Deadlines and host calls. A guest asleep in poll_oneoff waits in slices
;; when it may be interrupted, so its deadline stops it like a loop: "wasm
;; trap: interrupted", status 124. A guest blocked in a host call that
;; cannot be cut short (a read of standard input that never completes)
;; cannot see its deadline; a second after --max-runtime the watchdog ends
;; the process anyway, also with status 124.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc --max-runtime=0.1 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s --check-prefix=SLEEP < %t.out
;; SLEEP:      wasm trap: interrupted: the epoch deadline passed
;; SLEEP-NEXT:   #0 {{.*}}_start
;; SLEEP-NEXT: exit code: 124

;; RUN: sleep 4 | %t read > %t.read 2>&1 || echo "exit code: $?" >> %t.read
;; RUN: FileCheck %s --check-prefix=READ < %t.read
;; READ:      wasmc: error: the program passed its run-time limit inside a host call and did not return from it; ending it
;; READ-NEXT: exit code: 124

(module
  (import "wasi_snapshot_preview1" "poll_oneoff"
    (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read"
    (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $args_sizes_get (param i32 i32) (result i32)))
  (memory 1)
  (func $_start (export "_start")
    (drop (call $args_sizes_get (i32.const 256) (i32.const 260)))
    (if (i32.gt_u (i32.load (i32.const 256)) (i32.const 1))
      (then
        ;; Read 16 bytes of standard input into 512 (iovec at 300).
        (i32.store (i32.const 300) (i32.const 512))
        (i32.store (i32.const 304) (i32.const 16))
        (drop (call $fd_read (i32.const 0) (i32.const 300) (i32.const 1)
                             (i32.const 320)))
        (return)))
    ;; One relative clock subscription at 0: tag 0 (clock) at 8, clock id 1
    ;; (monotonic) at 16, timeout in ns at 24: 60 seconds.
    (i32.store8 (i32.const 8) (i32.const 0))
    (i32.store (i32.const 16) (i32.const 1))
    (i64.store (i32.const 24) (i64.const 60000000000))
    (drop (call $poll_oneoff (i32.const 0) (i32.const 64) (i32.const 1)
                             (i32.const 128)))))
