;; With --bounds-checks=explicit the compiled code checks the access itself
;; and calls the runtime's trap entry; the report is the same.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 --bounds-checks=explicit %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; RUN: wasmc -O2 --bounds-checks=explicit %t.wasm -o %t.O2
;; RUN: %t.O2 > %t.O2.out 2>&1 || echo "exit code: $?" >> %t.O2.out
;; RUN: FileCheck %s --check-prefix=OPT < %t.O2.out

;; CHECK:      wasm trap: out of bounds memory access
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}store_past_end
;; CHECK-NEXT:   #1 {{(0x[0-9a-f]+: )?}}_start
;; CHECK-NEXT: exit code: 134
;; OPT:      wasm trap: out of bounds memory access
;; OPT:      exit code: 134

(module
  (memory 2)
  (func $store_past_end (param i32)
    (i64.store offset=8 (local.get 0) (i64.const 1)))
  (func $_start (export "_start")
    (call $store_past_end (i32.const 131064))))
