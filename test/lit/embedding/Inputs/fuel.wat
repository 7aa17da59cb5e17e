;; Functions whose fuel costs fuel.c checks to the unit: every instruction
;; costs one except block, loop, else, end, nop, drop, unreachable, return.
(module
  (import "host" "fuel_left" (func $fuel_left))
  (global $progress (mut i32) (i32.const 0))
  ;; 5 units.
  (func $five (export "five") (result i32)
    i32.const 1
    i32.const 2
    i32.add
    i32.const 3
    i32.mul)
  ;; 10 units an iteration, 1 after the loop.
  (func $count (export "count") (param $n i32) (result i32)
    (local $i i32)
    (loop $l
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (global.set $progress (local.get $i))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $i))
  (func $progress_get (export "progress") (result i32) (global.get $progress))
  ;; 2 units before the host reads the fuel (drop is free), 1 after.
  (func $ask (export "ask") (result i32)
    (drop (i32.const 7))
    (call $fuel_left)
    (i32.const 0))
  (func $spin (export "spin") (loop $l (br $l)))
  ;; try 1, call 1, the callee's throw 1 and the result 1: 4 units when the
  ;; exception is caught (the landing pad takes the count the callee left).
  (tag $t)
  (func $thrower (throw $t))
  (func $catcher (export "catcher") (result i32)
    (try (do (call $thrower)) (catch $t))
    (i32.const 5))
  ;; Runs out of fuel however often the callee's throw is caught.
  (func $catch_loop (export "catch_loop") (result i32)
    (loop $l
      (try (do (call $thrower)) (catch $t))
      (br $l))
    (i32.const 0)))
