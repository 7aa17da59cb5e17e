;; Traps on every request: the host reports it and goes on serving.
(module (func (export "handle") (param i32) (result i32)
  (unreachable)))
