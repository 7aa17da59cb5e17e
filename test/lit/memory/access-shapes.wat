;; How each load and store form is lowered: the access type in memory, the
;; sign or zero extension of narrow loads, the truncation of narrow stores,
;; byte alignment whatever the alignment hint (it is only a hint), linear-
;; memory TBAA, the volatile that keeps each load alive in guard mode at -O0
;; (see dropped-load.wat), and memory.size/memory.grow.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O0 %t.wasm -o - | FileCheck %s

;; CHECK-LABEL: define internal i64 @wasm_func_0(
;; CHECK:       [[V:%.*]] = load volatile i16, ptr %{{.*}}, align 1, !tbaa [[MEM:![0-9]+]]
;; CHECK-NEXT:  sext i16 [[V]] to i64
;; CHECK-LABEL: define internal i64 @wasm_func_1(
;; CHECK:       [[V:%.*]] = load volatile i32, ptr %{{.*}}, align 1, !tbaa [[MEM]]
;; CHECK-NEXT:  zext i32 [[V]] to i64
;; CHECK-LABEL: define internal i32 @wasm_func_2(
;; CHECK:       [[V:%.*]] = load volatile i8, ptr %{{.*}}, align 1, !tbaa [[MEM]]
;; CHECK-NEXT:  sext i8 [[V]] to i32
;; CHECK-LABEL: define internal float @wasm_func_3(
;; CHECK:       load volatile float, ptr %{{.*}}, align 1, !tbaa [[MEM]]
;; CHECK-LABEL: define internal void @wasm_func_4(
;; CHECK:       [[T:%.*]] = trunc i64 %{{.*}} to i16
;; CHECK:       store i16 [[T]], ptr %{{.*}}, align 1, !tbaa [[MEM]]
;; CHECK-LABEL: define internal void @wasm_func_5(
;; CHECK:       store double %{{.*}}, ptr %{{.*}}, align 1, !tbaa [[MEM]]

;; memory.size: the byte size from the wasmc_memory, in 64 KiB pages.
;; CHECK-LABEL: define internal i32 @wasm_func_6(
;; CHECK:       [[PAGES:%.*]] = lshr i64 %{{.*}}, 16
;; CHECK-NEXT:  trunc i64 [[PAGES]] to i32
;; memory.grow: rtlib commits the pages; (vmctx, memory 0, delta), with
;; the i64 page counts of every memory (-1 truncates to i32 -1).
;; CHECK-LABEL: define internal i32 @wasm_func_7(
;; CHECK:       [[DELTA:%.*]] = zext i32 %{{.*}} to i64
;; CHECK-NEXT:  [[OLD:%.*]] = call i64 @wasmc_rt_memory_grow(ptr %vmctx, i32 0, i64 [[DELTA]])
;; CHECK-NEXT:  trunc i64 [[OLD]] to i32

;; CHECK: [[MEM]] = !{[[MEMTY:![0-9]+]], [[MEMTY]], i64 0}
;; CHECK: [[MEMTY]] = !{!"wasm linear memory"

(module
  (memory 1 3)
  (func (param i32) (result i64) (i64.load16_s align=2 (local.get 0)))
  (func (param i32) (result i64) (i64.load32_u (local.get 0)))
  (func (param i32) (result i32) (i32.load8_s (local.get 0)))
  (func (param i32) (result f32) (f32.load align=4 (local.get 0)))
  (func (param i32 i64) (i64.store16 (local.get 0) (local.get 1)))
  (func (param i32 f64) (f64.store align=8 (local.get 0) (local.get 1)))
  (func (result i32) (memory.size))
  (func (param i32) (result i32) (memory.grow (local.get 0))))
