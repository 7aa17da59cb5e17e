;; A guard-mode load whose value the optimiser forwards from a stored call
;; result: when that call is an invoke (inside a handler's scope), its value
;; exists on the normal edge only, so the load's keep-alive goes there, not
;; after the invoke (a terminator). Once this made invalid IR, and a crash
;; when the module was split into partitions.
;; RUN: wat2wasm --enable-exceptions %s -o %t.wasm
;; RUN: wasmc -O2 -S --emit-llvm %t.wasm -o - | opt -passes=verify -disable-output
;; RUN: wasmc -O2 -c %t.wasm -o %t.o
;; RUN: wasmc -O2 -S %t.wasm -o - | FileCheck %s
;; CHECK-LABEL: wasm_func_1:
;; CHECK: callq
(module
  (import "env" "get" (func $get (result i32)))
  (memory 1)
  (func (export "run") (result i32)
    (try (result i32)
      (do
        (i32.store (i32.const 16) (call $get))
        (i32.load (i32.const 16)))
      (catch_all (i32.const 0)))))
