;; The legacy instructions, valid (validate-accepts.test): try with catch and
;; catch_all, rethrow from a handler (directly and from a nested block), and
;; delegate to an enclosing try and to the function's label.
(module
  (tag $e (param i32))
  (func (result i32)
    (try (result i32)
      (do (throw $e (i32.const 1)))
      (catch $e)
      (catch_all (i32.const 0))))
  (func
    (try $t
      (do)
      (catch $e (drop) (block (rethrow $t)))
      (catch_all (rethrow 0))))
  (func
    (try
      (do (try (do (throw $e (i32.const 2))) (delegate 0)))
      (catch_all))
    (try (do) (delegate 0))))
