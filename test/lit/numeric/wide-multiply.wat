;; A 64x64->128-bit product built from 32-bit halves, as __multi3 computes
;; it for C's unsigned __int128 and Rust's u128, is one i128 multiply from
;; -O1 on (compiler/codegen/WideMultiply.h): compiler-rt's ladder ($ladder,
;; the body clang's wasm32 runtime library has) and compiler-builtins'
;; carry form ($carry, Rust's). A sum that differs in one mask
;; ($near_miss) is not the product and stays as it is. _start compares both
;; forms with a bit-by-bit shift-and-add multiply over edge values and
;; pseudo-random operands, and exits with the number of the first mismatch.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O2 %t.wasm -o - | FileCheck %s --check-prefix=IR
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2
;; RUN: wasmc -O1 %t.wasm -o %t.O1
;; RUN: %t.O1
;; RUN: wasmc -O0 %t.wasm -o %t.O0
;; RUN: %t.O0

;; IR-LABEL: define internal void @wasm_func_1(
;; IR:       mul nuw i128
;; IR-NOT:   lshr i64
;; IR:       ret void
;; IR-LABEL: define internal void @wasm_func_2(
;; IR:       mul nuw i128
;; IR-NOT:   icmp
;; IR:       ret void
;; IR-LABEL: define internal void @wasm_func_3(
;; IR-NOT:   i128
;; IR:       ret void

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)

  ;; compiler-rt's __multi3 as clang-19 compiles it for wasm32:
  ;; [0] = low 64 bits, [8] = high 64 bits of (a_hi:a_lo) * (b_hi:b_lo).
  (func $ladder (param i32 i64 i64 i64 i64)
    (local i64)
    local.get 0
    local.get 4  local.get 1  i64.mul
    local.get 2  local.get 3  i64.mul
    i64.add
    local.get 3  i64.const 32  i64.shr_u  local.tee 2
    local.get 1  i64.const 32  i64.shr_u  local.tee 4
    i64.mul
    i64.add
    local.get 3  i64.const 4294967295  i64.and  local.tee 3
    local.get 1  i64.const 4294967295  i64.and  local.tee 1
    i64.mul
    local.tee 5
    i64.const 32  i64.shr_u
    local.get 3  local.get 4  i64.mul
    i64.add
    local.tee 3
    i64.const 32  i64.shr_u
    i64.add
    local.get 3  i64.const 4294967295  i64.and
    local.get 2  local.get 1  i64.mul
    i64.add
    local.tee 1
    i64.const 32  i64.shr_u
    i64.add
    i64.store offset=8
    local.get 0
    local.get 1  i64.const 32  i64.shl
    local.get 5  i64.const 4294967295  i64.and
    i64.or
    i64.store)

  ;; Rust compiler-builtins' __multi3, as in Rust's wasm32-wasip1 std.
  (func $carry (param i32 i64 i64 i64 i64)
    (local i64 i64 i64 i64 i64 i64)
    local.get 0
    local.get 3  i64.const 4294967295  i64.and  local.tee 5
    local.get 1  i64.const 4294967295  i64.and  local.tee 6
    i64.mul
    local.tee 7
    local.get 3  i64.const 32  i64.shr_u  local.tee 8
    local.get 6
    i64.mul
    local.tee 6
    local.get 5
    local.get 1  i64.const 32  i64.shr_u  local.tee 9
    i64.mul
    i64.add
    local.tee 5
    i64.const 32  i64.shl
    i64.add
    local.tee 10
    i64.store
    local.get 0
    local.get 8  local.get 9  i64.mul
    local.get 5  local.get 6  i64.lt_u  i64.extend_i32_u  i64.const 32  i64.shl
    local.get 5  i64.const 32  i64.shr_u
    i64.or
    i64.add
    local.get 10  local.get 7  i64.lt_u  i64.extend_i32_u
    i64.add
    local.get 4  local.get 1  i64.mul
    local.get 3  local.get 2  i64.mul
    i64.add
    i64.add
    i64.store offset=8)

  ;; $ladder's high half with the second mask one bit short.
  (func $near_miss (param i32 i64 i64)
    (local i64 i64 i64)
    local.get 0
    local.get 2  i64.const 32  i64.shr_u  local.tee 3
    local.get 1  i64.const 32  i64.shr_u  local.tee 4
    i64.mul
    local.get 2  i64.const 4294967295  i64.and  local.tee 5
    local.get 1  i64.const 4294967295  i64.and
    i64.mul
    i64.const 32  i64.shr_u
    local.get 5  local.get 4  i64.mul
    i64.add
    local.tee 5
    i64.const 32  i64.shr_u
    i64.add
    local.get 5  i64.const 4294967294  i64.and
    local.get 3  local.get 1  i64.const 4294967295  i64.and  i64.mul
    i64.add
    i64.const 32  i64.shr_u
    i64.add
    i64.store offset=8)

  ;; The reference: (a_hi:a_lo) * (b_hi:b_lo) mod 2^128 one bit of b_lo at
  ;; a time, plus the upper parts' products, into [16] and [24].
  (func $reference (param $alo i64) (param $ahi i64) (param $blo i64) (param $bhi i64)
    (local $lo i64) (local $hi i64) (local $i i64) (local $add i64)
    (block $done
      (loop $bits
        (br_if $done (i64.eq (local.get $i) (i64.const 64)))
        (if (i64.ne (i64.and (i64.shr_u (local.get $blo) (local.get $i)) (i64.const 1)) (i64.const 0))
          (then
            (local.set $add (i64.shl (local.get $alo) (local.get $i)))
            (local.set $lo (i64.add (local.get $lo) (local.get $add)))
            (if (i64.lt_u (local.get $lo) (local.get $add))
              (then (local.set $hi (i64.add (local.get $hi) (i64.const 1)))))
            (if (i64.ne (local.get $i) (i64.const 0))
              (then (local.set $hi (i64.add (local.get $hi)
                (i64.shr_u (local.get $alo) (i64.sub (i64.const 64) (local.get $i)))))))))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br $bits)))
    (i64.store (i32.const 16) (local.get $lo))
    (i64.store (i32.const 24)
      (i64.add (local.get $hi)
        (i64.add (i64.mul (local.get $ahi) (local.get $blo))
                 (i64.mul (local.get $alo) (local.get $bhi))))))

  (func $same (param $id i32)
    (if (i64.ne (i64.load (i32.const 0)) (i64.load (i32.const 16)))
      (then (call $exit (local.get $id))))
    (if (i64.ne (i64.load (i32.const 8)) (i64.load (i32.const 24)))
      (then (call $exit (i32.add (local.get $id) (i32.const 1))))))

  (func $check (param $alo i64) (param $ahi i64) (param $blo i64) (param $bhi i64)
    (call $reference (local.get $alo) (local.get $ahi) (local.get $blo) (local.get $bhi))
    (call $ladder (i32.const 0) (local.get $alo) (local.get $ahi) (local.get $blo) (local.get $bhi))
    (call $same (i32.const 1))
    (call $carry (i32.const 0) (local.get $alo) (local.get $ahi) (local.get $blo) (local.get $bhi))
    (call $same (i32.const 3))
    ;; Swapped operands give the same product.
    (call $ladder (i32.const 0) (local.get $blo) (local.get $bhi) (local.get $alo) (local.get $ahi))
    (call $same (i32.const 5))
    (call $carry (i32.const 0) (local.get $blo) (local.get $bhi) (local.get $alo) (local.get $ahi))
    (call $same (i32.const 7)))

  (func $edge (param $k i32) (result i64)
    (i64.load offset=64 (i32.shl (local.get $k) (i32.const 3))))
  (data (i32.const 64)
    "\00\00\00\00\00\00\00\00" "\01\00\00\00\00\00\00\00"
    "\ff\ff\ff\ff\00\00\00\00" "\00\00\00\00\01\00\00\00"
    "\ff\ff\ff\ff\ff\ff\ff\ff" "\00\00\00\00\00\00\00\80"
    "\00\00\00\00\ff\ff\ff\ff" "\ff\ff\ff\ff\fe\ff\ff\ff")

  (func (export "_start")
    (local $i i32) (local $j i32) (local $s i64) (local $a i64) (local $b i64)
    ;; Every pair of edge values, whose halves carry most.
    (loop $rows
      (local.set $j (i32.const 0))
      (loop $cols
        (call $check (call $edge (local.get $i)) (i64.const 0)
                     (call $edge (local.get $j)) (i64.const 0))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $cols (i32.lt_u (local.get $j) (i32.const 8))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $rows (i32.lt_u (local.get $i) (i32.const 8))))
    ;; xorshift64 operands, upper parts included.
    (local.set $s (i64.const 0x9e3779b97f4a7c15))
    (local.set $i (i32.const 0))
    (loop $random
      (local.set $s (i64.xor (local.get $s) (i64.shl (local.get $s) (i64.const 13))))
      (local.set $s (i64.xor (local.get $s) (i64.shr_u (local.get $s) (i64.const 7))))
      (local.set $s (i64.xor (local.get $s) (i64.shl (local.get $s) (i64.const 17))))
      (local.set $a (local.get $b))
      (local.set $b (local.get $s))
      (call $check (local.get $a) (i64.rotl (local.get $b) (i64.const 7))
                   (local.get $b) (i64.rotl (local.get $a) (i64.const 29)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $random (i32.lt_u (local.get $i) (i32.const 10000))))
    ;; The near miss keeps its own meaning: for all-ones operands the mask
    ;; drops a carry, so its high half is 2^64 - 3, not the product's 2^64 - 2.
    (call $near_miss (i32.const 0) (i64.const -1) (i64.const -1))
    (if (i64.ne (i64.load (i32.const 8)) (i64.const 0xfffffffffffffffd))
      (then (call $exit (i32.const 20))))))
