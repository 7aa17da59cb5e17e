;; --epoch-interruption: the deadline is read once per call; a loop header
;; checks it with one atomic load of the epoch and a compare, and so does the
;; entry of a function that calls (recursion); a function that calls nothing
;; has no entry check. The descriptor says the code checks. Without the
;; option there are no checks at all.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --epoch-interruption -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefix=NONE

;; CHECK: @wasmc_module_descriptor = constant %wasmc_module_desc {{.*}}, i8 1, i8 0, i32 0, ptr null, ptr null }

;; CHECK-LABEL: define internal {{.*}}@wasm_func_0(
;; CHECK:       entry:
;; CHECK:         %epoch.ptr = load ptr, ptr {{.*}}, !invariant.load
;; CHECK:         %deadline = load i64
;; CHECK:       loop:
;; CHECK-NEXT:    %[[NOW:.*]] = load atomic i64, ptr %epoch.ptr monotonic
;; CHECK-NEXT:    %[[DL:.*]] = load i64, ptr %epoch.deadline
;; CHECK-NEXT:    %[[PAST:.*]] = icmp uge i64 %[[NOW]], %[[DL]]
;; CHECK-NEXT:    br i1 %[[PAST]], label %[[SLOW:.*]], label %{{.*}}, !prof
;; CHECK:       [[SLOW]]:
;; CHECK-NEXT:    %[[MOVED:.*]] = call i64 @wasmc_rt_epoch_reached(ptr %vmctx)
;; CHECK-NEXT:    store i64 %[[MOVED]], ptr %epoch.deadline

;; CHECK-LABEL: define internal {{.*}}@wasm_func_1(
;; CHECK:       body:
;; CHECK-NEXT:    load atomic i64, ptr %epoch.ptr monotonic

;; CHECK-LABEL: define internal {{.*}}@wasm_func_2(
;; CHECK-NOT:     {{load atomic|epoch_reached|epoch.ptr}}
;; CHECK:       }

;; NONE: @wasmc_module_descriptor = constant %wasmc_module_desc {{.*}}, i8 0, i32 0, ptr null, ptr null }
;; NONE-NOT: epoch

(module
  (func $spin (loop $l (br $l)))
  (func $recurse (param i32) (result i32)
    (call $recurse (local.get 0)))
  (func $leaf (param i32) (result i32)
    (i32.mul (local.get 0) (local.get 0)))
  (export "spin" (func $spin))
  (export "recurse" (func $recurse))
  (export "leaf" (func $leaf)))
