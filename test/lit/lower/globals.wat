;; Globals live in cells reached through vmctx->globals. Immutable globals
;; are invariant loads; mutable ones are reloaded and stored, under a TBAA
;; type that in guard mode may alias linear memory (a fault must find every
;; global.set before it done: fuzz-regressions/global-before-guard-trap.wast)
;; and with explicit checks is instance state like the vmctx fields.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefixes=CHECK,GUARD
;; RUN: wasmc -O0 -S --emit-llvm --bounds-checks=explicit %t.wasm -o - \
;; RUN:   | FileCheck %s --check-prefixes=CHECK,EXPLICIT
(module
  (import "env" "imm" (global $imm i64))
  (global $mut (mut f64) (f64.const 0))
  (global $ref (mut externref) (ref.null extern))

  ;; CHECK-LABEL: define internal tailcc i64 @wasm_func_0(
  ;; CHECK: [[G:%.*]] = getelementptr inbounds i8, ptr %vmctx, i64 24
  ;; CHECK-NEXT: %globals = load ptr, ptr [[G]], align 8, !tbaa ![[STATE:[0-9]+]], !invariant.load
  ;; CHECK-NEXT: [[C:%.*]] = getelementptr inbounds ptr, ptr %globals, i64 0
  ;; CHECK-NEXT: %global0 = load ptr, ptr [[C]], align 8, !tbaa ![[STATE]], !invariant.load
  ;; CHECK-NEXT: %g0 = load i64, ptr %global0, align 8, !tbaa ![[STATE]], !invariant.load
  (func (export "get-imm") (result i64) (global.get $imm))

  ;; CHECK-LABEL: define internal tailcc double @wasm_func_1(
  ;; CHECK: [[C:%.*]] = getelementptr inbounds ptr, ptr %globals, i64 1
  ;; CHECK-NEXT: %global1 = load ptr, ptr [[C]]
  ;; CHECK-NEXT: store double %{{.*}}, ptr %global1, align 8, !tbaa ![[MUT:[0-9]+]]{{$}}
  ;; CHECK: %global12 = load ptr
  ;; CHECK-NEXT: %g1 = load double, ptr %global12, align 8, !tbaa ![[MUT]]{{$}}
  (func (export "set-get") (param f64) (result f64)
    (global.set $mut (local.get 0)) (global.get $mut))

  ;; CHECK-LABEL: define internal tailcc void @wasm_func_2(
  ;; CHECK: %global2 = load ptr
  ;; CHECK-NEXT: store ptr %{{.*}}, ptr %global2, align 8, !tbaa ![[MUT]]{{$}}
  (func (export "set-ref") (param externref) (global.set $ref (local.get 0)))

  ;; CHECK: ![[STATE]] = !{![[STATETY:[0-9]+]], ![[STATETY]], i64 0}
  ;; CHECK-NEXT: ![[STATETY]] = !{!"wasmc instance state", ![[ROOT:[0-9]+]], i64 0}
  ;; CHECK: ![[MUT]] = !{![[MUTTY:[0-9]+]], ![[MUTTY]], i64 0}
  ;; GUARD-NEXT: ![[MUTTY]] = !{!"wasm mutable global", ![[MEMTY:[0-9]+]], i64 0}
  ;; GUARD-NEXT: ![[MEMTY]] = !{!"wasm linear memory", ![[ROOT]], i64 0}
  ;; EXPLICIT-NEXT: ![[MUTTY]] = !{!"wasm mutable global", ![[STATETY]], i64 0}
)
