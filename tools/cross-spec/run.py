#!/usr/bin/env python3
"""Runs spec-test scripts against modules compiled for a cross target and
executed under qemu-user: the AArch64 counterpart of tools/spectest, which
loads modules into its own x86-64 process and so cannot run AArch64 code.

For every module of a script: wast2json's .wasm -> `wasmc --target T -c` ->
linked statically with host.c and rtlib for T -> started under qemu, kept
alive while the script talks to it (assert_return, assert_trap,
assert_exhaustion, action invoke), one line per command (host.c).

Covered: modules without imports (any import: the module is skipped); invoke actions with i32/i64/f32/f64
arguments and results (NaN patterns as the spec defines them); trap kinds
compared by the trap text. Skipped, and counted as such: modules with imports
(the spectest host module, registered instances), commands on them, v128 and
reference values, `get` actions, every later command on an instance a
skipped invoke may have changed, and instantiation failures
(assert_uninstantiable, assert_unlinkable). Not applicable: assert_invalid /
assert_malformed (validation runs on the build host and does not depend on
the target; tools/spectest covers it).

Usage: run.py --wasmc BIN --rtlib LIBRTLIB.A [--sysroot DIR] [-j N]
              [--slice DIR] [F.wast...]
(--slice DIR: the scripts named in slice.txt, from the spec suite in DIR.)
Prints one line per script and a total "aarch64 spec: N passed, N failed,
N skipped"; exits 1 if anything failed.
"""
import argparse
import concurrent.futures
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_ROOT = os.path.dirname(os.path.dirname(HERE))
TRIPLE = "aarch64-linux-gnu"

# Trap texts of the reference interpreter -> a word of wasmc's trap message.
TRAP_WORDS = [
    ("integer divide by zero", "divide by zero"),
    ("integer overflow", "integer overflow"),
    ("invalid conversion to integer", "invalid conversion"),
    ("out of bounds memory access", "out of bounds memory"),
    ("unreachable", "unreachable"),
    ("indirect call type mismatch", "indirect call"),
    ("undefined element", "table"),
    ("uninitialized element", "uninitialized"),
    ("out of bounds table access", "table"),
    ("call stack exhausted", "call stack exhausted"),
]

SCALARS = {"i32": "i", "i64": "I", "f32": "f", "f64": "F"}


def trap_matches(expected, got):
    for text, word in TRAP_WORDS:
        if expected.startswith(text):
            return word in got
    return True  # an unknown text: any trap


def value_ok(exp, got_letter, got_bits):
    t = exp["type"]
    if SCALARS.get(t) != got_letter:
        return False
    v = exp["value"]
    bits = int(got_bits)
    if t in ("f32", "f64") and v.startswith("nan:"):
        width, mant = (32, 23) if t == "f32" else (64, 52)
        exp_mask = ((1 << (width - 1 - mant)) - 1) << mant
        quiet = 1 << (mant - 1)
        if bits & exp_mask != exp_mask or bits & ((1 << mant) - 1) == 0:
            return False
        payload = bits & ((1 << mant) - 1)
        return payload == quiet if v == "nan:canonical" else bool(payload & quiet)
    return bits == int(v)


class Instance:
    def __init__(self, exe, qemu):
        self.proc = subprocess.Popen(qemu + [exe], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True,
                                     bufsize=1)
        self.first = self.proc.stdout.readline().strip()

    def call(self, field, args):
        line = "x" + field.encode("utf-8").hex() + "".join(
            " %s:%s" % (SCALARS[a["type"]], a["value"]) for a in args)
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def close(self):
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
        except Exception:
            self.proc.kill()


def scalar_only(values):
    return all(v["type"] in SCALARS for v in values)


def run_script(wast, opts):
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    failures = []
    with tempfile.TemporaryDirectory(prefix="cross-spec-") as tmp:
        base = os.path.join(tmp, os.path.splitext(os.path.basename(wast))[0])
        r = subprocess.run(["wast2json", "--enable-all", wast, "-o",
                            base + ".json"], capture_output=True, text=True)
        if r.returncode != 0:
            counts["failed"] += 1
            return wast, counts, ["wast2json failed: " + r.stderr[:200]]
        with open(base + ".json") as f:
            commands = json.load(f)["commands"]
        instances = {}   # module name -> Instance, None if unusable
        tainted = set()
        current = None
        for cmd in commands:
            kind = cmd["type"]
            if kind == "module":
                current = None
                path = os.path.join(tmp, cmd["filename"])
                inst = compile_module(path, opts)
                if isinstance(inst, str):
                    failures.append("%s:%d: %s" % (os.path.basename(wast),
                                                    cmd["line"], inst))
                    counts["failed"] += 1
                    inst = None
                elif inst is not None and inst.first.startswith(
                        "error unknown import"):
                    inst.close()  # imports a memory, table or global
                    inst = None
                elif inst is not None and inst.first != "ready":
                    failures.append("%s:%d: instantiation: %s" % (
                        os.path.basename(wast), cmd["line"], inst.first))
                    counts["failed"] += 1
                    inst.close()
                    inst = None
                if inst is None:
                    # A module skipped for its imports may have written to
                    # earlier instances' memories and tables through them.
                    tainted.update(i for i in instances.values() if i)
                current = inst
                instances[None] = current
                if cmd.get("name"):
                    instances[cmd["name"]] = current
                continue
            if kind in ("assert_uninstantiable", "assert_unlinkable"):
                # Not run; its start function or segments may have written
                # to earlier instances through imports.
                counts["skipped"] += 1
                tainted.update(i for i in instances.values() if i)
                continue
            if kind not in ("assert_return", "assert_trap",
                            "assert_exhaustion", "action"):
                continue
            action = cmd["action"]
            inst = instances.get(action.get("module"), None) \
                if action.get("module") else current
            expected = cmd.get("expected", [])
            if (inst is None or inst in tainted or action["type"] != "invoke"
                    or not scalar_only(action["args"])
                    or not scalar_only(expected)):
                counts["skipped"] += 1
                # A skipped invoke may have changed the instance's state
                # (stored a reference, grown a table): later results would
                # not count.
                if action["type"] == "invoke" and inst is not None:
                    tainted.add(inst)
                continue
            got = inst.call(action["field"], action["args"])
            ok = False
            if kind in ("assert_return", "action"):
                parts = got.split()
                if parts and parts[0] == "ok" and len(parts) - 1 == len(expected):
                    ok = all(value_ok(e, p.split(":")[0], p.split(":")[1])
                             for e, p in zip(expected, parts[1:]))
                elif kind == "action" and parts and parts[0] == "ok":
                    ok = True
            elif kind in ("assert_trap", "assert_exhaustion"):
                ok = got.startswith("trap ") and trap_matches(
                    cmd.get("text", ""), got[5:])
            if ok:
                counts["passed"] += 1
            else:
                counts["failed"] += 1
                failures.append("%s:%d: %s %s: got '%s'" % (
                    os.path.basename(wast), cmd["line"], kind,
                    action["field"], got[:200]))
        for inst in set(i for i in instances.values() if i is not None):
            inst.close()
    return wast, counts, failures


def guarded_run_script(wast, opts):
    """run_script, with a runner failure (a tool that cannot be started...)
    counted as one failure of the script instead of ending the run."""
    try:
        return run_script(wast, opts)
    except Exception as e:  # noqa: BLE001 - reported, not hidden
        return wast, {"passed": 0, "failed": 1, "skipped": 0}, [
            "%s: runner error: %s: %s" % (os.path.basename(wast),
                                          type(e).__name__, e)]


def compile_module(wasm, opts):
    """An Instance, None (skipped: imports), or an error string."""
    obj = wasm + ".o"
    exe = wasm + ".exe"
    r = subprocess.run([opts.wasmc, "--target", TRIPLE, "-O1", "-c", wasm,
                        "-o", obj], capture_output=True, text=True)
    if r.returncode != 0:
        return "wasmc failed: " + r.stderr.strip()[:300]
    nm = subprocess.run(["llvm-nm-19", "-u", obj], capture_output=True,
                        text=True).stdout
    if "wasmc_rt_call_host" in nm:
        return None  # imports something: needs a host this runner lacks
    r = subprocess.run(["clang-19", "--target=" + TRIPLE, "-fuse-ld=lld",
                        opts.host_obj, obj,
                        opts.rtlib, "-lm", "-o", exe],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return "link failed: " + r.stderr.strip()[:300]
    return Instance(exe, opts.qemu)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wasmc", required=True)
    ap.add_argument("--rtlib", required=True)
    ap.add_argument("--sysroot", default="/usr/aarch64-linux-gnu",
                    help="the AArch64 C library, for qemu -L (clang finds "
                    "Debian's cross packages by itself)")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--slice", metavar="TESTSUITE_DIR",
                    help="run the scripts listed in slice.txt from this dir")
    ap.add_argument("scripts", nargs="*")
    opts = ap.parse_args()
    if opts.slice:
        with open(os.path.join(HERE, "slice.txt")) as f:
            opts.scripts += [os.path.join(opts.slice, l.strip()) for l in f
                             if l.strip() and not l.startswith("#")]
    if not opts.scripts:
        ap.error("no scripts")
    opts.qemu = ["qemu-aarch64", "-L", opts.sysroot]
    with tempfile.TemporaryDirectory(prefix="cross-spec-host-") as tmp:
        opts.host_obj = os.path.join(tmp, "host.o")
        subprocess.run(["clang-19", "--target=" + TRIPLE, "-O1", "-c",
                        "-I" + os.path.join(SRC_ROOT, "rtlib", "include"),
                        os.path.join(HERE, "host.c"), "-o", opts.host_obj],
                       check=True)
        total = {"passed": 0, "failed": 0, "skipped": 0}
        with concurrent.futures.ThreadPoolExecutor(opts.j) as pool:
            for wast, counts, failures in pool.map(
                    lambda w: guarded_run_script(w, opts), opts.scripts):
                for k in total:
                    total[k] += counts[k]
                print("%s: %d passed, %d failed, %d skipped" % (
                    os.path.basename(wast), counts["passed"],
                    counts["failed"], counts["skipped"]))
                for f in failures[:20]:
                    print("  FAIL " + f)
        print("aarch64 spec: %d passed, %d failed, %d skipped" % (
            total["passed"], total["failed"], total["skipped"]))
    return 1 if total["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
