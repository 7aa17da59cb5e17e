"""Writes a module whose memory starts with SIZE bytes of data (byte k is
k % 251 + 1) at offset 65636: `sum` adds up every byte the instance can see,
`poke` writes one, `init-active` uses the (dropped) active segment."""
import sys

size = int(sys.argv[1])
data = "".join("\\%02x" % (k % 251 + 1) for k in range(size))
print("""(module
  (memory (export "memory") 4 16)
  (data (i32.const 65636) "%s")
  (func (export "sum") (result i64)
    (local $a i32) (local $s i64)
    (loop $l
      (local.set $s (i64.add (local.get $s)
                             (i64.extend_i32_u (i32.load8_u (local.get $a)))))
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $a)
                          (i32.mul (memory.size) (i32.const 65536)))))
    (local.get $s))
  (func (export "poke") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "grow") (result i32) (memory.grow (i32.const 1)))
  (func (export "init-active")
    (memory.init 0 (i32.const 0) (i32.const 0) (i32.const 1))))""" % data)
