;; A global initialiser reading a global defined earlier (disable-feature.wat).
(module
  (global $a i32 (i32.const 10))
  (global (export "b") i32 (global.get $a)))
