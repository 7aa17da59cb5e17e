;; What one instance leaves in its memory: `scribble` grows the memory by
;; $pages pages and writes a marker into the last word of every page;
;; `sum` adds up every word an instance can see, and `peek` reads one.
(module
  (memory (export "memory") 1 200)
  (data (i32.const 16) "\2a")
  (func (export "scribble") (param $pages i32)
    (local $p i32)
    (drop (memory.grow (local.get $pages)))
    (loop $l
      (i32.store (i32.sub (i32.mul (i32.add (local.get $p) (i32.const 1))
                                   (i32.const 65536))
                          (i32.const 4))
                 (i32.const 0x5ec2e7))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $p) (memory.size)))))
  (func (export "sum") (result i64)
    (local $a i32) (local $s i64)
    (loop $l
      (local.set $s (i64.add (local.get $s)
                             (i64.extend_i32_u (i32.load (local.get $a)))))
      (local.set $a (i32.add (local.get $a) (i32.const 4)))
      (br_if $l (i32.lt_u (local.get $a)
                          (i32.mul (memory.size) (i32.const 65536)))))
    (local.get $s))
  (func (export "peek") (param i32) (result i32) (i32.load (local.get 0))))
