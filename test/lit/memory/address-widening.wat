;; clang's wasm32 loops may count a negative i32 up to 0 and address
;; `i + base`, an i32 add that wraps on purpose. Where ScalarEvolution proves
;; the sum never overflows as a signed add and is never negative, it is
;; widened to an i64 sum without masks (compiler/codegen/AddressWidening.h),
;; and the loop vectorises as its native source does. Sums that wrap keep
;; their Wasm meaning: one that wraps into bounds reads there, one that
;; wraps out of bounds traps.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O2 %t.wasm -o - | FileCheck %s --check-prefix=IR
;; RUN: wasmc -O2 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s --check-prefix=OUT < %t.out

;; IR-LABEL: define internal void @wasm_func_1(
;; IR:       vector.body:
;; IR:       add <4 x i32>
;; IR-NOT:   and i64 {{.*}}, 4294967
;; IR-LABEL: define internal i32 @wasm_func_2(

;; OUT:      wasm trap: out of bounds memory access
;; OUT:      exit code: 134

(module
  (memory 1)
  ;; mem[a] = a for every aligned a below 32 KiB.
  (func $fill (local $a i32)
    (loop $l
      (i32.store (local.get $a) (local.get $a))
      (local.set $a (i32.add (local.get $a) (i32.const 4)))
      (br_if $l (i32.ne (local.get $a) (i32.const 32768)))))
  ;; for (i = -1024; i != 0; i += 4) mem[i + 20480] = mem[i + 4096] + mem[i + 8192]
  (func $neg (local $i i32)
    (local.set $i (i32.const -1024))
    (loop $l
      (i32.store (i32.add (local.get $i) (i32.const 20480))
        (i32.add (i32.load (i32.add (local.get $i) (i32.const 4096)))
                 (i32.load (i32.add (local.get $i) (i32.const 8192)))))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br_if $l (local.get $i))))
  ;; The sum of mem[a] for a in [lo, hi), step 4.
  (func $sum (param $lo i32) (param $hi i32) (result i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load (local.get $lo))))
      (local.set $lo (i32.add (local.get $lo) (i32.const 4)))
      (br_if $l (i32.ne (local.get $lo) (local.get $hi))))
    (local.get $s))
  ;; 0x7fffff00 + 0x80000200 wraps to 0x100: reads mem[0x100..0x13c].
  (func $wrap (result i32) (local $i i32) (local $s i32)
    (local.set $i (i32.const 0x7fffff00))
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.load (i32.add (local.get $i) (i32.const 0x80000200)))))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br_if $l (i32.ne (local.get $i) (i32.const 0x7fffff40))))
    (local.get $s))
  ;; -1024 + 512 wraps to 0xfffffe00: out of bounds.
  (func $oob (result i32) (local $i i32) (local $s i32)
    (local.set $i (i32.const -1024))
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.load (i32.add (local.get $i) (i32.const 512)))))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br_if $l (local.get $i)))
    (local.get $s))
  (func (export "_start")
    (call $fill)
    (call $neg)
    ;; sum over i of 2i + 12288 = 2882560
    (if (i32.ne (call $sum (i32.const 19456) (i32.const 20480))
                (i32.const 2882560))
      (then unreachable))
    ;; 16 * 256 + 4 * (0 + ... + 15) = 4576
    (if (i32.ne (call $wrap) (i32.const 4576)) (then unreachable))
    (drop (call $oob))))
