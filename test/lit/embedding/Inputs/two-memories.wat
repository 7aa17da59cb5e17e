;; Exports two memories, and functions that write to and read from each.
(module
  (memory $m0 (export "m0") 1)
  (memory $m1 (export "m1") 1 2)
  (func (export "store") (param $mem i32) (param $addr i32) (param $v i32)
    (if (local.get $mem)
      (then (i32.store $m1 (local.get $addr) (local.get $v)))
      (else (i32.store $m0 (local.get $addr) (local.get $v)))))
  (func (export "load1") (param i32) (result i32)
    (i32.load $m1 (local.get 0)))
  (func (export "grow1") (param i32) (result i32)
    (memory.grow $m1 (local.get 0))))
