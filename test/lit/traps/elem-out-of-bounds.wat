;; An active element segment that does not fit traps during instantiation.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out

;; CHECK:      wasm trap: undefined element: out of bounds table access
;; CHECK-NEXT: exit code: 134

(module
  (table 2 funcref)
  (elem (i32.const 1) $f $f)
  (func $f)
  (func $_start (export "_start")))
