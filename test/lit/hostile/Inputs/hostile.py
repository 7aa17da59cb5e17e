#!/usr/bin/env python3
"""Writes a hostile Wasm binary to stdout: hostile.py KIND [N].

Each KIND is a module built to stress one limit of the compiler (nesting
depth, function size, local count, declared counts, truncation); the tests
in this directory check that wasmc answers each within bounded time and
memory with a result or a diagnostic, never a crash.
"""
import sys


def leb(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def sec(ident, payload):
    return bytes([ident]) + leb(len(payload)) + payload


HEADER = b"\0asm\1\0\0\0"
VOID_TYPE = sec(1, b"\x01\x60\x00\x00")
ONE_FUNC = sec(3, b"\x01\x00")


def one_function(body, local_decls=b"\x00", export=True):
    """A module with one () -> () function, exported as "f"."""
    body = local_decls + body + b"\x0b"
    code = sec(10, b"\x01" + leb(len(body)) + body)
    exports = sec(7, b"\x01\x01f\x00\x00") if export else b""
    return HEADER + VOID_TYPE + ONE_FUNC + exports + code


def locals_loops(n):
    """(func (param i32) (result i32)) with n i32 locals and n/10 nested
    loops, each repeating while the parameter is non-zero; the innermost
    increments every local and the sum of all is returned, so every local is
    live around every loop: the quadratic case of SSA construction that the
    optimisation budget bounds (locals-loops.test, docs/robustness.md)."""
    loops = n // 10
    inner = b"".join(b"\x20" + leb(i) + b"\x41\x01\x6a\x21" + leb(i)
                     for i in range(1, n + 1))
    body = (b"\x03\x40" * loops + inner + b"\x20\x00\x0d\x00\x0b" * loops +
            b"\x41\x00" + b"".join(b"\x20" + leb(i) + b"\x6a"
                                  for i in range(1, n + 1)))
    body = b"\x01" + leb(n) + b"\x7f" + body + b"\x0b"
    return (HEADER + sec(1, b"\x01\x60\x01\x7f\x01\x7f") + ONE_FUNC +
            sec(7, b"\x01\x01f\x00\x00") +
            sec(10, b"\x01" + leb(len(body)) + body))


def deep(n, opener, closer=b"\x0b"):
    return one_function(opener * n + closer * n)


def local_gets(n):
    """n i64 locals, each read once."""
    decls = b"\x01" + leb(n) + b"\x7e"
    return one_function(b"".join(b"\x20" + leb(i) + b"\x1a" for i in range(n)),
                        decls)


KINDS = {
    # Nesting: every block pushes a control frame in the validator and a
    # pair of basic blocks in the lowering.
    "deep-blocks": lambda n: deep(n, b"\x02\x40"),
    "deep-loops": lambda n: deep(n, b"\x03\x40"),
    "deep-ifs": lambda n: deep(n, b"\x41\x01\x04\x40"),
    # A branch from the innermost block to the outermost.
    "deep-br": lambda n: one_function(b"\x02\x40" * n + b"\x0c" + leb(n - 1) +
                                      b"\x0b" * n),
    # Enormous functions: straight-line code, a long dependency chain, a
    # deep operand stack, a huge br_table.
    "straight": lambda n: one_function(b"\x41\x01\x1a" * n),
    "chain": lambda n: one_function(b"\x41\x01" + b"\x41\x01\x6a" * n +
                                    b"\x1a"),
    "operand-stack": lambda n: one_function(b"\x41\x01" * n + b"\x1a" * n),
    "br-table": lambda n: one_function(b"\x02\x40\x41\x00\x0e" + leb(n) +
                                       b"\x00" * (n + 1) + b"\x0b"),
    # Locals: many used ones, and declared counts past any limit.
    "many-locals": local_gets,
    "locals-overflow": lambda n: one_function(
        b"", b"\x02" + leb(0x7FFFFFFF) + b"\x7f" + leb(0x7FFFFFFF) + b"\x7f"),
    "locals-max": lambda n: one_function(b"", b"\x01" + leb(0xFFFFFFFF) +
                                         b"\x7e"),
    # The same after an empty function, so that a module lowered in pieces
    # (one function each) meets it in its second piece.
    "locals-max-second": lambda n: HEADER + VOID_TYPE + sec(
        3, b"\x02\x00\x00") + sec(
        10, b"\x02\x02\x00\x0b" + leb(8) + b"\x01" + leb(0xFFFFFFFF) +
        b"\x7e\x0b"),
    # Long signatures: n i32 parameters or results on the one function (its
    # body returns n zeros), or on an imported function.
    "params": lambda n: HEADER + sec(1, b"\x01\x60" + leb(n) + b"\x7f" * n +
                                     b"\x00") + ONE_FUNC + sec(
        10, b"\x01\x02\x00\x0b"),
    "results": lambda n: HEADER + sec(1, b"\x01\x60\x00" + leb(n) +
                                      b"\x7f" * n) + ONE_FUNC + sec(
        10, b"\x01" + leb(2 + 2 * n) + b"\x00" + b"\x41\x00" * n +
        b"\x0b"),
    "import-params": lambda n: HEADER + sec(
        1, b"\x01\x60" + leb(n) + b"\x7f" * n + b"\x00") + sec(
        2, b"\x01\x01m\x01f\x00\x00"),
    # Many locals live around many loops (see locals_loops).
    "locals-loops": locals_loops,
    # Declared counts far beyond the bytes present: the reader must not
    # reserve space for them up front.
    "count-types": lambda n: HEADER + sec(1, leb(0xFFFFFFFF) + b"\x60\x00\x00"),
    "count-funcs": lambda n: HEADER + VOID_TYPE + sec(3, leb(0xFFFFFFFF) +
                                                      b"\x00"),
    "count-params": lambda n: HEADER + sec(1, b"\x01\x60" + leb(0xFFFFFFFF) +
                                           b"\x7f"),
    "count-elems": lambda n: HEADER + sec(9, leb(0xFFFFFFFF) + b"\x00"),
    "count-br-table": lambda n: HEADER + VOID_TYPE + ONE_FUNC + sec(
        10, b"\x01\x0b\x00\x02\x40\x41\x00\x0e" + leb(0xFFFFFFFF) + b"\x00"),
    "count-imports": lambda n: HEADER + sec(2, leb(0xFFFFFFFF) + b"\x01m"),
    "count-exports": lambda n: HEADER + VOID_TYPE + ONE_FUNC + sec(
        7, leb(0xFFFFFFFF) + b"\x01f\x00\x00"),
    "count-globals": lambda n: HEADER + sec(6, leb(0xFFFFFFFF) +
                                            b"\x7f\x00\x41\x00\x0b"),
    "count-data": lambda n: HEADER + sec(5, b"\x01\x00\x01") + sec(
        11, leb(0xFFFFFFFF) + b"\x00\x41\x00\x0b\x00"),
    "count-elem-items": lambda n: HEADER + VOID_TYPE + ONE_FUNC + sec(
        4, b"\x01\x70\x00\x01") + sec(9, b"\x01\x00\x41\x00\x0b" +
                                      leb(0xFFFFFFFF) + b"\x00"),
    # 2^32-1 groups of locals, one present.
    "count-local-groups": lambda n: one_function(b"", leb(0xFFFFFFFF) +
                                                 b"\x01\x7f"),
    # A data count no data section matches.
    "count-datacount": lambda n: HEADER + sec(5, b"\x01\x00\x01") + sec(
        12, leb(0xFFFFFFFF)),
    # Name subsections (function names, local names) claiming 2^32-1
    # entries: a malformed name section is ignored, so the module compiles.
    "count-func-names": lambda n: one_function(b"") + sec(
        0, b"\x04name" + sec(1, leb(0xFFFFFFFF) + b"\x00\x01f")),
    "count-local-names": lambda n: one_function(b"") + sec(
        0, b"\x04name" + sec(2, leb(0xFFFFFFFF) + b"\x00" +
                             leb(0xFFFFFFFF) + b"\x00\x01x")),
    "size-custom-name": lambda n: HEADER + sec(0, leb(0xFFFFFFFF) + b"ab"),
    "size-section": lambda n: HEADER + b"\x01" + leb(0xFFFFFFFF) + b"\x01",
    "size-data": lambda n: HEADER + sec(5, b"\x01\x00\x01") + sec(
        11, b"\x01\x00\x41\x00\x0b" + leb(0xFFFFFFFF) + b"ab"),
    "size-name": lambda n: HEADER + sec(2, b"\x01" + leb(0xFFFFFFFF) + b"ab"),
    # Valid but enormous declarations: nothing is allocated at compile time.
    "big-table": lambda n: HEADER + sec(4, b"\x01\x70\x00" + leb(0xFFFFFFFF)),
    "big-memory": lambda n: HEADER + sec(5, b"\x01\x01\x00" + leb(65536)),
}

if __name__ == "__main__":
    kind = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    sys.stdout.buffer.write(KINDS[kind](n))
