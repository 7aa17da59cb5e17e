;; How structured control flow maps onto LLVM blocks: loop parameters are
;; header phis, block results are phis in the merge block with one entry
;; per incoming edge (br_table edges included), and code after a block
;; that nobody leaves is not emitted.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s

;; CHECK-LABEL: define internal i32 @wasm_func_0(
;; CHECK: body:
;; CHECK-NEXT: br label %loop
;; CHECK: loop:
;; CHECK-NEXT: %lp = phi i32 [ 0, %body ], [ [[NEXT:%.*]], %loop ]
;; CHECK-NEXT: [[NEXT]] = add i32 %lp, 1
;; CHECK: br i1 %br_if.cond, label %loop, label %br_if.cont
;; CHECK: loop.end:
;; CHECK-NEXT: %res = phi i32 [ [[NEXT]], %br_if.cont ]

;; CHECK-LABEL: define internal tailcc i32 @wasm_func_1(
;; CHECK: switch i32 %local0, label %[[A:block.end[0-9]+]] [
;; CHECK-NEXT: i32 0, label %[[A]]
;; CHECK-NEXT: i32 1, label %block.end
;; CHECK-NEXT: ]
;; CHECK: block.end:
;; CHECK-NEXT: %res = phi i32 [ 5, %body ]
;; CHECK: [[A]]:
;; CHECK-NEXT: phi i32 [ 5, %body ], [ 5, %body ], [ %{{.*}}, %block.end ]

;; CHECK-LABEL: define internal tailcc i32 @wasm_func_2(
;; CHECK: body:
;; CHECK-NEXT: br label %return
;; CHECK: return:
;; CHECK-NEXT: %ret = phi i32 [ 3, %body ]
;; CHECK-NEXT: ret i32 %ret
;; The dead call is not emitted, which leaves a leaf: no stack-limit check
;; and so no trap block (test/lit/lower/leaf-stack-check.wat).
;; CHECK-NEXT: }

(module
  (func (export "loop") (param i32) (result i32)
    (i32.const 0)
    (loop $l (param i32) (result i32)
      (br_if $l (i32.add (i32.const 1)) (local.get 0))))
  (func (export "table") (param i32) (result i32)
    (block $a (result i32)
      (block $b (result i32)
        (br_table $a $b $a (i32.const 5) (local.get 0)))
      (i32.const 1) (i32.add)))
  (func (export "dead") (result i32)
    (block (result i32) (return (i32.const 3)))
    (i32.const 1) (i32.add) (call 0 (i32.const 2)) (drop)))
