;; Table and reference instructions. References are pointers (null is
;; ref.null); a funcref of function i is record i of vmctx->funcs (vmctx
;; offset 40, 32-byte wasmc_funcref records). table.size reads the u32 size
;; at offset 8 of the wasmc_table; the other table operations are rtlib
;; calls, which check bounds and trap. Their indices, sizes and lengths are
;; i64 for every table (table64): a 32-bit table's are zero-extended.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O0 %t.wasm -o - | FileCheck %s

;; CHECK-LABEL: define internal i32 @wasm_func_0(
;; CHECK:       [[SZ:%.*]] = getelementptr i8, ptr %{{.*}}, i64 8
;; CHECK-NEXT:  load i32, ptr [[SZ]], align 4
;; CHECK-LABEL: define internal ptr @wasm_func_1(
;; CHECK:       [[I:%.*]] = zext i32 %{{.*}} to i64
;; CHECK-NEXT:  call ptr @wasmc_rt_table_get(ptr %vmctx, i32 1, i64 [[I]])
;; CHECK-LABEL: define internal void @wasm_func_2(
;; CHECK:       call void @wasmc_rt_table_set(ptr %vmctx, i32 0, i64 [[I:%.*]], ptr [[R:%.*]])
;; CHECK-LABEL: define internal i32 @wasm_func_3(
;; CHECK:       [[OLD:%.*]] = call i64 @wasmc_rt_table_grow(ptr %vmctx, i32 1, ptr null, i64 [[N:%.*]])
;; CHECK-NEXT:  trunc i64 [[OLD]] to i32
;; CHECK-LABEL: define internal void @wasm_func_4(
;; CHECK:       call void @wasmc_rt_table_fill(ptr %vmctx, i32 1, i64 [[D:%.*]], ptr null, i64 [[L:%.*]])
;; CHECK-LABEL: define internal tailcc ptr @wasm_func_5(
;; CHECK:       [[P:%.*]] = getelementptr inbounds i8, ptr %vmctx, i64 40
;; CHECK-NEXT:  [[FUNCS:%.*]] = load ptr, ptr [[P]]
;; CHECK-NEXT:  getelementptr inbounds nuw i8, ptr [[FUNCS]], i64 160
;; CHECK-LABEL: define internal i32 @wasm_func_6(
;; CHECK:       [[NULL:%.*]] = icmp eq ptr %{{.*}}, null
;; CHECK-NEXT:  zext i1 [[NULL]] to i32

(module
  (table $funcs 2 funcref)
  (table $ext 3 externref)
  (func (result i32) (table.size $ext))
  (func (param i32) (result externref) (table.get $ext (local.get 0)))
  (func (param i32 funcref) (table.set $funcs (local.get 0) (local.get 1)))
  (func (param i32) (result i32) (table.grow $ext (ref.null extern) (local.get 0)))
  (func (param i32 i32) (table.fill $ext (local.get 0) (ref.null extern) (local.get 1)))
  (func (result funcref) (ref.func 5))
  (func (param externref) (result i32) (ref.is_null (local.get 0)))
  (elem declare func 5))
