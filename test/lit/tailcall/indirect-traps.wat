;; return_call_indirect checks the table bounds, null and the signature
;; before it jumps: the trap is reported in the calling function, which is
;; still on the stack.
;; RUN: wat2wasm --enable-tail-call --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t 0 > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s --check-prefix=MISMATCH < %t.out
;; RUN: %t 0 0 > %t.null 2>&1 || echo "exit code: $?" >> %t.null
;; RUN: FileCheck %s --check-prefix=NULL < %t.null
;; RUN: %t 0 0 0 > %t.oob 2>&1 || echo "exit code: $?" >> %t.oob
;; RUN: FileCheck %s --check-prefix=OOB < %t.oob
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2 0 > %t.O2.out 2>&1 || echo "exit code: $?" >> %t.O2.out
;; RUN: FileCheck %s --check-prefix=OPT < %t.O2.out

;; MISMATCH:      wasm trap: indirect call type mismatch
;; MISMATCH-NEXT:   #0 {{(0x[0-9a-f]+: )?}}dispatch
;; MISMATCH-NEXT:   #1 {{(0x[0-9a-f]+: )?}}_start
;; MISMATCH-NEXT: exit code: 134
;; NULL:      wasm trap: uninitialized element
;; NULL-NEXT:   #0 {{(0x[0-9a-f]+: )?}}dispatch
;; NULL:      exit code: 134
;; OOB:      wasm trap: undefined element
;; OOB-NEXT:   #0 {{(0x[0-9a-f]+: )?}}dispatch
;; OOB:      exit code: 134
;; OPT:      wasm trap: indirect call type mismatch
;; OPT:      exit code: 134

(module
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $args_sizes_get (param i32 i32) (result i32)))
  (memory 1)
  (type $v (func))
  (table 2 funcref)
  (elem (i32.const 0) $takes_i32)
  (func $takes_i32 (param i32) (result i32) (local.get 0))
  ;; Slot argc - 2: 0 (wrong type), 1 (null) or 2 (out of bounds).
  (func $dispatch (param i32) (return_call_indirect (type $v) (local.get 0)))
  (func $_start (export "_start")
    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (call $dispatch (i32.sub (i32.load (i32.const 0)) (i32.const 2)))))
