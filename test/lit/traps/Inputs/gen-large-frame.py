# Writes a module whose recursive function $big has a ~700 KiB frame (45000
# v128 locals): each frame is larger than rtlib's stack margin, so the
# prologue's limit check alone cannot catch the overflow.
import sys
n = 45000
locals_ = " ".join(["v128"] * n)
sys.stdout.write(
    "(module\n"
    f"  (func $big (param i32) (result i32) (local {locals_})\n"
    "    (local.set 1 (v128.const i32x4 1 2 3 4))\n"
    "    (if (result i32) (local.get 0)\n"
    "      (then (i32.add (call $big (i32.sub (local.get 0) (i32.const 1)))\n"
    "                     (i32x4.extract_lane 0 (local.get 1))))\n"
    "      (else (i32.const 0))))\n"
    "  (func (export \"_start\") (drop (call $big (i32.const 30)))))\n")
