(module
  (func $inner (param i32) (result i32)
    i32.const 10
    local.get 0
    i32.div_u)
  (func $middle (param i32) (result i32)
    local.get 0
    call $inner
    i32.const 1
    i32.add)
  (func (export "_start")
    i32.const 0
    call $middle
    drop))
