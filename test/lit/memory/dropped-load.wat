;; LLVM deletes a load whose value is unused, but in guard mode an
;; out-of-bounds load traps only by faulting. Every guard-mode load therefore
;; feeds an empty asm statement (no instruction, but a side effect), whether
;; its value is dropped, stored to a dead local or used. At -O0 the load is
;; volatile instead: nothing optimises it away either, and FastISel, which
;; cannot select inline asm, selects it. In explicit mode the
;; compare-and-branch already traps, so loads stay ordinary (and LLVM may
;; delete dead ones).
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O2 %t.wasm -o - | FileCheck %s --check-prefix=GUARD
;; RUN: wasmc --emit-llvm -S -O0 --bounds-checks=explicit %t.wasm -o - \
;; RUN:   | FileCheck %s --check-prefix=EXPLICIT
;; RUN: wasmc --emit-llvm -S -O0 %t.wasm -o - | FileCheck %s --check-prefix=GUARD0
;; RUN: wasmc -O2 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s --check-prefix=TRAP < %t.out
;; RUN: wasmc -O0 %t.wasm -o %t0
;; RUN: %t0 > %t0.out 2>&1 || echo "exit code: $?" >> %t0.out
;; RUN: FileCheck %s --check-prefix=TRAP < %t0.out
;; The object code keeps the dropped load at -O0 too.
;; RUN: wasmc -c -O0 %t.wasm -o %t0.o
;; RUN: llvm-objdump -d --no-show-raw-insn %t0.o | FileCheck %s --check-prefix=ASM0

;; GUARD-LABEL: define internal void @wasm_func_0(
;; GUARD:       [[V:%.*]] = load i32, ptr %{{.*}}, align 1, !tbaa
;; GUARD-NEXT:  call void asm sideeffect "", "r"(i32 [[V]]) #[[KEEP:[0-9]+]]
;; GUARD-LABEL: define internal void @wasm_func_1(
;; GUARD:       [[N:%.*]] = load i8, ptr %{{.*}}, align 1, !tbaa
;; GUARD-NEXT:  call void asm sideeffect "", "r"(i8 [[N]])
;; GUARD-LABEL: define internal void @wasm_func_2(
;; GUARD:       [[F:%.*]] = load double, ptr %{{.*}}, align 1, !tbaa
;; GUARD-NEXT:  call void asm sideeffect "", "x"(double [[F]])
;; A used load keeps its use too: LLVM may still delete the use it sees.
;; GUARD-LABEL: define internal i32 @wasm_func_3(
;; GUARD:       [[U:%.*]] = load i32, ptr %{{.*}}, align 1, !tbaa
;; GUARD-NEXT:  call void asm sideeffect "", "r"(i32 [[U]])
;; The use touches no memory the program can see.
;; GUARD:       attributes #[[KEEP]] = { nounwind memory(inaccessiblemem: readwrite) }

;; GUARD0-NOT: asm sideeffect
;; GUARD0-LABEL: define internal void @wasm_func_0(
;; GUARD0:       load volatile i32, ptr %{{.*}}, align 1, !tbaa
;; GUARD0-LABEL: define internal void @wasm_func_1(
;; GUARD0:       load volatile i8, ptr %{{.*}}, align 1, !tbaa
;; GUARD0-LABEL: define internal void @wasm_func_2(
;; GUARD0:       load volatile double, ptr %{{.*}}, align 1, !tbaa

;; ASM0-LABEL: <wasm_func_0>:
;; ASM0:       movl (%r{{.*}}), %e
;; ASM0-LABEL: <wasm_func_1>:
;; ASM0:       mov{{.*}} {{(0x)?}}7(%r{{.*}}), %

;; EXPLICIT-NOT: asm sideeffect

;; TRAP:      wasm trap: out of bounds memory access
;; TRAP-NEXT:   #0 {{(0x[0-9a-f]+: )?}}<wasm function 4>
;; TRAP:      exit code: 134

(module
  (memory 1)
  (func (param i32) (drop (i32.load (local.get 0))))
  (func (param i32) (drop (i64.load8_s offset=7 (local.get 0))))
  (func (param i32) (local f64) (local.set 1 (f64.load (local.get 0))) (local.set 1 (f64.const 0)))
  (func (param i32) (result i32) (i32.load (local.get 0)))
  ;; The value goes to a local that is overwritten: still a trap.
  (func (export "_start") (local i32)
    (local.set 0 (i32.load (i32.const 70000)))
    (local.set 0 (i32.const 0))))
