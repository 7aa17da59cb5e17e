;; Several memories end to end, in both bounds-check modes: each memory has
;; its own contents, size and growth; data segments, memory.copy between
;; memories, fill and init name theirs; a store to one never shows in
;; another. _start exits with the number of the first failed check, 0 when
;; all pass.
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm --enable-multi-memory %s -o %t.wasm
;; RUN: wasmc -O2 %t.wasm -o %t.guard
;; RUN: %t.guard
;; RUN: wasmc -O2 --bounds-checks=explicit %t.wasm -o %t.explicit
;; RUN: %t.explicit
;; RUN: wasmc -O0 %t.wasm -o %t.O0
;; RUN: %t.O0

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory $a 1)
  (memory $b 1 3)
  (memory $c 2)
  (data (memory $b) (i32.const 8) "\01\02\03\04")
  (data (memory $c) (i32.const 65536) "\aa\bb")
  (data $passive "wxyz")

  (func $check (param $ok i32) (param $id i32)
    (if (i32.eqz (local.get $ok)) (then (call $exit (local.get $id)))))

  (func (export "_start")
    ;; Segments went to their memories only.
    (call $check (i32.eq (i32.load $b (i32.const 8)) (i32.const 0x04030201)) (i32.const 1))
    (call $check (i32.eqz (i32.load $a (i32.const 8))) (i32.const 2))
    (call $check (i32.eq (i32.load16_u $c (i32.const 65536)) (i32.const 0xbbaa)) (i32.const 3))
    ;; Stores are per memory.
    (i64.store $a (i32.const 100) (i64.const 0x1122334455667788))
    (i64.store $c offset=4 (i32.const 96) (i64.const 7))
    (call $check (i64.eq (i64.load $a (i32.const 100)) (i64.const 0x1122334455667788)) (i32.const 4))
    (call $check (i64.eq (i64.load $c (i32.const 100)) (i64.const 7)) (i32.const 5))
    (call $check (i64.eqz (i64.load $b (i32.const 100))) (i32.const 6))
    ;; Sizes and growth are per memory; $b's maximum is its own.
    (call $check (i32.eq (memory.size $a) (i32.const 1)) (i32.const 7))
    (call $check (i32.eq (memory.size $c) (i32.const 2)) (i32.const 8))
    (call $check (i32.eq (memory.grow $b (i32.const 2)) (i32.const 1)) (i32.const 9))
    (call $check (i32.eq (memory.grow $b (i32.const 1)) (i32.const -1)) (i32.const 10))
    (call $check (i32.eq (memory.size $b) (i32.const 3)) (i32.const 11))
    (call $check (i32.eq (memory.size $a) (i32.const 1)) (i32.const 12))
    ;; The grown pages of $b are usable; $a's are not there.
    (i32.store $b (i32.const 131072) (i32.const 42))
    (call $check (i32.eq (i32.load $b (i32.const 131072)) (i32.const 42)) (i32.const 13))
    ;; memory.copy from $b to $a, fill in $c, init into $b.
    (memory.copy $a $b (i32.const 200) (i32.const 8) (i32.const 4))
    (call $check (i32.eq (i32.load $a (i32.const 200)) (i32.const 0x04030201)) (i32.const 14))
    (memory.fill $c (i32.const 300) (i32.const 0x5a) (i32.const 4))
    (call $check (i32.eq (i32.load $c (i32.const 300)) (i32.const 0x5a5a5a5a)) (i32.const 15))
    (call $check (i32.eqz (i32.load $a (i32.const 300))) (i32.const 16))
    (memory.init $b $passive (i32.const 400) (i32.const 0) (i32.const 4))
    (call $check (i32.eq (i32.load8_u $b (i32.const 403)) (i32.const 0x7a)) (i32.const 17))
    ;; SIMD loads and stores and lane accesses name their memory too.
    (v128.store $c (i32.const 500) (v128.load $b (i32.const 400)))
    (call $check (i32.eq (i32.load $c (i32.const 500)) (i32.const 0x7a797877)) (i32.const 18))
    (v128.store8_lane $a 3 (i32.const 600) (v128.load $c (i32.const 500)))
    (call $check (i32.eq (i32.load8_u $a (i32.const 600)) (i32.const 0x7a)) (i32.const 19))
    (call $exit (i32.const 0))))
