;; A loop that adds its counter to a pointer it was given (jacobi2d's
;; `Src[i][j]` as clang's wasm32 code computes it) cannot be proven not to
;; wrap in 32 bits, but it can be checked before the loop starts: the loop
;; is versioned (compiler/codegen/AddressWidening.h), the copy for sums
;; that stay below 2^32 vectorises, and the copy that keeps the wrapping
;; Wasm arithmetic runs when one does not, trapping where Wasm says.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O2 %t.wasm -o - | FileCheck %s --check-prefix=IR
;; RUN: wasmc --emit-llvm -S -O1 %t.wasm -o - | FileCheck %s --check-prefix=O1
;; RUN: wasmc -O2 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s --check-prefix=OUT < %t.out

;; IR-LABEL: define internal i32 @wasm_func_1(
;; IR:       br i1 %{{.*}}, label %{{.*}}, label %[[WRAPS:[a-z.]*wraps]], !prof
;; IR:       vector.body:
;; IR:       add <4 x i32>
;; IR:       [[WRAPS]]:
;; IR:       zext i32 %{{.*}} to i64
;; IR:       !{!"wasmc.address.wraps"}
;; -O1 does not vectorise, so it does not version either.
;; O1-NOT:   .wraps

;; OUT:      wasm trap: out of bounds memory access
;; OUT-NEXT:   #0 {{.*}}<wasm function 1>
;; OUT:      exit code: 134

(module
  (memory 1)
  ;; mem[a] = a for every aligned a below 32 KiB.
  (func $fill (local $a i32)
    (loop $l
      (i32.store (local.get $a) (local.get $a))
      (local.set $a (i32.add (local.get $a) (i32.const 4)))
      (br_if $l (i32.ne (local.get $a) (i32.const 32768)))))
  ;; The sum of mem[p + i] for i = -1024, -1020, ..., -4.
  (func $sum_from (param $p i32) (result i32) (local $i i32) (local $s i32)
    (local.set $i (i32.const -1024))
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.load (i32.add (local.get $p) (local.get $i)))))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br_if $l (local.get $i)))
    (local.get $s))
  (func (export "_start")
    (call $fill)
    ;; 1024 + 1028 + ... + 2044 = 392704
    (if (i32.ne (call $sum_from (i32.const 2048)) (i32.const 392704))
      (then unreachable))
    ;; 0 + 4 + ... + 1020 = 130560
    (if (i32.ne (call $sum_from (i32.const 1024)) (i32.const 130560))
      (then unreachable))
    ;; 512 - 1024 wraps to 0xfffffe00: out of bounds in the first iteration.
    (drop (call $sum_from (i32.const 512)))))
