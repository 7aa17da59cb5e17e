;; call_indirect with an index past the end of the table.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2 > %t.O2.out 2>&1 || echo "exit code: $?" >> %t.O2.out
;; RUN: FileCheck %s --check-prefix=OPT < %t.O2.out

;; CHECK:      wasm trap: undefined element: out of bounds table access
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}dispatch
;; CHECK-NEXT:   #1 {{(0x[0-9a-f]+: )?}}_start
;; CHECK-NEXT: exit code: 134
;; OPT:      wasm trap: undefined element: out of bounds table access
;; OPT:      exit code: 134

(module
  (type $v (func))
  (table 2 funcref)
  (elem (i32.const 0) $a $a)
  (func $a)
  (func $dispatch (param i32) (call_indirect (type $v) (local.get 0)))
  (func $_start (export "_start") (call $dispatch (i32.const 2))))
