;; Good branch hints.
(module
  (func (export "f") (param i32) (result i32)
    (local.get 0)
    (@metadata.code.branch_hint "\01") if (result i32)
      i32.const 1
    else
      i32.const 2
    end))
