;; A start function that never ends unless its deadline stops it.
(module
  (import "env" "tick" (func $tick))
  (func $start (loop $l (call $tick) (br $l)))
  (start $start))
