;; Multi-memory: memory 0 keeps its own vmctx fields (mem0_base, mem0);
;; every other memory is reached through vmctx->memories (offset 64), its
;; base loaded once in the entry block like memory 0's (it never moves).
;; Guard mode elides the check for each 32-bit memory; explicit mode
;; compares with that memory's own size.
;; RUN: wat2wasm --enable-multi-memory %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O1 %t.wasm -o - | FileCheck %s
;; RUN: wasmc --emit-llvm -S -O1 --bounds-checks=explicit %t.wasm -o - \
;; RUN:   | FileCheck %s --check-prefix=EXPLICIT

;; CHECK-LABEL: define internal i32 @wasm_func_0(
;; CHECK:       [[MEMS:%.*]] = load ptr, ptr {{%.*}}, align 8, !tbaa {{.*}}, !invariant.load
;; CHECK:       [[MEM1:%.*]] = load ptr, ptr {{%.*}}, align 8, !tbaa {{.*}}, !invariant.load
;; CHECK:       [[BASE1:%.*]] = load ptr, ptr [[MEM1]], align 8, !tbaa {{.*}}, !invariant.load
;; CHECK-NOT:   icmp
;; CHECK:       getelementptr inbounds nuw i8, ptr [[BASE1]]
;; CHECK:       load {{(volatile )?}}i32,
;; CHECK-LABEL: define internal void @wasm_func_1(
;; CHECK-DAG:   %mem0.base = load ptr, ptr %vmctx
;; CHECK-DAG:   %mem2.base = load ptr
;; CHECK-NOT:   icmp
;; CHECK:       getelementptr inbounds nuw i8, ptr %mem2.base
;; CHECK:       store i64
;; CHECK:       getelementptr inbounds nuw i8, ptr %mem0.base
;; CHECK:       store i32
;; memory.size/grow and the bulk operations name their memories.
;; CHECK-LABEL: define internal i32 @wasm_func_2(
;; CHECK:       %mem2.size = load i64
;; CHECK:       call i64 @wasmc_rt_memory_grow(ptr %vmctx, i32 1,
;; CHECK-LABEL: define internal void @wasm_func_3(
;; CHECK:       call void @wasmc_rt_memory_copy(ptr %vmctx, i32 2, i32 1,
;; CHECK:       call void @wasmc_rt_memory_fill(ptr %vmctx, i32 1,
;; CHECK:       call void @wasmc_rt_memory_init(ptr %vmctx, i32 2, i32 0,

;; EXPLICIT-LABEL: define internal i32 @wasm_func_0(
;; EXPLICIT:       %mem1.size = load i64
;; EXPLICIT:       icmp ugt i64 %{{.*}}, %mem1.size
;; EXPLICIT:       call void @wasmc_rt_trap(ptr {{.*}}%vmctx, i32 2)

(module
  (memory 1)
  (memory $m1 1 2)
  (memory $m2 2)
  (data $d "xyz")
  (func (param i32) (result i32) (i32.load $m1 offset=4 (local.get 0)))
  (func (param i32 i64)
    (i64.store $m2 (local.get 0) (local.get 1))
    (i32.store (local.get 0) (i32.const 7)))
  (func (result i32)
    (i32.add (memory.size $m2) (memory.grow $m1 (i32.const 1))))
  (func (param i32 i32 i32)
    (memory.copy $m2 $m1 (local.get 0) (local.get 1) (local.get 2))
    (memory.fill $m1 (local.get 0) (local.get 1) (local.get 2))
    (memory.init $m2 $d (local.get 0) (local.get 1) (local.get 2))))
