;; Unbounded recursion ends in a clean trap, never a SIGSEGV, both with the
;; default 8 MiB Wasm stack and with a smaller one chosen by
;; WASMC_STACK_SIZE. The backtrace is cut at 64 frames, and says so.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; RUN: env WASMC_STACK_SIZE=1M %t > %t.small.out 2>&1 || echo "exit code: $?" >> %t.small.out
;; RUN: FileCheck %s < %t.small.out
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2 > %t.O2.out 2>&1 || echo "exit code: $?" >> %t.O2.out
;; RUN: FileCheck %s --check-prefix=OPT < %t.O2.out

;; CHECK:      wasm trap: call stack exhausted
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}fib
;; CHECK-NEXT:   #1 {{(0x[0-9a-f]+: )?}}fib
;; CHECK:        #63 {{(0x[0-9a-f]+: )?}}fib
;; CHECK-NEXT:   ... (deeper frames not shown)
;; CHECK-NEXT: exit code: 134
;; OPT:      wasm trap: call stack exhausted
;; OPT:      exit code: 134

(module
  ;; Two recursive calls, so that no optimisation turns this into a loop.
  (func $fib (param i32) (result i32)
    (i32.add (call $fib (i32.add (local.get 0) (i32.const 1)))
             (call $fib (i32.add (local.get 0) (i32.const 2)))))
  (func $_start (export "_start") (drop (call $fib (i32.const 0)))))
