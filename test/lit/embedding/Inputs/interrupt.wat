;; Every kind of point an epoch deadline stops code at: a loop header, a
;; function entry (recursion), after a host call returns, and a loop around
;; memory.grow, and a counted loop too long to run without its check
;; (CheckVersioning.h); `square` calls nothing and has no loop, so it has no
;; check.
(module
  (import "env" "tick" (func $tick))
  (memory 1)
  (global $iterations (mut i32) (i32.const 0))
  (func $spin (export "spin")
    (loop $l
      (global.set $iterations (i32.add (global.get $iterations) (i32.const 1)))
      (br $l)))
  (func $recurse (export "recurse") (param i32) (result i32)
    (call $recurse (i32.add (local.get 0) (i32.const 1))))
  (func $call_host (export "call_host")
    (loop $l (call $tick) (br $l)))
  (func $grow (export "grow")
    (loop $l (drop (memory.grow (i32.const 0))) (br $l)))
  (func $square (export "square") (param i32) (result i32)
    (i32.mul (local.get 0) (local.get 0)))
  (func (export "iterations") (result i32) (global.get $iterations))
  (func $sum (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $l
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.and (i32.shl (local.get $i) (i32.const 2))
                             (i32.const 0xfffc)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
    (local.get $s))
  (func $long_sum (export "long_sum") (drop (call $sum (i32.const -1))))
  (func (export "short_sum") (param i32) (result i32) (call $sum (local.get 0))))
