(module
  (tag $e (param i32))
  (func (throw $e)))
