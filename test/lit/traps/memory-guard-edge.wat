;; The first byte past the end of memory traps, and so does an access that
;; straddles the end; the last in-bounds byte does not.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out

;; CHECK:      wasm trap: out of bounds memory access
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}load_straddling
;; CHECK-NEXT:   #1 {{(0x[0-9a-f]+: )?}}_start
;; CHECK-NEXT: exit code: 134

(module
  (memory 1)
  (func $load_last (result i32) (i32.load8_u (i32.const 65535)))
  (func $load_straddling (result i32) (i32.load (i32.const 65534)))
  (func $_start (export "_start")
    (i32.store (i32.const 0) (call $load_last))
    (i32.store (i32.const 0) (call $load_straddling))))
