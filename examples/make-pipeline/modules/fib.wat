;; Returns from _start after printing fib(40) computed by tail recursion
;; (return_call: Wasm 3.0).
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func $fib (param $n i32) (param $a i64) (param $b i64) (result i64)
    (if (result i64) (i32.eqz (local.get $n))
      (then (local.get $a))
      (else (return_call $fib (i32.sub (local.get $n) (i32.const 1))
                              (local.get $b)
                              (i64.add (local.get $a) (local.get $b))))))
  (func (export "_start")
    (local $n i64) (local $p i32)
    (local.set $n (call $fib (i32.const 40) (i64.const 0) (i64.const 1)))
    (local.set $p (i32.const 63))
    (i32.store8 (i32.const 63) (i32.const 10))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i64.store8 (local.get $p)
        (i64.add (i64.const 48) (i64.rem_u (local.get $n) (i64.const 10))))
      (local.set $n (i64.div_u (local.get $n) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $n) (i64.const 0))))
    (i32.store (i32.const 0) (local.get $p))
    (i32.store (i32.const 4) (i32.sub (i32.const 64) (local.get $p)))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
