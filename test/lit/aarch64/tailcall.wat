;; Guaranteed tail calls on AArch64 (tailcc + musttail there too): even/odd
;; ten million deep at -O0 and -O2, and every signature shape of
;; ../tailcall/shapes.wat (stack arguments, v128, results through the
;; buffer, return_call_indirect, a host function). Depths that would need
;; far more than the 8 MiB Wasm stack, but small enough for qemu.
;; REQUIRES: aarch64-qemu
;; RUN: wat2wasm --enable-tail-call %s -o %t.wasm
;; RUN: wasmc --target aarch64-linux-gnu -O0 %t.wasm -o %t.O0
;; RUN: %qemu-aarch64 %t.O0; test $? -eq 41
;; RUN: wasmc --target aarch64-linux-gnu -O2 %t.wasm -o %t.O2
;; RUN: %qemu-aarch64 %t.O2; test $? -eq 41
;; RUN: wat2wasm --enable-tail-call %S/../tailcall/shapes.wat -o %t.shapes.wasm
;; RUN: wasmc --target aarch64-linux-gnu -O0 %t.shapes.wasm -o %t.shapes
;; RUN: %qemu-aarch64 %t.shapes a b; test $? -eq 0

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (func $even (param i64) (result i32)
    (if (result i32) (i64.eqz (local.get 0))
      (then (i32.const 1))
      (else (return_call $odd (i64.sub (local.get 0) (i64.const 1))))))
  (func $odd (param i64) (result i32)
    (if (result i32) (i64.eqz (local.get 0))
      (then (i32.const 0))
      (else (return_call $even (i64.sub (local.get 0) (i64.const 1))))))
  (func (export "_start")
    (call $exit (i32.add (i32.const 40) (call $even (i64.const 10000000))))))
