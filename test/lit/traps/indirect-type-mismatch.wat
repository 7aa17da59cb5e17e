;; call_indirect whose expected type differs from the callee's.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2 > %t.O2.out 2>&1 || echo "exit code: $?" >> %t.O2.out
;; RUN: FileCheck %s --check-prefix=OPT < %t.O2.out

;; CHECK:      wasm trap: indirect call type mismatch
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}dispatch
;; CHECK-NEXT:   #1 {{(0x[0-9a-f]+: )?}}_start
;; CHECK-NEXT: exit code: 134
;; OPT:      wasm trap: indirect call type mismatch
;; OPT:      exit code: 134

(module
  (type $v (func))
  (type $i (func (param i32) (result i32)))
  (table 1 funcref)
  (elem (i32.const 0) $takes_i32)
  (func $takes_i32 (param i32) (result i32) (local.get 0))
  (func $dispatch (param i32) (call_indirect (type $v) (local.get 0)))
  (func $_start (export "_start") (call $dispatch (i32.const 0))))
