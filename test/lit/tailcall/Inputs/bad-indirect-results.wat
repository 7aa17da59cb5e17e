;; return_call_indirect of a type returning nothing from a function
;; returning i32 (validation.wat).
(module
  (type $v (func))
  (table 1 funcref)
  (func (result i32) (return_call_indirect (type $v) (i32.const 0))))
