;; Calls into the instance linked-callee.wat makes (linked-threads.c).
(module
  (import "callee" "depth" (func $depth (param i32) (result i32)))
  (import "callee" "forever" (func $forever (param i32) (result i32)))
  (func (export "go") (param i32) (result i32) (call $depth (local.get 0)))
  (func (export "overflow") (result i32) (call $forever (i32.const 0))))
