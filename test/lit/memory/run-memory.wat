;; Linear-memory semantics end to end, in both bounds-check modes: byte
;; order, unaligned accesses, narrow loads and stores, memory.size/grow and
;; the bulk operations. _start exits with the number of the first failed
;; check, 0 when all pass.
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O2 %t.wasm -o %t.guard
;; RUN: %t.guard
;; RUN: wasmc -O2 --bounds-checks=explicit %t.wasm -o %t.explicit
;; RUN: %t.explicit
;; RUN: wasmc -O0 %t.wasm -o %t.O0
;; RUN: %t.O0

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1 2)
  (data (i32.const 16) "\01\02\03\04\05\06\07\08\f0\ff")
  (data $passive "abcd")

  (func $check (param $ok i32) (param $id i32)
    (if (i32.eqz (local.get $ok)) (then (call $exit (local.get $id)))))

  (func (export "_start")
    ;; Little-endian, and unaligned (address 17) loads are fine.
    (call $check (i32.eq (i32.load (i32.const 16)) (i32.const 0x04030201)) (i32.const 1))
    (call $check (i32.eq (i32.load (i32.const 17)) (i32.const 0x05040302)) (i32.const 2))
    (call $check (i64.eq (i64.load offset=1 (i32.const 16)) (i64.const 0xf008070605040302)) (i32.const 3))
    ;; Narrow loads extend as the opcode says.
    (call $check (i32.eq (i32.load8_s (i32.const 24)) (i32.const -16)) (i32.const 4))
    (call $check (i32.eq (i32.load8_u (i32.const 24)) (i32.const 0xf0)) (i32.const 5))
    (call $check (i32.eq (i32.load16_s (i32.const 24)) (i32.const 0xfffffff0)) (i32.const 6))
    (call $check (i64.eq (i64.load16_u (i32.const 24)) (i64.const 0xfff0)) (i32.const 7))
    (call $check (i64.eq (i64.load32_s (i32.const 22)) (i64.const 0xfffffffffff00807)) (i32.const 8))
    (call $check (i64.eq (i64.load32_u (i32.const 22)) (i64.const 0xfff00807)) (i32.const 9))
    ;; Narrow stores keep the low bytes only.
    (i64.store32 (i32.const 100) (i64.const 0x1122334455667788))
    (call $check (i64.eq (i64.load (i32.const 100)) (i64.const 0x55667788)) (i32.const 10))
    (i32.store8 (i32.const 101) (i32.const 0x1ff))
    (call $check (i32.eq (i32.load (i32.const 100)) (i32.const 0x5566ff88)) (i32.const 11))
    ;; Floats go through memory bit for bit, even a signalling NaN.
    (f32.store (i32.const 200) (f32.const nan:0x123))
    (call $check (i32.eq (i32.load (i32.const 200)) (i32.const 0x7f800123)) (i32.const 12))
    ;; The last byte of the memory is accessible, at any offset split.
    (i32.store8 offset=65535 (i32.const 0) (i32.const 7))
    (call $check (i32.eq (i32.load8_u (i32.const 65535)) (i32.const 7)) (i32.const 13))
    (call $check (i32.eq (i32.load offset=65532 (i32.const 0)) (i32.const 0x07000000)) (i32.const 14))
    ;; memory.size and memory.grow, up to the declared maximum.
    (call $check (i32.eq (memory.size) (i32.const 1)) (i32.const 15))
    (call $check (i32.eq (memory.grow (i32.const 1)) (i32.const 1)) (i32.const 16))
    (call $check (i32.eq (memory.size) (i32.const 2)) (i32.const 17))
    (call $check (i32.eq (memory.grow (i32.const 1)) (i32.const -1)) (i32.const 18))
    (call $check (i32.eq (memory.grow (i32.const 0)) (i32.const 2)) (i32.const 19))
    ;; New pages are zero and usable.
    (call $check (i64.eq (i64.load (i32.const 131064)) (i64.const 0)) (i32.const 20))
    (i64.store (i32.const 131064) (i64.const -1))
    (call $check (i64.eq (i64.load (i32.const 131064)) (i64.const -1)) (i32.const 21))
    ;; Bulk memory: fill, overlapping copy in both directions, init, drop.
    (memory.fill (i32.const 300) (i32.const 0x1ab) (i32.const 8))
    (call $check (i64.eq (i64.load (i32.const 300)) (i64.const 0xabababababababab)) (i32.const 22))
    (memory.copy (i32.const 17) (i32.const 16) (i32.const 4))
    (call $check (i64.eq (i64.load (i32.const 16)) (i64.const 0x0807060403020101)) (i32.const 23))
    (memory.copy (i32.const 16) (i32.const 17) (i32.const 4))
    (call $check (i64.eq (i64.load (i32.const 16)) (i64.const 0x0807060404030201)) (i32.const 24))
    (memory.init $passive (i32.const 400) (i32.const 1) (i32.const 3))
    (call $check (i32.eq (i32.load (i32.const 400)) (i32.const 0x00646362)) (i32.const 25))
    (data.drop $passive)
    ;; A zero-length init of a dropped segment at offset 0 is allowed.
    (memory.init $passive (i32.const 0) (i32.const 0) (i32.const 0))
    (call $exit (i32.const 0))))
