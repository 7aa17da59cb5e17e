;; Only functions that take part in tail calls have tailcc bodies; the others
;; have C bodies, which direct calls reach without tailcc's callee-popped
;; argument area (compiler/lower/CallConventions.h). Whatever a funcref
;; record holds stays tailcc: a C body that a funcref can reference gets a
;; tailcc entry, a copy of the body if it is small and a call of it if not.
;; RUN: wat2wasm --enable-tail-call %s -o %t.wasm
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s
;; At -O2 the calling entry still calls the body, not inlined into it.
;; RUN: wasmc -O2 -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefix=OPT
;; RUN: wasmc -O2 -S --target x86_64-linux-gnu %t.wasm -o - \
;; RUN:   | FileCheck %s --check-prefix=ASM

;; A leaf that only direct calls reach: C, and called with the C convention.
;; CHECK-LABEL: define internal i32 @wasm_func_0(ptr %vmctx, i32 %0)
;; A function with a tail call is tailcc; so is the direct target of its
;; return_call, although that has no tail call itself.
;; CHECK-LABEL: define internal tailcc i32 @wasm_func_1(ptr %vmctx, i32 %0)
;; CHECK:       call i32 @wasm_func_0(ptr %vmctx,
;; CHECK:       musttail call tailcc i32 @wasm_func_2(ptr %vmctx,
;; CHECK-LABEL: define internal tailcc i32 @wasm_func_2(ptr %vmctx, i32 %0)
;; In the table and called directly: a C body ...
;; CHECK-LABEL: define internal i32 @wasm_func_3(ptr %vmctx, i32 %0)
;; CHECK:       call i32 @wasm_func_0(ptr %vmctx,
;; In the table and never called directly: tailcc, its own entry.
;; CHECK-LABEL: define internal tailcc i32 @wasm_func_4(ptr %vmctx, i32 %0)
;; return_call_indirect calls a record's code, tailcc.
;; CHECK-LABEL: define internal tailcc i32 @wasm_func_5(ptr %vmctx, i32 %0)
;; CHECK:       musttail call tailcc i32 %callee.code(
;; Exported only: tailcc (its trampoline calls it with that convention).
;; CHECK-LABEL: define internal tailcc i32 @wasm_func_6(ptr %vmctx, i32 %0)
;; CHECK:       call i32 @wasm_func_3(ptr %vmctx,
;; CHECK:       call i32 @wasm_func_7(ptr %vmctx,
;; CHECK:       call tailcc i32 %callee.code(
;; A large body in the table and called directly: C too.
;; CHECK-LABEL: define internal i32 @wasm_func_7(ptr %vmctx, i32 %0)
;; ... with a tailcc copy of the small body as its entry, in the Wasm code
;; section (a recursive call in it would still call the C body) ...
;; CHECK-LABEL: define internal tailcc i32 @wasm_entry_3(ptr %vmctx, i32 %0)
;; CHECK-SAME:  section "wasmc_text"
;; CHECK:       call i32 @wasm_func_0(ptr %vmctx,
;; ... and a tailcc function that calls the large one (never inlined: a body
;; inlined into it would run in a frame that backtraces leave out).
;; CHECK-LABEL: define internal tailcc i32 @wasm_entry_7(ptr %vmctx, i32 %0)
;; CHECK-SAME:  section "wasmc_text"
;; CHECK-NEXT:  entry:
;; CHECK-NEXT:  [[R:%.*]] = call i32 @wasm_func_7(ptr %vmctx, i32 %0) #[[NOINLINE:[0-9]+]]
;; CHECK-NEXT:  ret i32 [[R]]
;; Functions that no funcref can reference and that take no part in tail
;; calls have no entry.
;; CHECK-NOT:   @wasm_entry_
;; CHECK-LABEL: define internal void @wasmc_tramp_0(
;; CHECK:       invoke tailcc i32 @wasm_func_6(
;; CHECK:       attributes #[[NOINLINE]] = { noinline }

;; The descriptor (abi.h, wasmc_func_desc): code is the body itself for the
;; tailcc ones (code_kind 0), the copy for function 3 (1) and the calling
;; entry for function 7 (2); function 0, which no funcref can reference, has
;; no code, only its body, which backtraces name.
;; OPT-DAG: @wasmc.funcs = private constant [8 x %wasmc_func_desc] [%wasmc_func_desc { ptr null, ptr null, i32 0, i8 0, ptr @wasm_func_0 }, %wasmc_func_desc { ptr null, ptr @wasm_func_1, i32 0, i8 0, ptr @wasm_func_1 }, %wasmc_func_desc { ptr null, ptr @wasm_func_2, i32 0, i8 0, ptr @wasm_func_2 }, %wasmc_func_desc { ptr null, ptr @wasm_entry_3, i32 0, i8 1, ptr @wasm_func_3 }, %wasmc_func_desc { ptr null, ptr @wasm_func_4, i32 0, i8 0, ptr @wasm_func_4 }, %wasmc_func_desc { ptr null, ptr @wasm_func_5, i32 0, i8 0, ptr @wasm_func_5 }, %wasmc_func_desc { ptr null, ptr @wasm_func_6, i32 0, i8 0, ptr @wasm_func_6 }, %wasmc_func_desc { ptr null, ptr @wasm_entry_7, i32 0, i8 2, ptr @wasm_func_7 }]
;; OPT-DAG: define internal tailcc i32 @wasm_entry_7(
;; OPT-DAG: call i32 @wasm_func_7(ptr %vmctx, i32 %0) #[[#]]

;; x86-64: a tailcc callee pops an aligned argument area (ret $8) and its
;; caller reserves it again after the call; a C body returns with a plain
;; ret, and its direct callers need no adjustment.
;; ASM-LABEL: wasm_func_0:
;; ASM-NOT:   $8
;; ASM:       {{^}}	retq{{$}}
;; ASM-LABEL: wasm_func_2:
;; ASM:       retq	$8
;; ASM-LABEL: wasm_entry_7:
;; ASM:       callq	wasm_func_7
;; ASM:       retq	$8

(module
  (type $i (func (param i32) (result i32)))
  (table funcref (elem $referenced $indirect_only $tail_ind $big))
  (global $g (mut i32) (i32.const 0))
  (func $leaf (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func $tails (param i32) (result i32)
    (return_call $target (call $leaf (local.get 0))))
  (func $target (param i32) (result i32) (local.get 0))
  (func $referenced (param i32) (result i32) (call $leaf (local.get 0)))
  (func $indirect_only (param i32) (result i32) (local.get 0))
  (func $tail_ind (param i32) (result i32)
    (return_call_indirect (type $i) (local.get 0) (i32.const 0)))
  (func (export "f") (param i32) (result i32)
    (i32.add (i32.add (call $referenced (local.get 0)) (call $big (local.get 0)))
             (call_indirect (type $i) (local.get 0) (local.get 0))))
  ;; More than MaxCopiedBodyBytes (512) of code.
  (func $big (param i32) (result i32)
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
    (global.set $g (local.get 0))
    (local.get 0))
)
