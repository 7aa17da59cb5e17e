;; A leaf function (no calls but the trap) with few locals has no stack-limit
;; check: it cannot recurse, and the check of its caller left rtlib's stack
;; margin below it. Functions that call anything keep the check.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s
;; RUN: wasmc -O2 -S --emit-llvm %t.wasm -o - | FileCheck %s
;; RUN: wasmc -O2 %t.wasm -o %t && %t; test $? -eq 3
(module
  (type $t (func (param i32) (result i32)))
  (func $proc_exit (import "wasi_snapshot_preview1" "proc_exit") (param i32))
  (table 1 funcref)
  (elem (i32.const 0) $leaf)
  (func $leaf (type $t)
    ;; Traps are fine in a leaf.
    (i32.div_u (i32.const 100) (local.get 0)))
  (func $caller (param i32) (result i32)
    (call $leaf (local.get 0)))
  (func $indirect (param i32) (result i32)
    (call_indirect (type $t) (local.get 0) (i32.const 0)))
  (func $host (param i32) (result i32)
    (memory.grow (local.get 0)))
  (memory 1)
  (func (export "_start")
    (call $proc_exit (i32.sub (call $indirect (i32.const 25))
                              (call $caller (i32.const 100))))
    (drop (call $host (i32.const 0))))
  ;; A load (and whatever keeps a dropped one alive) is no call either.
  (func (export "leaf_load") (param i32) (result i32)
    (drop (i32.load (local.get 0)))
    (i32.load offset=8 (local.get 0))))

;; CHECK-LABEL: define internal {{.*}}i32 @wasm_func_1(
;; CHECK-NOT: stack_limit
;; CHECK-NOT: STACK_EXHAUSTED
;; CHECK: call void @wasmc_rt_trap(ptr {{.*}}%vmctx, i32 6)
;; CHECK-LABEL: define internal {{.*}}i32 @wasm_func_2(
;; CHECK: stack_limit
;; CHECK-LABEL: define internal {{.*}}i32 @wasm_func_3(
;; CHECK: stack_limit
;; CHECK-LABEL: define internal {{.*}}i32 @wasm_func_4(
;; CHECK: stack_limit
;; CHECK-LABEL: define internal {{.*}}i32 @wasm_func_6(
;; CHECK-NOT: stack_limit
;; CHECK: load i32
;; CHECK-NOT: stack_limit
;; CHECK: ret i32
