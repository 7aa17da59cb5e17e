;; A table whose maximum equals its minimum (what wasm-ld emits) can never
;; grow, so call_indirect compares the index with that constant instead of
;; loading the size, and loads the element array pointer (and the expected
;; type id) once, in the entry block, so that a call_indirect in a loop costs
;; one load before the element's. A growable table keeps both loads where
;; the call is. The checks still trap.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s
;; RUN: wasmc -O2 %t.wasm -o %t
;; RUN: %t a; test $? -eq 7
;; RUN: not %t 2>&1 | FileCheck %s --check-prefix=NULL
;; RUN: not %t a b c 2>&1 | FileCheck %s --check-prefix=OOB
(module
  (type $v (func (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $args_sizes_get (param i32 i32) (result i32)))
  (memory 1)
  (table $fixed 3 3 funcref)
  (table $growable 3 funcref)
  (elem (table $fixed) (i32.const 1) func $seven)
  (func $seven (result i32) (i32.const 7))
  (func $call_fixed (param i32) (result i32)
    (call_indirect $fixed (type $v) (local.get 0)))
  (func $call_growable (param i32) (result i32)
    (call_indirect $growable (type $v) (local.get 0)))
  ;; The table index is the number of arguments: `%t a` calls element 1.
  (func (export "_start")
    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (call $exit (call $call_fixed (i32.sub (i32.load (i32.const 0))
                                           (i32.const 1))))))

;; CHECK-LABEL: define internal i32 @wasm_func_3(
;; CHECK-NEXT: entry:
;; CHECK-NOT: table.size
;; CHECK: %table.elems = load ptr, ptr %table0, align 8, !tbaa !{{[0-9]+}}, !invariant.load
;; CHECK: %type0.id = load i32
;; CHECK: br i1 %stack.below
;; CHECK-NOT: table.size
;; CHECK: %oob = icmp uge i32 %{{.*}}, 3
;; CHECK: %mismatch = icmp ne i32 %callee.type, %type0.id
;; CHECK-LABEL: define internal i32 @wasm_func_4(
;; CHECK: %table.size = load i32
;; CHECK: %oob = icmp uge i32 %{{.*}}, %table.size
;; CHECK: %table.elems = load ptr, ptr %table1, align 8, !tbaa !{{[0-9]+}}{{$}}

;; NULL: wasm trap: uninitialized element
;; OOB: wasm trap: undefined element
