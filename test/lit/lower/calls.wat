;; Direct calls, imported calls through vmctx->funcs, call_indirect checks.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s
(module
  (type $sig (func (param i32) (result i32)))
  (type $pair (func (param i64) (result i64 f32)))
  (import "env" "a" (func $a (param i32)))
  (import "env" "pair" (func $pairf (type $pair)))
  (table $t0 1 funcref)
  (table $t1 4 funcref)
  ;; Called directly and not referenced: a C body (CallConventions.h).
  ;; CHECK-LABEL: define internal i32 @wasm_func_2(
  (func $callee (type $sig) (local.get 0))

  ;; Exported and not called directly: tailcc, its own funcref entry.
  ;; CHECK-LABEL: define internal tailcc i32 @wasm_func_3(
  ;; CHECK: call i32 @wasm_func_2(ptr %vmctx, i32 %local0)
  (func (export "direct") (param i32) (result i32)
    (call $callee (local.get 0)))

  ;; Import 0: record at vmctx->funcs + 0; called with its own vmctx.
  ;; CHECK-LABEL: define internal tailcc void @wasm_func_4(
  ;; CHECK: [[F:%.*]] = getelementptr inbounds i8, ptr %vmctx, i64 40
  ;; CHECK-NEXT: %funcs = load ptr, ptr [[F]], align 8, !tbaa ![[STATE:[0-9]+]], !invariant.load
  ;; CHECK-NEXT: %import = getelementptr inbounds i8, ptr %funcs, i64 0
  ;; CHECK-NEXT: %import.code = load ptr, ptr %import, align 8, !tbaa ![[STATE]], !invariant.load
  ;; CHECK-NEXT: [[V:%.*]] = getelementptr inbounds i8, ptr %import, i64 8
  ;; CHECK-NEXT: %import.vmctx = load ptr, ptr [[V]], align 8, !tbaa ![[STATE]], !invariant.load
  ;; CHECK-NEXT: call tailcc void %import.code(ptr %import.vmctx, i32 %local0)
  (func (export "imported") (param i32)
    (call $a (local.get 0)))

  ;; Import 1: 24 bytes further; several results come back as a struct.
  ;; CHECK-LABEL: define internal tailcc float @wasm_func_5(
  ;; CHECK: %import = getelementptr inbounds i8, ptr %funcs, i64 32
  ;; CHECK: [[R:%.*]] = call tailcc { i64, float } %import.code(ptr %import.vmctx, i64 %local0)
  ;; CHECK-NEXT: extractvalue { i64, float } [[R]], 0
  ;; CHECK-NEXT: extractvalue { i64, float } [[R]], 1
  (func (export "imported-multi") (param i64) (result f32)
    (call $pairf (local.get 0)) (drop) (drop) (f32.const 1))

  ;; The expected type's id is loaded once, in the entry block.
  ;; CHECK-LABEL: define internal tailcc i32 @wasm_func_6(
  ;; CHECK-NEXT: entry:
  ;; CHECK: [[TI:%.*]] = getelementptr inbounds i8, ptr %vmctx, i64 48
  ;; CHECK-NEXT: %type_ids = load ptr, ptr [[TI]]
  ;; CHECK-NEXT: [[X:%.*]] = getelementptr inbounds i32, ptr %type_ids, i64 0
  ;; CHECK-NEXT: %type0.id = load i32, ptr [[X]]
  ;; CHECK: [[T:%.*]] = getelementptr inbounds i8, ptr %vmctx, i64 32
  ;; CHECK-NEXT: %tables = load ptr, ptr [[T]], align 8, !tbaa ![[STATE]], !invariant.load
  ;; CHECK-NEXT: [[T1:%.*]] = getelementptr inbounds ptr, ptr %tables, i64 1
  ;; CHECK-NEXT: %table1 = load ptr, ptr [[T1]]
  ;; CHECK-NEXT: [[S:%.*]] = getelementptr inbounds i8, ptr %table1, i64 8
  ;; CHECK-NEXT: %table.size = load i32, ptr [[S]], align 4, !tbaa ![[STATE]]{{$}}
  ;; CHECK-NEXT: %oob = icmp uge i32 %local1, %table.size
  ;; CHECK-NEXT: br i1 %oob, label %trap.TABLE_OUT_OF_BOUNDS, label %cont, !prof
  ;; CHECK: %table.elems = load ptr, ptr %table1, align 8, !tbaa ![[STATE]]{{$}}
  ;; CHECK-NEXT: [[I:%.*]] = zext i32 %local1 to i64
  ;; CHECK-NEXT: [[E:%.*]] = getelementptr inbounds ptr, ptr %table.elems, i64 [[I]]
  ;; CHECK-NEXT: %callee = load ptr, ptr [[E]]
  ;; CHECK-NEXT: %null = icmp eq ptr %callee, null
  ;; CHECK-NEXT: br i1 %null, label %trap.INDIRECT_NULL, label %cont1, !prof
  ;; CHECK: [[Y:%.*]] = getelementptr inbounds i8, ptr %callee, i64 16
  ;; CHECK-NEXT: %callee.type = load i32, ptr [[Y]]
  ;; CHECK-NEXT: %mismatch = icmp ne i32 %callee.type, %type0.id
  ;; CHECK-NEXT: br i1 %mismatch, label %trap.INDIRECT_TYPE_MISMATCH, label %cont2, !prof
  ;; CHECK: %callee.code = load ptr, ptr %callee
  ;; CHECK-NEXT: [[Z:%.*]] = getelementptr inbounds i8, ptr %callee, i64 8
  ;; CHECK-NEXT: %callee.vmctx = load ptr, ptr [[Z]]
  ;; CHECK-NEXT: call tailcc i32 %callee.code(ptr %callee.vmctx, i32 %local0)
  ;; CHECK: trap.TABLE_OUT_OF_BOUNDS:
  ;; CHECK-NEXT: call void @wasmc_rt_trap(ptr %vmctx, i32 3)
  ;; CHECK: trap.INDIRECT_NULL:
  ;; CHECK-NEXT: call void @wasmc_rt_trap(ptr %vmctx, i32 4)
  ;; CHECK: trap.INDIRECT_TYPE_MISMATCH:
  ;; CHECK-NEXT: call void @wasmc_rt_trap(ptr %vmctx, i32 5)
  (func (export "indirect") (param i32 i32) (result i32)
    (call_indirect $t1 (type $sig) (local.get 0) (local.get 1)))
)
;; CHECK: ![[STATE]] = !{![[STATETY:[0-9]+]], ![[STATETY]], i64 0}
;; CHECK: ![[STATETY]] = !{!"wasmc instance state"
