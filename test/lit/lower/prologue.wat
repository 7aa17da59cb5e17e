;; The frame of a Wasm function: locals as zero-initialised allocas, the
;; stack-limit check (docs/architecture.md, "Stack limits"), the code section and the attributes the runtime relies
;; on (frame pointers for backtraces, no tail calls so recursion traps; not
;; nounwind, since Wasm exceptions unwind through it).
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s
;; RUN: wasmc -O2 -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefix=O2
(module
  (func (export "f") (param i32 f64) (result i32)
    (local i64 f32 externref funcref)
    ;; A call, so that f is not a leaf (see leaf-stack-check.wat).
    (call $g)
    (local.get 0))
  (func $g))

;; CHECK-LABEL: define internal tailcc i32 @wasm_func_0(
;; CHECK-SAME: ptr %vmctx, i32 %0, double %1) #[[WASM:[0-9]+]] section "wasmc_text" {
;; CHECK-NEXT: entry:
;; CHECK-NEXT: %p0 = alloca i32
;; CHECK-NEXT: %p1 = alloca double
;; CHECK-NEXT: %l2 = alloca i64
;; CHECK-NEXT: %l3 = alloca float
;; CHECK-NEXT: %l4 = alloca ptr
;; CHECK-NEXT: %l5 = alloca ptr
;; CHECK-NEXT: store i32 %0, ptr %p0
;; CHECK-NEXT: store double %1, ptr %p1
;; CHECK-NEXT: store i64 0, ptr %l2
;; CHECK-NEXT: store float 0.000000e+00, ptr %l3
;; CHECK-NEXT: store ptr null, ptr %l4
;; CHECK-NEXT: store ptr null, ptr %l5
;; CHECK-NEXT: %frame = call ptr @llvm.frameaddress.p0(i32 0)
;; CHECK-NEXT: [[SP:%.*]] = ptrtoint ptr %frame to i64
;; CHECK-NEXT: [[LIM:%.*]] = getelementptr inbounds i8, ptr %vmctx, i64 16
;; CHECK-NEXT: %stack_limit = load i64, ptr [[LIM]], align 8, !tbaa
;; CHECK-NEXT: %stack.below = icmp ult i64 [[SP]], %stack_limit
;; CHECK-NEXT: br i1 %stack.below, label %stack.check, label %body, !prof ![[COLD:[0-9]+]]
;; Below the limit, the runtime traps, or sets this thread's limit (one not
;; set yet in this call, or another thread's) and the function goes on.
;; CHECK: stack.check:
;; CHECK-NEXT: call void @wasmc_rt_stack_check(ptr %vmctx)
;; CHECK-NEXT: br label %body

;; CHECK: declare void @wasmc_rt_stack_check(ptr) #[[CHECK:[0-9]+]]

;; The trampoline is not Wasm code: no section. Its call is an invoke whose
;; pad, outside Wasm code, ends the search for a Wasm exception's handler at
;; the entry (docs/architecture.md, "Exceptions"); the pad is never entered.
;; CHECK-LABEL: define internal void @wasmc_tramp_0(
;; CHECK-SAME: ptr %vmctx, ptr %args) #[[TRAMP:[0-9]+]] personality ptr @wasmc_rt_personality {
;; CHECK: [[A0:%.*]] = getelementptr inbounds i8, ptr %args, i64 0
;; CHECK-NEXT: %arg0 = load i32, ptr [[A0]], align 4
;; CHECK-NEXT: [[A1:%.*]] = getelementptr inbounds i8, ptr %args, i64 16
;; CHECK-NEXT: %arg1 = load double, ptr [[A1]], align 8
;; CHECK-NEXT: [[R:%.*]] = invoke tailcc i32 @wasm_func_0(ptr %vmctx, i32 %arg0, double %arg1) #[[NOINLINE:[0-9]+]]
;; CHECK-NEXT: to label %[[CONT:.*]] unwind label %entry.barrier
;; CHECK: [[CONT]]:
;; CHECK-NEXT: [[S:%.*]] = getelementptr inbounds i8, ptr %args, i64 0
;; CHECK-NEXT: store i32 [[R]], ptr [[S]], align 4
;; CHECK-NEXT: ret void
;; CHECK: entry.barrier:
;; CHECK-NEXT: landingpad { ptr, i32 }
;; CHECK-NEXT: catch ptr null
;; CHECK-NEXT: call void @llvm.trap()
;; CHECK: declare extern_weak i32 @wasmc_rt_personality(...)

;; CHECK-DAG: attributes #[[WASM]] = { "disable-tail-calls"="true" "frame-pointer"="all" "probe-stack"="inline-asm" }
;; CHECK-DAG: attributes #[[TRAMP]] = { nounwind "frame-pointer"="all" }
;; CHECK-DAG: attributes #[[CHECK]] = { cold nounwind }
;; CHECK-DAG: attributes #[[NOINLINE]] = { noinline }
;; CHECK-DAG: ![[COLD]] = !{!"branch_weights", i32 1, i32 1048576}

;; Optimised, the locals are gone but the check and the section stay.
;; O2-LABEL: define internal tailcc i32 @wasm_func_0(
;; O2-SAME: section "wasmc_text"
;; O2-NOT: alloca
;; O2: @llvm.frameaddress.p0(i32 0)
;; O2: br i1 %stack.below, label %stack.check, label %body
;; O2: ret i32 %0
