;; Truncating NaN (or an out-of-range float) to an integer traps.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2 > %t.O2.out 2>&1 || echo "exit code: $?" >> %t.O2.out
;; RUN: FileCheck %s --check-prefix=OPT < %t.O2.out

;; CHECK:      wasm trap: invalid conversion to integer
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}to_int
;; CHECK-NEXT:   #1 {{(0x[0-9a-f]+: )?}}_start
;; CHECK-NEXT: exit code: 134
;; OPT:      wasm trap: invalid conversion to integer
;; OPT:      exit code: 134

(module
  (memory 1)
  (func $to_int (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
  (func $_start (export "_start")
    (i32.store (i32.const 0) (call $to_int (f64.const nan)))))
