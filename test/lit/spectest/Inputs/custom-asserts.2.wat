;; An invalid module (type mismatch), with a good hint section.
(module
  (func (param i32) (result i64)
    (local.get 0)
    (@metadata.code.branch_hint "\00") if (result i32)
      i32.const 1
    else
      i32.const 2
    end))
