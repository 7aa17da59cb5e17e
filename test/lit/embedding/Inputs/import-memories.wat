;; Imports two memories of one instance (in the opposite order) and a host
;; memory, and copies between them.
(module
  (memory $x (import "a" "m1") 1)
  (memory $y (import "a" "m0") 1)
  (memory $h (import "host" "mem") 1)
  (func (export "copy_to_host") (param $dst i32) (param $src i32) (param $n i32)
    (memory.copy $h $x (local.get $dst) (local.get $src) (local.get $n))
    (memory.copy $h $y (i32.add (local.get $dst) (local.get $n))
                       (local.get $src) (local.get $n)))
  (func (export "size_x") (result i32) (memory.size $x))
  (func (export "load_h") (param i32) (result i32) (i32.load $h (local.get 0))))
