#!/usr/bin/env python3
"""Appends a custom section to a module: add-section.py IN OUT NAME HEX...

The payload is the concatenated hex strings (spaces allowed), so a test
can write a malformed section byte by byte. Custom sections may come after
the last section, which keeps the rest of the module's offsets unchanged.
"""
import sys


def leb(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


src, dst, name = sys.argv[1:4]
payload = bytes.fromhex("".join(sys.argv[4:]))
name = name.encode()
content = leb(len(name)) + name + payload
with open(src, "rb") as f:
    module = f.read()
with open(dst, "wb") as f:
    f.write(module + b"\x00" + leb(len(content)) + content)
