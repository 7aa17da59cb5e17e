;; LLVM deletes a load whose value is unused, but in guard mode an
;; out-of-bounds load traps only by faulting: a dropped load is made
;; volatile so that it stays. Narrow loads are kept through their
;; extension. In explicit mode the compare-and-branch already traps, so the
;; load stays an ordinary one (and LLVM may delete it).
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O2 %t.wasm -o - | FileCheck %s --check-prefix=GUARD
;; RUN: wasmc --emit-llvm -S -O0 --bounds-checks=explicit %t.wasm -o - \
;; RUN:   | FileCheck %s --check-prefix=EXPLICIT

;; GUARD-LABEL: define internal void @wasm_func_0(
;; GUARD:       load volatile i32, ptr %{{.*}}, align 1, !tbaa
;; GUARD-LABEL: define internal void @wasm_func_1(
;; GUARD:       load volatile i8, ptr %{{.*}}, align 1, !tbaa
;; A load whose value is used stays an ordinary load.
;; GUARD-LABEL: define internal i32 @wasm_func_2(
;; GUARD:       load i32, ptr %{{.*}}, align 1, !tbaa

;; EXPLICIT-NOT: load volatile

(module
  (memory 1)
  (func (param i32) (drop (i32.load (local.get 0))))
  (func (param i32) (drop (i64.load8_s offset=7 (local.get 0))))
  (func (param i32) (result i32) (i32.load (local.get 0))))
