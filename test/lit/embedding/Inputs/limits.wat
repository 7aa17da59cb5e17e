;; A memory and a table that may grow to 100, and a recursion that counts
;; its depth.
(module
  (memory (export "memory") 2 100)
  (table $t (export "table") 2 100 funcref)
  (global $depth (mut i32) (i32.const 0))
  (func (export "grow_memory") (param i32) (result i32)
    (memory.grow (local.get 0)))
  (func (export "grow_table") (param i32) (result i32)
    (table.grow $t (ref.null func) (local.get 0)))
  (func $dive (export "dive")
    (global.set $depth (i32.add (global.get $depth) (i32.const 1)))
    (call $dive))
  (func (export "depth") (result i32) (global.get $depth)))
