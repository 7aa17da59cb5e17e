;; Module B of the embedding tests: imports A's function, memory and mutable
;; global, and two host functions.
(module
  (import "a" "add" (func $add (param i32 i32) (result i32)))
  (import "a" "mem" (memory 1))
  (import "a" "count" (global $count (mut i32)))
  (import "host" "mul" (func $mul (param i32 i64 f32 f64) (result f64 i32)))
  (import "host" "fail" (func $fail (param i32)))
  (func (export "add_via_a") (param i32 i32) (result i32)
    (call $add (local.get 0) (local.get 1)))
  (func (export "read_a_mem") (result i32)
    (i32.load (i32.const 0)))
  (func (export "set_count") (param i32)
    (global.set $count (local.get 0)))
  (func (export "mul") (param i32 i64 f32 f64) (result f64 i32)
    (call $mul (local.get 0) (local.get 1) (local.get 2) (local.get 3)))
  (func $calls_fail (export "fail") (param i32)
    (call $fail (local.get 0))))
