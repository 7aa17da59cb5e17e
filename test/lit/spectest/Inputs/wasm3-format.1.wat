(module
  (func $f)
  (elem declare func $f)
  (func (export "null-func") (result funcref) (ref.null func))
  (func (export "some-func") (result funcref) (ref.func $f))
  (func (export "id-extern") (param externref) (result externref) (local.get 0))
  (func (export "one") (result i32) (i32.const 1))
  (func (export "lanes") (result v128) (v128.const i32x4 1 2 3 4)))
