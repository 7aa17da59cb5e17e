;; v128 values through the embedding API: an export and a host import.
(module
  (import "host" "scale" (func $scale (param v128 i32) (result v128)))
  (func (export "addv") (param v128 v128) (result v128)
    (i32x4.add (local.get 0) (local.get 1)))
  (func (export "scalev") (param v128) (result v128)
    (call $scale (local.get 0) (i32.const 3))))
