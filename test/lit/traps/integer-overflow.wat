;; INT_MIN / -1 overflows.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2 > %t.O2.out 2>&1 || echo "exit code: $?" >> %t.O2.out
;; RUN: FileCheck %s --check-prefix=OPT < %t.O2.out

;; CHECK:      wasm trap: integer overflow
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}divide
;; CHECK-NEXT:   #1 {{(0x[0-9a-f]+: )?}}_start
;; CHECK-NEXT: exit code: 134
;; OPT:      wasm trap: integer overflow
;; OPT:      exit code: 134

(module
  (memory 1)
  (func $divide (param i64 i64) (result i64)
    (i64.div_s (local.get 0) (local.get 1)))
  (func $_start (export "_start")
    (i64.store (i32.const 0)
      (call $divide (i64.const 0x8000000000000000) (i64.const -1)))))
