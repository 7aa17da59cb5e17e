;; A trap in a function reached through call_indirect whose body has the C
;; convention (it is also called directly; compiler/lower/CallConventions.h):
;; through the tailcc copy of a small body, and through the tailcc entry that
;; calls a large one. Both name the function once: the copy is the function,
;; and the walk goes on through the calling entry's frame to the caller,
;; leaving the entry itself out.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t > %t.copy 2>&1 || echo "exit code: $?" >> %t.copy
;; RUN: FileCheck %s --check-prefix=COPY < %t.copy
;; RUN: %t a > %t.call 2>&1 || echo "exit code: $?" >> %t.call
;; RUN: FileCheck %s --check-prefix=CALL < %t.call
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2 > %t.O2.copy 2>&1 || echo "exit code: $?" >> %t.O2.copy
;; RUN: FileCheck %s --check-prefix=OPT-COPY < %t.O2.copy
;; RUN: %t.O2 a > %t.O2.call 2>&1 || echo "exit code: $?" >> %t.O2.call
;; RUN: FileCheck %s --check-prefix=OPT-CALL < %t.O2.call
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefix=IR

;; COPY:      wasm trap: unreachable executed
;; COPY-NEXT:   #0 {{(0x[0-9a-f]+: )?}}small
;; COPY-NEXT:   #1 {{(0x[0-9a-f]+: )?}}via_table
;; COPY-NEXT:   #2 {{(0x[0-9a-f]+: )?}}_start
;; COPY-NEXT: exit code: 134
;; CALL:      wasm trap: unreachable executed
;; CALL-NEXT:   #0 {{(0x[0-9a-f]+: )?}}large
;; CALL-NEXT:   #1 {{(0x[0-9a-f]+: )?}}via_table
;; CALL-NEXT:   #2 {{(0x[0-9a-f]+: )?}}_start
;; CALL-NEXT: exit code: 134
;; -O2 may inline via_table into _start.
;; OPT-COPY:      wasm trap: unreachable executed
;; OPT-COPY-NEXT:   #0 {{(0x[0-9a-f]+: )?}}small
;; OPT-COPY-NEXT:   #1 {{(0x[0-9a-f]+: )?}}{{via_table|_start}}
;; OPT-COPY-NOT:  small
;; OPT-COPY:      exit code: 134
;; OPT-CALL:      wasm trap: unreachable executed
;; OPT-CALL-NEXT:   #0 {{(0x[0-9a-f]+: )?}}large
;; OPT-CALL-NEXT:   #1 {{(0x[0-9a-f]+: )?}}{{via_table|_start}}
;; OPT-CALL-NOT:  large
;; OPT-CALL:      exit code: 134
;; IR-DAG: define internal tailcc void @wasm_entry_1(
;; IR-DAG: define internal tailcc void @wasm_entry_2(
;; IR-DAG: call void @wasm_func_2(ptr %vmctx, i32 %0) #[[#]]

(module
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $args_sizes_get (param i32 i32) (result i32)))
  (memory 1)
  (type $v (func (param i32)))
  (table funcref (elem $small $large))
  (func $small (param i32)
    (if (local.get 0) (then (unreachable))))
  ;; More than 512 bytes of code.
  (func $large (param i32)
    (drop (v128.const i64x2 0 0))
    (drop (v128.const i64x2 1 1))
    (drop (v128.const i64x2 2 2))
    (drop (v128.const i64x2 3 3))
    (drop (v128.const i64x2 4 4))
    (drop (v128.const i64x2 5 5))
    (drop (v128.const i64x2 6 6))
    (drop (v128.const i64x2 7 7))
    (drop (v128.const i64x2 8 8))
    (drop (v128.const i64x2 9 9))
    (drop (v128.const i64x2 10 10))
    (drop (v128.const i64x2 11 11))
    (drop (v128.const i64x2 12 12))
    (drop (v128.const i64x2 13 13))
    (drop (v128.const i64x2 14 14))
    (drop (v128.const i64x2 15 15))
    (drop (v128.const i64x2 16 16))
    (drop (v128.const i64x2 17 17))
    (drop (v128.const i64x2 18 18))
    (drop (v128.const i64x2 19 19))
    (drop (v128.const i64x2 20 20))
    (drop (v128.const i64x2 21 21))
    (drop (v128.const i64x2 22 22))
    (drop (v128.const i64x2 23 23))
    (drop (v128.const i64x2 24 24))
    (drop (v128.const i64x2 25 25))
    (drop (v128.const i64x2 26 26))
    (drop (v128.const i64x2 27 27))
    (drop (v128.const i64x2 28 28))
    (drop (v128.const i64x2 29 29))
    (if (local.get 0) (then (unreachable))))
  (func $via_table (param i32 i32)
    (call_indirect (type $v) (local.get 0) (local.get 1)))
  (func $_start (export "_start")
    (call $small (i32.const 0))
    (call $large (i32.const 0))
    ;; argc - 1 picks the table slot: 0 (small) or 1 (large).
    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (call $via_table (i32.const 1)
                     (i32.sub (i32.load (i32.const 0)) (i32.const 1)))))
