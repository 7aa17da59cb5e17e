;; Out-of-bounds accesses to a 64-bit memory trap with the same report as a
;; 32-bit memory's: one past the end, at an address beyond 4 GiB, with the
;; top bit of the address set (which a zero-extended 32-bit guard scheme
;; could never see), and with address + offset wrapping around 2^64.
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm --enable-memory64 --enable-multi-memory --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: not %t 1 2>&1 | FileCheck %s --check-prefix=END
;; RUN: not %t 2 2>&1 | FileCheck %s --check-prefix=FAR
;; RUN: not %t 3 2>&1 | FileCheck %s --check-prefix=TOP
;; RUN: not %t 4 2>&1 | FileCheck %s --check-prefix=WRAP
;; RUN: %t 0
;; At -O2 the accesses are inlined into _start; the traps are the same.
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: not %t.O2 3 2>&1 | FileCheck %s --check-prefix=OPT
;; RUN: not %t.O2 4 2>&1 | FileCheck %s --check-prefix=OPT
;; RUN: %t.O2 0
;; OPT: wasm trap: out of bounds memory access
;; END:  wasm trap: out of bounds memory access
;; END-NEXT: #0 {{(0x[0-9a-f]+: )?}}load_end
;; FAR:  wasm trap: out of bounds memory access
;; FAR-NEXT: #0 {{(0x[0-9a-f]+: )?}}store_far
;; TOP:  wasm trap: out of bounds memory access
;; TOP-NEXT: #0 {{(0x[0-9a-f]+: )?}}load_top
;; WRAP: wasm trap: out of bounds memory access
;; WRAP-NEXT: #0 {{(0x[0-9a-f]+: )?}}load_wrap

(module
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get"
    (func $args_get (param i32 i32) (result i32)))
  (memory $m32 1)
  (memory $m64 i64 1)

  (func $load_end (result i32)
    ;; 4 bytes at 65533 end one byte past the page.
    (i32.load $m64 (i64.const 65533)))
  (func $store_far
    (i64.store $m64 (i64.const 0x1_4000_0000) (i64.const 1)))
  (func $load_top (result i32)
    (i32.load8_u $m64 (i64.const 0x8000_0000_0000_0000)))
  (func $load_wrap (result i32)
    (i32.load $m64 offset=16 (i64.const 0xFFFF_FFFF_FFFF_FFF8)))

  ;; The first digit of argv[1] picks the case (memory 0 holds the args).
  (func (export "_start")
    (local $which i32)
    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (drop (call $args_get (i32.const 16) (i32.const 64)))
    (local.set $which
      (i32.sub (i32.load8_u (i32.load (i32.const 20))) (i32.const 48)))
    ;; In bounds: the last 4 bytes of the page.
    (drop (i32.load $m64 (i64.const 65532)))
    (if (i32.eq (local.get $which) (i32.const 1)) (then (drop (call $load_end))))
    (if (i32.eq (local.get $which) (i32.const 2)) (then (call $store_far)))
    (if (i32.eq (local.get $which) (i32.const 3)) (then (drop (call $load_top))))
    (if (i32.eq (local.get $which) (i32.const 4)) (then (drop (call $load_wrap)))))
)
