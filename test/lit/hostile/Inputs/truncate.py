#!/usr/bin/env python3
"""Runs `wasmc --validate-only` on every proper prefix of a module.

truncate.py MODULE [STEP]: every prefix must be accepted (exit status 0: a
prefix ending at a section boundary can be a valid module) or rejected with
exit status 1 and an `error:` diagnostic, within 10 s. A crash (signal),
another status or a missing diagnostic is reported and makes the exit status
1. Prints `N prefixes: A accepted, R rejected, F failed`.
"""
import os
import subprocess
import sys
import tempfile

data = open(sys.argv[1], "rb").read()
step = int(sys.argv[2]) if len(sys.argv) > 2 else 1
bad = 0
count = 0
accepted = 0
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "prefix.wasm")
    for n in range(0, len(data), step):
        with open(path, "wb") as f:
            f.write(data[:n])
        r = subprocess.run(["wasmc", "--validate-only", path],
                           capture_output=True, text=True, timeout=10)
        count += 1
        if r.returncode == 0:
            accepted += 1
        elif r.returncode != 1 or "error:" not in r.stderr:
            bad += 1
            print(f"prefix of {n} bytes: exit {r.returncode}: {r.stderr.strip()}")
print(f"{count} prefixes: {accepted} accepted, {count - accepted - bad} "
      f"rejected, {bad} failed")
sys.exit(1 if bad else 0)
