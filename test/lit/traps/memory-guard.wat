;; An out-of-bounds load in guard-page mode has no bounds check in the code:
;; it faults in the memory's reservation and the signal handler turns the
;; fault into a trap, with a backtrace starting at the faulting function.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 --bounds-checks=guard %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2 > %t.O2.out 2>&1 || echo "exit code: $?" >> %t.O2.out
;; RUN: FileCheck %s --check-prefix=OPT < %t.O2.out

;; CHECK:      wasm trap: out of bounds memory access
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}load_far
;; CHECK-NEXT:   #1 {{(0x[0-9a-f]+: )?}}_start
;; CHECK-NEXT: exit code: 134
;; OPT:      wasm trap: out of bounds memory access
;; OPT:      exit code: 134

(module
  (memory 1 1)
  ;; index 0xFFFFFFF0 + offset 0xFFFFFFF0: the farthest an i32 load can reach,
  ;; almost 8 GiB past the base.
  (func $load_far (param i32) (result i32)
    (i32.load offset=0xFFFFFFF0 (local.get 0)))
  (func $_start (export "_start")
    ;; Store the result so that the load is not dead code.
    (i32.store (i32.const 0) (call $load_far (i32.const 0xFFFFFFF0)))))
