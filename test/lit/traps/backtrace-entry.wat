;; A trap in a function reached through call_indirect whose body has the C
;; convention behind a tailcc entry (it is also called directly;
;; compiler/lower/CallConventions.h): the backtrace walks on through the
;; entry's frame to the caller, and leaves the entry itself out, so the
;; function is named once.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2 > %t.O2.out 2>&1 || echo "exit code: $?" >> %t.O2.out
;; RUN: FileCheck %s --check-prefix=OPT < %t.O2.out
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefix=IR

;; CHECK:      wasm trap: unreachable executed
;; CHECK-NEXT:   #0 inner
;; CHECK-NEXT:   #1 via_table
;; CHECK-NEXT:   #2 _start
;; CHECK-NEXT: exit code: 134
;; -O2 may inline via_table into _start; the entry's frame stays out.
;; OPT:      wasm trap: unreachable executed
;; OPT-NEXT:   #0 inner
;; OPT-NEXT:   #1 {{via_table|_start}}
;; OPT-NOT:  inner
;; OPT:      exit code: 134
;; IR: define internal tailcc void @wasm_entry_0(

(module
  (type $v (func (param i32)))
  (table funcref (elem $inner))
  (func $inner (param i32)
    (if (local.get 0) (then (unreachable))))
  (func $via_table (param i32)
    (call_indirect (type $v) (local.get 0) (i32.const 0)))
  (func $_start (export "_start")
    (call $inner (i32.const 0))
    (call $via_table (i32.const 1))))
