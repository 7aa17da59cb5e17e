;; A branch hint on an instruction that is not an if or br_if.
(module
  (func (param i32) (result i32)
    (local.get 0)
    (local.get 0)
    (@metadata.code.branch_hint "\01") i32.eq))
