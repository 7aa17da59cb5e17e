;; A 64-bit memory larger than 4 GiB, used sparsely: 81921 pages (5 GiB +
;; 64 KiB) of which only a few pages are ever touched, so the run needs a
;; few hundred KiB of RAM. Stores and loads at 5 GiB, memory.size and
;; memory.grow in i64 pages, memory.fill/copy beyond 4 GiB, in both
;; bounds-check modes (64-bit memories are checked explicitly in both).
;; _start exits with the number of the first failed check, 0 when all pass.
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm --enable-memory64 %s -o %t.wasm
;; RUN: wasmc -O2 %t.wasm -o %t.guard
;; RUN: %t.guard
;; RUN: wasmc -O0 --bounds-checks=explicit %t.wasm -o %t.explicit
;; RUN: %t.explicit

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory i64 81921)

  (func $check (param $ok i32) (param $id i32)
    (if (i32.eqz (local.get $ok)) (then (call $exit (local.get $id)))))

  (func (export "_start")
    ;; 5 GiB = 0x1_4000_0000.
    (i64.store (i64.const 0x1_4000_0000) (i64.const 0x1122334455667788))
    (call $check (i64.eq (i64.load (i64.const 0x1_4000_0000))
                         (i64.const 0x1122334455667788)) (i32.const 1))
    ;; The offset immediate is a u64 too.
    (call $check (i32.eq (i32.load8_u offset=0xFFFF_FFFF (i64.const 0x4000_0008))
                         (i32.const 0x11)) (i32.const 2))
    ;; Untouched pages read as zero, at both ends of the 4 GiB boundary.
    (call $check (i64.eqz (i64.load (i64.const 0xFFFF_FFF8))) (i32.const 3))
    (call $check (i64.eqz (i64.load (i64.const 0x1_0000_0000))) (i32.const 4))
    ;; The last byte of the memory.
    (i32.store8 (i64.const 0x1_4000_FFFF) (i32.const 0x5a))
    (call $check (i32.eq (i32.load8_u (i64.const 0x1_4000_FFFF)) (i32.const 0x5a))
                 (i32.const 5))
    (call $check (i64.eq (memory.size) (i64.const 81921)) (i32.const 6))
    (call $check (i64.eq (memory.grow (i64.const 1)) (i64.const 81921)) (i32.const 7))
    (i32.store (i64.const 0x1_4001_0000) (i32.const 42))
    (call $check (i32.eq (i32.load (i64.const 0x1_4001_0000)) (i32.const 42))
                 (i32.const 8))
    ;; Bulk operations with 64-bit addresses and lengths.
    (memory.fill (i64.const 0x1_2000_0000) (i32.const 0xab) (i64.const 16))
    (memory.copy (i64.const 0x10) (i64.const 0x1_2000_0000) (i64.const 16))
    (call $check (i32.eq (i32.load (i64.const 0x1c)) (i32.const 0xabababab))
                 (i32.const 9))
    (call $exit (i32.const 0)))
)
