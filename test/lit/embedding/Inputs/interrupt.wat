;; Every kind of point an epoch deadline stops code at: a loop header, a
;; function entry (recursion), after a host call returns, and a loop around
;; memory.grow; `square` calls nothing and has no loop, so it has no check.
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
  (func (export "iterations") (result i32) (global.get $iterations)))
