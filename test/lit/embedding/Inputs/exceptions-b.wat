(module
  (import "a" "e" (tag $e (param i32 f64)))
  (import "a" "throw" (func $throw (param i32)))
  ;; Another instance's throw, caught here by the imported tag: its payload.
  (func (export "catch_imported") (param i32) (result i32)
    (try (result i32)
      (do (call $throw (local.get 0)) (i32.const -1))
      (catch $e (drop)))))
