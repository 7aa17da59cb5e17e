;; A trap call that is the last instruction of the Wasm code section: its
;; return address is the section's end, which the backtrace walk must still
;; count as Wasm code (it looks up the call, one byte before), or the
;; backtrace comes out empty.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2 > %t.O2.out 2>&1 || echo "exit code: $?" >> %t.O2.out
;; RUN: FileCheck %s < %t.O2.out
;; RUN: wasmc -O2 -S %t.wasm -o - | FileCheck %s --check-prefix=ASM

;; CHECK:      wasm trap: unreachable executed
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}_start
;; CHECK-NEXT: exit code: 134
;; The only Wasm function ends in the call.
;; ASM:      wasmc_rt_trap
;; ASM-NEXT: .Lfunc_end0:

(module
  (func $_start (export "_start") (unreachable)))
