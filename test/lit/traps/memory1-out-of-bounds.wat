;; An out-of-bounds access to a memory other than memory 0 traps like one
;; to memory 0: in guard mode each memory is its own reservation, which the
;; signal handler knows, so the fault past memory 1's accessible pages is a
;; trap; in explicit mode the check compares with memory 1's size (memory 0
;; is larger, so checking against it would miss this).
;; RUN: wat2wasm --enable-multi-memory --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; RUN: wasmc -O0 --bounds-checks=explicit %t.wasm -o %t.explicit
;; RUN: %t.explicit > %t.explicit.out 2>&1 || echo "exit code: $?" >> %t.explicit.out
;; RUN: FileCheck %s < %t.explicit.out

;; CHECK:      wasm trap: out of bounds memory access
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}load_mem1
;; CHECK-NEXT:   #1 {{(0x[0-9a-f]+: )?}}_start
;; CHECK-NEXT: exit code: 134

(module
  (memory 4)
  (memory $m1 1)
  (func $load_mem1 (param i32) (result i32)
    (i32.load $m1 (local.get 0)))
  (func $_start (export "_start")
    ;; In bounds of memory 0, not of memory 1.
    (i32.store (i32.const 0) (call $load_mem1 (i32.const 65536)))))
