(module
  (func $f (param i32))
  (func (return_call $f)))
