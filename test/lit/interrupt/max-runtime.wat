;; --max-runtime stops a program that loops forever: "wasm trap:
;; interrupted" with the frames it was in, exit status 124 (as timeout(1)).
;; Whoever runs it may lower the limit (WASMC_MAX_RUNTIME), never raise it;
;; a program that ends in time is not held up by the watchdog.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc --max-runtime=0.2 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; CHECK:      wasm trap: interrupted: the epoch deadline passed
;; CHECK-NEXT:   #0 0x{{[0-9a-f]+}}: spin
;; CHECK-NEXT:   #1 0x{{[0-9a-f]+}}: _start
;; CHECK-NEXT: exit code: 124

;; RUN: wasmc --max-runtime=600 %t.wasm -o %t.long
;; RUN: env WASMC_MAX_RUNTIME=0.1 %t.long > %t.lowered 2>&1 || echo "exit code: $?" >> %t.lowered
;; RUN: FileCheck %s --check-prefix=LOWERED < %t.lowered
;; LOWERED: wasm trap: interrupted
;; LOWERED: exit code: 124

;; RUN: env WASMC_MAX_RUNTIME=5 not %t 2>&1 | FileCheck %s --check-prefix=RAISE
;; RAISE: wasmc: error: WASMC_MAX_RUNTIME=5 is above this program's limit of 200 ms (wasmc --max-runtime); it may only lower it

;; Without checks compiled in there is nothing to enforce a deadline with.
;; RUN: wasmc %t.wasm -o %t.unchecked
;; RUN: env WASMC_MAX_RUNTIME=0.1 not %t.unchecked 2>&1 | FileCheck %s --check-prefix=UNCHECKED
;; UNCHECKED: wasmc: error: WASMC_MAX_RUNTIME=0.1: this program was built without --epoch-interruption or --max-runtime, so it cannot be stopped at a deadline

;; --epoch-interruption alone: no limit unless the environment sets one.
;; RUN: wasmc --epoch-interruption %t.wasm -o %t.checked
;; RUN: env WASMC_MAX_RUNTIME=0.05 %t.checked > %t.env 2>&1 || echo "exit code: $?" >> %t.env
;; RUN: FileCheck %s --check-prefix=LOWERED < %t.env

;; RUN: wat2wasm %S/Inputs/quick.wat -o %t.quick.wasm
;; RUN: wasmc --max-runtime=600 %t.quick.wasm -o %t.quick
;; RUN: %t.quick

(module
  (func $spin (loop $l (br $l)))
  (func $_start (export "_start") (call $spin)))
