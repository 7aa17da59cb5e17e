;; An out-of-range trapping truncation traps with "integer overflow" (a NaN
;; input is "invalid conversion to integer": test/lit/traps). -1.0 is the
;; first value below the valid range of the unsigned truncations.
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: not %t 2>&1 | FileCheck %s
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: not %t.O2 2>&1 | FileCheck %s --check-prefix=OPT
;; CHECK:      wasm trap: integer overflow
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}to_u32
;; CHECK-NEXT:   #1 {{(0x[0-9a-f]+: )?}}_start
;; OPT:        wasm trap: integer overflow

(module
  (memory 1)
  (data (i32.const 0) "\00\00\80\bf") ;; f32 -1.0
  (func $to_u32 (param f32) (result i32) (i32.trunc_f32_u (local.get 0)))
  (func $_start (export "_start")
    (drop (call $to_u32 (f32.load (i32.const 0))))))
