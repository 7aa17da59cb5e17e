;; return_call of a function whose result differs from the caller's
;; (validation.wat).
(module
  (func $f (result i64) (i64.const 1))
  (func (result i32) (return_call $f)))
