#!/usr/bin/env python3
"""Writes a WASI program using a table64 (wabt 1.0.32 cannot encode one).

usage: gen-table64.py ok|trap OUT.wasm

_start checks call_indirect, table.size/grow/get/set/fill with i64 indices
and exits with the number of the first failed check (0: all pass); with
"trap" it instead calls $call_far, whose call_indirect index 2^32 + 1 is
out of bounds although its low 32 bits are not.
"""
import sys


def uleb(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def sleb(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        done = (n == 0 and not b & 0x40) or (n == -1 and b & 0x40)
        out.append(b | (0 if done else 0x80))
        if done:
            return bytes(out)


def vec(items):
    return uleb(len(items)) + b"".join(items)


def name(s):
    return uleb(len(s)) + s.encode()


def section(sid, body):
    return bytes([sid]) + uleb(len(body)) + body


I32_CONST, I64_CONST, END = b"\x41", b"\x42", b"\x0b"
CALL_INDIRECT = b"\x11\x00\x00"  # type 0, table 0
TABLE_GET, TABLE_SET = b"\x25\x00", b"\x26\x00"
TABLE_GROW, TABLE_SIZE, TABLE_FILL = b"\xfc\x0f\x00", b"\xfc\x10\x00", b"\xfc\x11\x00"
REF_NULL_FUNC = b"\xd0\x70"


def i64(v):
    return I64_CONST + sleb(v)


def fail_if(cond, check):
    """cond leaves an i32, nonzero on failure: exit with check."""
    return cond + b"\x04\x40" + I32_CONST + sleb(check) + b"\x10\x00" + END


def body(code):
    """A function body without locals."""
    b = b"\x00" + code + END
    return uleb(len(b)) + b


checks = [
    i64(1) + CALL_INDIRECT + I32_CONST + sleb(7) + b"\x47",
    i64(2) + CALL_INDIRECT + I32_CONST + sleb(8) + b"\x47",
    TABLE_SIZE + i64(3) + b"\x52",
    REF_NULL_FUNC + i64(2) + TABLE_GROW + i64(3) + b"\x52",
    REF_NULL_FUNC + i64(1 << 32) + TABLE_GROW + i64(-1) + b"\x52",
    i64(4) + i64(1) + TABLE_GET + TABLE_SET + i64(4) + CALL_INDIRECT
    + I32_CONST + sleb(7) + b"\x47",
    i64(0) + i64(2) + TABLE_GET + i64(2) + TABLE_FILL + i64(0)
    + CALL_INDIRECT + I32_CONST + sleb(8) + b"\x47",
]
if sys.argv[1] == "trap":
    start = b"\x10\x03\x1a"  # call $call_far, drop
else:
    start = b"".join(fail_if(c, n + 1) for n, c in enumerate(checks))
start += I32_CONST + b"\x00\x10\x00"

types = vec([b"\x60\x00\x01\x7f", b"\x60\x01\x7f\x00", b"\x60\x00\x00"])
imports = vec([name("wasi_snapshot_preview1") + name("proc_exit") + b"\x00\x01"])
funcs = vec([b"\x00", b"\x00", b"\x00", b"\x02"])
table = vec([b"\x70\x05" + uleb(3) + uleb(10)])  # funcref, i64 3..10
exports = vec([name("_start") + b"\x00\x04"])
elems = vec([b"\x00" + i64(1) + END + vec([b"\x01", b"\x02"])])
code = vec([
    body(I32_CONST + sleb(7)),
    body(I32_CONST + sleb(8)),
    body(i64((1 << 32) + 1) + CALL_INDIRECT),
    body(start),
])
names = vec([uleb(i) + name(n) for i, n in
             [(1, "seven"), (2, "eight"), (3, "call_far"), (4, "_start")]])
name_sec = name("name") + b"\x01" + uleb(len(names)) + names

wasm = (b"\x00asm\x01\x00\x00\x00" + section(1, types) + section(2, imports)
        + section(3, funcs) + section(4, table) + section(7, exports)
        + section(9, elems) + section(10, code) + section(0, name_sec))
with open(sys.argv[2], "wb") as f:
    f.write(wasm)
