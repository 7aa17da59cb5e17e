;; An export without parameters whose function returns more than three
;; results: its trampoline's entry block is still empty when the result
;; buffer is allocated there (it used to be inserted before the block's end
;; sentinel, leaving a dangling instruction that crashed printing and the
;; verifier; found by the differential test).
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O0 --emit-llvm -S %t.wasm -o - | FileCheck %s
;; RUN: wasmc -O2 -c %t.wasm -o %t.o
;; CHECK-LABEL: define internal void @wasmc_tramp_0(
;; CHECK-NEXT:  entry:
;; CHECK-NEXT:    %call.results = alloca { i64, double, double, i32, double }
;; CHECK-NEXT:    invoke tailcc void @wasm_func_0(ptr %vmctx, ptr %call.results)
(module
  (func (export "f") (result i64 f64 f64 i32 f64)
    i64.const 1 f64.const 2 f64.const 3 i32.const 4 f64.const 5))
