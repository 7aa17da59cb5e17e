;; `unreachable` traps; the backtrace names every Wasm frame from the name
;; section, innermost first, and the program exits with 134.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; Optimised code may inline frames away, but the message and status stay.
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2 > %t.O2.out 2>&1 || echo "exit code: $?" >> %t.O2.out
;; RUN: FileCheck %s --check-prefix=OPT < %t.O2.out

;; CHECK:      wasm trap: unreachable executed
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}inner
;; CHECK-NEXT:   #1 {{(0x[0-9a-f]+: )?}}middle
;; CHECK-NEXT:   #2 {{(0x[0-9a-f]+: )?}}_start
;; CHECK-NEXT: exit code: 134
;; OPT:      wasm trap: unreachable executed
;; OPT:      exit code: 134

(module
  (func $inner (unreachable))
  (func $middle (call $inner))
  (func $_start (export "_start") (call $middle)))
