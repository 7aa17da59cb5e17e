;; Every optimisation level compiles; -O0 keeps the loop and the locals in
;; stack slots, the quick tier (-O1) puts the locals in registers but keeps
;; the loop (no loop passes), -O2 folds it.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefix=O0
;; RUN: wasmc -O1 -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefix=O1
;; RUN: wasmc -O2 -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefix=O2
;; RUN: wasmc -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefix=O2
;; RUN: wasmc -O1 -c %t.wasm -o %t.1.o
;; RUN: wasmc -O3 -c %t.wasm -o %t.3.o
;; RUN: wasmc -O0 -c %t.wasm -o %t.0.o
;; RUN: llvm-readobj --file-headers %t.0.o %t.1.o %t.3.o | FileCheck %s --check-prefix=OBJ
;; O0: define {{.*}} section "wasmc_text"
;; O0: alloca i32
;; O0: icmp ult i32
;; O1: define {{.*}} section "wasmc_text"
;; O1-NOT: alloca
;; O1: phi i32
;; O1: icmp ult i32
;; O2: define {{.*}} section "wasmc_text"
;; O2-NOT: icmp ult i32
;; O2: ret i32 55
;; OBJ-COUNT-3: Type: Relocatable
(module
  (func (export "sum") (result i32) (local i32 i32)
    (loop $l
      (local.set 0 (i32.add (local.get 0) (i32.const 1)))
      (local.set 1 (i32.add (local.get 1) (local.get 0)))
      (br_if $l (i32.lt_u (local.get 0) (i32.const 10))))
    (local.get 1)))
