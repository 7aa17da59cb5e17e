(module
  (memory 1 1 shared)
  (func (drop (i32.atomic.load (f32.const 0)))))
