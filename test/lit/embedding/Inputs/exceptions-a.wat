(module
  (import "host" "callback" (func $callback))
  (tag $e (export "e") (param i32 f64))
  (func $throw (export "throw") (param i32)
    (throw $e (local.get 0) (f64.const 2.5)))
  ;; The host callback calls "throw" again: that inner call ends with the
  ;; exception, which does not cross the host function into this handler.
  (func (export "catch_around_host") (result i32)
    (try (result i32)
      (do (call $callback) (i32.const 0))
      (catch $e (drop) (drop) (i32.const 1)))))
