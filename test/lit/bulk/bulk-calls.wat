;; Bulk memory and table operations are rtlib calls with the arguments in
;; abi.h's order: vmctx, the immediates (memory/table first), then the
;; operands in stack order. Addresses and lengths in memories and tables
;; are i64 in the entry points: a 32-bit memory's or table's are
;; zero-extended (offsets into segments stay i32).
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O0 %t.wasm -o - | FileCheck %s

;; memory.init $d1: (mem 0, data 1, dst, src, len)
;; CHECK-LABEL: define internal tailcc void @wasm_func_0(
;; CHECK:       [[DST:%.*]] = load i32
;; CHECK-NEXT:  [[SRC:%.*]] = load i32
;; CHECK-NEXT:  [[LEN:%.*]] = load i32
;; CHECK-NEXT:  [[DST64:%.*]] = zext i32 [[DST]] to i64
;; CHECK-NEXT:  call void @wasmc_rt_memory_init(ptr %vmctx, i32 0, i32 1, i64 [[DST64]], i32 [[SRC]], i32 [[LEN]])
;; CHECK-NEXT:  call void @wasmc_rt_data_drop(ptr %vmctx, i32 1)
;; memory.copy: (dst mem, src mem, dst, src, len); memory.fill: (mem, dst, value, len)
;; CHECK-LABEL: define internal void @wasm_func_1(
;; CHECK:       [[DST:%.*]] = load i32
;; CHECK-NEXT:  [[SRC:%.*]] = load i32
;; CHECK-NEXT:  [[LEN:%.*]] = load i32
;; CHECK-NEXT:  [[DST64:%.*]] = zext i32 [[DST]] to i64
;; CHECK-NEXT:  [[SRC64:%.*]] = zext i32 [[SRC]] to i64
;; CHECK-NEXT:  [[LEN64:%.*]] = zext i32 [[LEN]] to i64
;; CHECK-NEXT:  call void @wasmc_rt_memory_copy(ptr %vmctx, i32 0, i32 0, i64 [[DST64]], i64 [[SRC64]], i64 [[LEN64]])
;; CHECK:       [[DST:%.*]] = load i32
;; CHECK-NEXT:  [[SRC:%.*]] = load i32
;; CHECK-NEXT:  [[LEN:%.*]] = load i32
;; CHECK-NEXT:  [[DST64:%.*]] = zext i32 [[DST]] to i64
;; CHECK-NEXT:  [[LEN64:%.*]] = zext i32 [[LEN]] to i64
;; CHECK-NEXT:  call void @wasmc_rt_memory_fill(ptr %vmctx, i32 0, i64 [[DST64]], i32 [[SRC]], i64 [[LEN64]])
;; table.init $e1 on table 1: (table 1, elem 1, dst, src, len)
;; CHECK-LABEL: define internal void @wasm_func_2(
;; CHECK:       [[DST:%.*]] = load i32
;; CHECK-NEXT:  [[SRC:%.*]] = load i32
;; CHECK-NEXT:  [[LEN:%.*]] = load i32
;; CHECK-NEXT:  [[DST64:%.*]] = zext i32 [[DST]] to i64
;; CHECK-NEXT:  call void @wasmc_rt_table_init(ptr %vmctx, i32 1, i32 1, i64 [[DST64]], i32 [[SRC]], i32 [[LEN]])
;; CHECK-NEXT:  call void @wasmc_rt_elem_drop(ptr %vmctx, i32 1)
;; table.copy from table 0 to table 1: (dst table 1, src table 0, dst, src, len)
;; CHECK:       [[DST:%.*]] = load i32
;; CHECK-NEXT:  [[SRC:%.*]] = load i32
;; CHECK-NEXT:  [[LEN:%.*]] = load i32
;; CHECK-NEXT:  [[DST64:%.*]] = zext i32 [[DST]] to i64
;; CHECK-NEXT:  [[SRC64:%.*]] = zext i32 [[SRC]] to i64
;; CHECK-NEXT:  [[LEN64:%.*]] = zext i32 [[LEN]] to i64
;; CHECK-NEXT:  call void @wasmc_rt_table_copy(ptr %vmctx, i32 1, i32 0, i64 [[DST64]], i64 [[SRC64]], i64 [[LEN64]])

(module
  (memory 1)
  (table $t0 4 funcref)
  (table $t1 4 funcref)
  (data $d0 "ab")
  (data $d1 "cd")
  (elem $e0 funcref)
  (elem $e1 funcref (ref.func 0))
  (func (param i32 i32 i32)
    (memory.init $d1 (local.get 0) (local.get 1) (local.get 2))
    (data.drop $d1))
  (func (param i32 i32 i32)
    (memory.copy (local.get 0) (local.get 1) (local.get 2))
    (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (param i32 i32 i32)
    (table.init $t1 $e1 (local.get 0) (local.get 1) (local.get 2))
    (elem.drop $e1)
    (table.copy $t1 $t0 (local.get 0) (local.get 1) (local.get 2))))
