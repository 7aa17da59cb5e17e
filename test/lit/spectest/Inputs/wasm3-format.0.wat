(module
  (global $g (export "g") (mut i32) (i32.const 0))
  (func (export "inc") (global.set $g (i32.add (global.get $g) (i32.const 1))))
  (func (export "get") (result i32) (global.get $g)))
