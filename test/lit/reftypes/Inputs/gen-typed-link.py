"""Writes the modules of link-typed-globals.c to the directory argv[1]
(wat2wasm 1.0.32 cannot assemble typed references). The exporter "e":
  (type $t (func)) (func $f (type $t))
  (table (export "tf") 2 (ref func) (ref.func $f))
  (global (export "gf") (ref func) (ref.func $f))
  (global (export "gr") (ref $t) (ref.func $f))
  (global (export "gv") (mut (ref null func)) (ref.null func))
and one importer per case below, each importing one of them."""
import os
import sys

def section(ident, body):
    return bytes([ident, len(body)]) + body

HEADER = bytes.fromhex("0061736d01000000")
TYPES = section(1, bytes.fromhex("01600000"))

def name(s):
    return bytes([len(s)]) + s.encode()

exporter = (HEADER + TYPES + section(3, bytes.fromhex("0100")) +
            section(4, bytes.fromhex("01" "4000" "6470" "0002" "d2000b")) +
            section(6, bytes.fromhex("03" "647000d2000b" "640000d2000b"
                                     "637001d0700b")) +
            section(7, bytes([4]) + name("gf") + b"\x03\x00" + name("gr") +
                    b"\x03\x01" + name("gv") + b"\x03\x02" + name("tf") +
                    b"\x01\x00") +
            section(10, bytes.fromhex("0102000b")))

# (file name, import module, field, kind, type bytes): 63 = ref null,
# 64 = ref, 70 = func, 00 = $t; a global type ends in its mutability, a
# table type in its limits.
IMPORTS = [
    ("ok-func-as-funcref", "e", "gf", 3, "637000"),
    ("ok-ref-as-reffunc", "e", "gr", 3, "647000"),
    ("ok-ref-as-refnullt", "e", "gr", 3, "630000"),
    ("ok-mut-equal", "e", "gv", 3, "637001"),
    ("ok-table-equal", "e", "tf", 1, "64700001"),
    ("ok-host-funcref", "h", "g", 3, "637000"),
    ("bad-func-as-reft", "e", "gf", 3, "640000"),
    ("bad-func-as-refnullt", "e", "gf", 3, "630000"),
    ("bad-mut-subtype", "e", "gv", 3, "647001"),
    ("bad-table-supertype", "e", "tf", 1, "70" "0001"),
    ("bad-host-funcref", "h", "g", 3, "647000"),
]

out = sys.argv[1]
with open(os.path.join(out, "exporter.wasm"), "wb") as f:
    f.write(exporter)
for file, mod, field, kind, ty in IMPORTS:
    imp = bytes([1]) + name(mod) + name(field) + bytes([kind]) + bytes.fromhex(ty)
    with open(os.path.join(out, file + ".wasm"), "wb") as f:
        f.write(HEADER + TYPES + section(2, imp))
