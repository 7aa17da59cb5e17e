;; The commands tools/cross-spec/run.py handles (cross-spec-runner.test).
(module $A
  (import "spectest" "print_i32" (func $print (param i32)))
  (import "spectest" "global_i32" (global $g666 i32))
  (memory (export "mem") 1)
  (global $g (export "g") (mut i32) (i32.const 0))
  (func (export "inc") (result i32)
    (call $print (global.get $g))
    (global.set $g (i32.add (global.get $g) (i32.const 1)))
    (global.get $g))
  (func (export "g666") (result i32) (global.get $g666))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "id-v128") (param v128) (result v128) (local.get 0))
  (func (export "id-extern") (param externref) (result externref)
    (local.get 0))
  (func (export "is-null-func") (param funcref) (result i32)
    (ref.is_null (local.get 0)))
  (func (export "trap") (unreachable)))
(register "A" $A)
(assert_return (invoke "g666") (i32.const 666))
(assert_return (invoke "inc") (i32.const 1))
(assert_return (get "g") (i32.const 1))
(assert_return (invoke "id-v128" (v128.const i32x4 1 -2 3 0x7fc00000))
               (v128.const i32x4 1 -2 3 0x7fc00000))
(assert_return (invoke "id-v128" (v128.const f32x4 1 2 nan 4))
               (v128.const f32x4 1 2 nan:canonical 4))
(assert_return (invoke "id-extern" (ref.extern 5)) (ref.extern 5))
(assert_return (invoke "id-extern" (ref.null extern)) (ref.null extern))
(assert_return (invoke "is-null-func" (ref.null func)) (i32.const 1))
(assert_return (invoke "inc") (either (i32.const 7) (i32.const 2)))
(assert_trap (invoke "trap") "unreachable")

;; B writes into A's memory through the import: in one process, A sees it.
(module $B
  (import "A" "mem" (memory 1))
  (data (i32.const 8) "\2a"))
(assert_return (invoke $A "load" (i32.const 8)) (i32.const 42))
(assert_unlinkable (module (import "A" "nope" (func))) "unknown import")
(assert_uninstantiable
  (module (func $f (unreachable)) (start $f))
  "unreachable")

(module definition $D (func (export "five") (result i32) (i32.const 5)))
(module instance $D1 $D)
(assert_return (invoke $D1 "five") (i32.const 5))
;; A failure.
(assert_return (invoke $D1 "five") (i32.const 6))

;; Skipped with a reason: a GC value, then the instance it may have changed.
(assert_return (invoke $A "inc") (ref.i31))
(assert_return (invoke $A "inc") (i32.const 4))
(assert_exception (invoke $D1 "five"))
