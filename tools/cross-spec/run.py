#!/usr/bin/env python3
"""Runs spec-test scripts against modules compiled for a cross target and
executed under qemu-user: the AArch64 counterpart of tools/spectest, which
loads modules into its own x86-64 process and so cannot run AArch64 code.

For every script: each module the converter wrote -> `wasmc --target T -c`
(its descriptor symbol renamed apart) -> all of them linked statically with
host.c and rtlib for T into one executable -> started under qemu, kept alive
while the script talks to it one line per command (host.c): instantiation,
register, assert_return, assert_trap, assert_exhaustion, assert_exception,
invoke and get actions. The 2.0 scripts are converted by wabt's wast2json, the 3.0 ones
(--slice-3.0, --wast2json3) by ../shared/tools/wast2json3, whose JSON adds
module_definition/module_instance, `either` results and the 3.0 reference
types.

Covered: values of i32/i64/f32/f64/v128, funcref and externref (null, `ref.extern
N`, any non-null funcref result); NaN patterns as the spec defines them;
`either`; trap kinds compared by the trap text; linking through `register`
and the spectest module (host.c defines it, one per script as in the
reference interpreter) and WASI; assert_uninstantiable (the trap while
instantiating) and assert_unlinkable (the link error's text); module
definitions and their instances.

Skipped, each printed with its reason and never counted as passed:
funcref arguments other than null (a script cannot name a function), values
of the GC and exception types, and every later command on an instance whose state a skipped
command may have changed (on every instance, once instances share state).
Not applicable, listed apart: assert_invalid / assert_malformed (validation
runs on the build host and does not depend on the target; tools/spectest
covers it). A module that fails to compile or instantiate is a failure, and
so is every command on it.

Usage: run.py --wasmc BIN --rtlib LIBRTLIB.A [--sysroot DIR] [-j N]
              [--slice DIR] [--slice-3.0 DIR [--group G] --wast2json3 MJS
              [--node NODE]] [--wasmc-arg OPT]... [F.wast...]
(--slice DIR: the scripts named in slice.txt, from the 2.0 spec suite in
DIR; --slice-3.0 DIR: those of slice-3.0.txt, or of its [G] section, from
the 3.0 suite in DIR; named scripts are converted by wast2json3 when it is
given. Modules are compiled at -O1, then with the --wasmc-arg options.)
Prints one line per script, its failures, and its skips and not-applicable
commands grouped by reason with their lines, then a total "aarch64 spec: N
passed, N failed, N skipped"; exits 1 if anything failed.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_ROOT = os.path.dirname(os.path.dirname(HERE))
TRIPLE = "aarch64-linux-gnu"
RTLIB_INCLUDE = os.path.join(SRC_ROOT, "rtlib", "include")

# Trap texts of the reference interpreter -> a word of wasmc's trap message.
# Any other text must be a prefix of the message.
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
    ("null function reference", "null function reference"),
    ("null reference", "null reference"),
]

# Script value types -> host.c's letters.
LETTERS = {"i32": "i", "i64": "I", "f32": "f", "f64": "F", "v128": "v",
           "funcref": "r", "externref": "e"}
# 3.0 null types: a null of the func or extern hierarchy.
NULL_TYPES = {"nullfuncref": "r", "nullexternref": "e"}
LANE_BITS = {"i8": 8, "i16": 16, "i32": 32, "i64": 64, "f32": 32, "f64": 64}


def trap_matches(expected, got):
    for text, word in TRAP_WORDS:
        if expected.startswith(text):
            return word in got
    return got.startswith(expected)


def unsupported_value(v):
    """Why host.c cannot pass or check value v, or None."""
    t = v["type"]
    if t == "either":
        for alt in v["values"]:
            why = unsupported_value(alt)
            if why:
                return why
        return None
    if t in LETTERS or t in NULL_TYPES or t == "refnull":
        return None
    return "%s values (GC is out of scope; no exnref argument or result)" % t


def encode_arg(a):
    """host.c's text of argument a, or None if it cannot be passed."""
    t = a["type"]
    if t in ("i32", "i64", "f32", "f64"):
        return "%s:%s" % (LETTERS[t], a["value"])
    if t == "v128":
        bits = LANE_BITS[a["lane_type"]]
        fmt = {8: "<B", 16: "<H", 32: "<I", 64: "<Q"}[bits]
        data = b"".join(struct.pack(fmt, int(l) % (1 << bits))
                        for l in a["value"])
        return "v:" + data.hex()
    if t in ("funcref", "nullfuncref"):
        return "r:null" if a.get("value", "null") == "null" else None
    if t in ("externref", "nullexternref"):
        v = a.get("value", "null")
        return "e:" + v
    return None


def float_ok(pattern, bits, width):
    """bits (an int) against a number or NaN pattern of a float type."""
    mant = 23 if width == 32 else 52
    if not pattern.startswith("nan:"):
        return bits == int(pattern) % (1 << width)
    exp_mask = ((1 << (width - 1 - mant)) - 1) << mant
    quiet = 1 << (mant - 1)
    if bits & exp_mask != exp_mask or bits & ((1 << mant) - 1) == 0:
        return False
    payload = bits & ((1 << mant) - 1)
    return payload == quiet if pattern == "nan:canonical" else bool(
        payload & quiet)


def value_ok(exp, got):
    """exp (a script value) against got, host.c's "<letter>:<value>"."""
    t = exp["type"]
    letter, _, text = got.partition(":")
    if t == "either":
        return any(value_ok(alt, got) for alt in exp["values"])
    if t == "refnull":
        return letter in ("r", "e") and text == "null"
    if t in NULL_TYPES:
        return letter == NULL_TYPES[t] and text == "null"
    if LETTERS.get(t) != letter:
        return False
    if t == "funcref":
        # Any non-null funcref matches a function (wabt writes no usable
        # identity for `ref.func`).
        want_null = exp.get("value") == "null"
        return (text == "null") == want_null
    if t == "externref":
        if "value" not in exp:
            return text != "null"
        return text == exp["value"]
    if t == "v128":
        bits = LANE_BITS[exp["lane_type"]]
        data = bytes.fromhex(text)
        n = 128 // bits
        fmt = {8: "<16B", 16: "<8H", 32: "<4I", 64: "<2Q"}[bits]
        lanes = struct.unpack(fmt, data)
        if len(exp["value"]) != n:
            return False
        for want, lane in zip(exp["value"], lanes):
            if exp["lane_type"] in ("f32", "f64"):
                if not float_ok(want, lane, bits):
                    return False
            elif lane != int(want) % (1 << bits):
                return False
        return True
    bits = int(text)
    if t in ("f32", "f64"):
        return float_ok(exp["value"], bits, 32 if t == "f32" else 64)
    return bits == int(exp["value"])


class Host:
    """The script's process: host.c with every module of the script."""

    def __init__(self, exe, qemu):
        self.proc = subprocess.Popen(qemu + [exe], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True,
                                     bufsize=1)
        self.dead = None  # why it cannot answer any more

    def request(self, line):
        """host.c's answer, after the "shared ..." lines (returned apart)."""
        if self.dead:
            return "error " + self.dead, []
        shared = []
        try:
            self.proc.stdin.write(line + "\n")
            self.proc.stdin.flush()
            got = self.proc.stdout.readline()
            while got.startswith("shared "):
                shared.append(got[7:].strip())
                got = self.proc.stdout.readline()
        except OSError as e:
            got = ""
            self.dead = "the host process is gone (%s)" % e
        if not got:
            status = self.proc.poll()
            if status is None:
                self.proc.kill()
                status = self.proc.wait()
            self.dead = self.dead or (
                "the host process died (exit status %d) at: %s"
                % (status, line[:80]))
            return "error " + self.dead, shared
        return got.strip(), shared

    def close(self):
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
        except Exception:
            self.proc.kill()
            self.proc.wait()


class Instance:
    """A module instance in the host process. `unusable`: why there is none
    (commands on it fail if `failed`, else are skipped); `tainted`: why its
    state may differ from the reference interpreter's (later commands on it
    are skipped)."""

    def __init__(self, number=None, unusable=None, failed=False):
        self.number = number
        self.unusable = unusable
        self.failed = failed
        self.tainted = None


class ScriptRun:
    def __init__(self, wast, opts, tmp):
        self.name = os.path.basename(wast)
        self.opts = opts
        self.tmp = tmp
        self.counts = {"passed": 0, "failed": 0, "skipped": 0}
        self.failures = []
        self.skips = collections.OrderedDict()   # reason -> [lines]
        self.not_applicable = collections.OrderedDict()
        self.host = None
        self.modules = {}       # .wasm file name -> module number or error
        self.instances = {}     # name -> Instance; None -> the current one
        self.all_instances = []
        self.definitions = {}   # definition name -> .wasm file name
        self.linked = False     # instances may share state (register,
                                # spectest memory/tables)

    def fail(self, line, msg):
        self.counts["failed"] += 1
        self.failures.append("%s:%d: %s" % (self.name, line, msg))

    def skip(self, line, reason):
        self.counts["skipped"] += 1
        self.skips.setdefault(reason, []).append(line)

    def build(self, commands):
        """Compiles every module the script instantiates and links them into
        one executable with host.c; returns its path, or None if no module
        compiled. A module that fails to compile counts as one failure."""
        objs = []
        for cmd in commands:
            f = cmd.get("filename")
            if cmd["type"] not in ("module", "module_definition",
                                   "assert_uninstantiable",
                                   "assert_unlinkable") or f in self.modules:
                continue
            obj = compile_module(os.path.join(self.tmp, f), len(objs),
                                 self.opts)
            if obj.startswith("error: "):
                self.modules[f] = obj[7:]
                self.fail(cmd["line"], obj[7:])
            else:
                self.modules[f] = len(objs)
                objs.append(obj)
        if not objs:
            return None
        table = os.path.join(self.tmp, "modules.c")
        with open(table, "w") as out:
            out.write('#include "wasmc/abi.h"\n')
            for k in range(len(objs)):
                out.write("extern const wasmc_module_desc "
                          "cross_spec_module_%d;\n" % k)
            out.write("const wasmc_module_desc *const cross_spec_modules[] "
                      "= {%s};\n" % ", ".join("&cross_spec_module_%d" % k
                                              for k in range(len(objs))))
            out.write("const unsigned cross_spec_num_modules = %d;\n"
                      % len(objs))
        exe = os.path.join(self.tmp, "script.exe")
        r = subprocess.run(["clang-19", "--target=" + TRIPLE, "-O1",
                            "-fuse-ld=lld", "-I" + RTLIB_INCLUDE, table,
                            self.opts.host_obj] + objs +
                           [self.opts.rtlib, "-lm", "-o", exe],
                           capture_output=True, text=True)
        if r.returncode != 0:
            self.fail(0, "link failed: " + r.stderr.strip()[:300])
            return None
        return exe

    def instantiate(self, cmd, filename):
        """(Instance or None, host.c's answer) for module file `filename`."""
        line = cmd["line"]
        module = self.modules.get(filename)
        if module is None:
            inst = Instance(unusable="no module for line %d" % line,
                            failed=True)
            self.fail(line, "no module")
            return inst, ""
        if isinstance(module, str) or self.host is None:
            return Instance(unusable="the module at line %d failed to "
                            "build" % line, failed=True), ""
        got, shared = self.host.request("m%d" % module)
        if shared:
            self.linked = True
        if got.startswith("ok "):
            inst = Instance(int(got[3:]))
            self.all_instances.append(inst)
            return inst, got
        return None, got

    def module(self, cmd, filename, names):
        line = cmd["line"]
        inst, got = self.instantiate(cmd, filename)
        if inst is None:
            self.fail(line, "instantiation: " + got[:200])
            inst = Instance(unusable="the module at line %d failed to "
                            "instantiate" % line, failed=True)
        self.instances[None] = inst
        for n in names:
            if n:
                self.instances[n] = inst

    def uninstantiable(self, cmd):
        line, kind = cmd["line"], cmd["type"]
        inst, got = self.instantiate(cmd, cmd["filename"])
        if inst is not None and inst.failed:
            return  # counted where it failed
        if kind == "assert_uninstantiable":
            ok = got.startswith("trap ") and trap_matches(
                cmd.get("text", ""), got[5:])
        else:  # assert_unlinkable: wasmc_instantiate's link error
            ok = got.startswith("error " + cmd.get("text", "\0"))
        if ok:
            self.counts["passed"] += 1
        else:
            self.fail(line, "%s: got '%s'" % (kind, got[:200]))

    def taint(self, inst, line):
        """A command at `line` on `inst` was skipped: the instance, and
        every instance when they may share state, may now differ from the
        reference interpreter's."""
        why = "the skipped command at line %d may have changed it" % line
        for other in self.all_instances if self.linked else [inst]:
            other.tainted = other.tainted or why

    def action(self, cmd):
        kind, line = cmd["type"], cmd["line"]
        action = cmd["action"]
        inst = self.instances.get(action.get("module") or None)
        expected = cmd.get("expected", [])
        if inst is None:
            self.fail(line, "%s on no module instance" % kind)
            return
        if inst.failed:
            self.fail(line, "%s: %s" % (kind, inst.unusable))
            return
        why = None
        if inst.tainted:
            why = "its instance's state may differ: " + inst.tainted
        else:
            for v in action.get("args", []) + expected:
                why = unsupported_value(v)
                if why:
                    break
        args = [encode_arg(a) for a in action.get("args", [])]
        if why is None and None in args:
            why = "funcref arguments other than null (no way to name one)"
        if why:
            self.skip(line, why)
            # A skipped invoke may have changed state (stored a reference,
            # grown a table): later results would not count.
            if action["type"] == "invoke":
                self.taint(inst, line)
            return
        name = "n" + action["field"].encode("utf-8").hex()
        if action["type"] == "get":
            got, _ = self.host.request("g%d %s" % (inst.number, name))
        else:
            got, _ = self.host.request(" ".join(
                ["x%d" % inst.number, name] + args))
        ok = False
        parts = got.split()
        if kind in ("assert_return", "action"):
            if parts and parts[0] == "ok" and (
                    kind == "action" or len(parts) - 1 == len(expected)):
                ok = all(value_ok(e, p) for e, p in zip(expected, parts[1:]))
        elif kind == "assert_exception":
            ok = got == "exception"
        else:  # assert_trap, assert_exhaustion
            ok = got.startswith("trap ") and trap_matches(
                cmd.get("text", ""), got[5:])
        if ok:
            self.counts["passed"] += 1
        else:
            self.fail(line, "%s %s: got '%s'" % (kind, action["field"],
                                                 got[:200]))

    def run(self, commands):
        exe = self.build(commands)
        if exe:
            self.host = Host(exe, self.opts.qemu)
        try:
            for cmd in commands:
                self.command(cmd)
        finally:
            if self.host:
                self.host.close()

    def command(self, cmd):
        kind, line = cmd["type"], cmd["line"]
        if kind == "module":
            self.module(cmd, cmd["filename"], [cmd.get("name")])
        elif kind == "module_definition":
            # Compiled with the others; module_instance instantiates it.
            self.definitions[cmd.get("name")] = cmd["filename"]
        elif kind == "module_instance":
            self.module(cmd, self.definitions.get(cmd.get("module")),
                        [cmd.get("instance")])
        elif kind == "register":
            inst = self.instances.get(cmd.get("name"))
            if inst is not None and not inst.unusable:
                got, _ = self.host.request("r%d n%s" % (
                    inst.number, cmd["as"].encode("utf-8").hex()))
                if got != "ok":
                    self.fail(line, "register: " + got[:200])
                self.linked = True
        elif kind in ("assert_uninstantiable", "assert_unlinkable"):
            self.uninstantiable(cmd)
        elif kind in ("assert_return", "assert_trap", "assert_exhaustion",
                      "assert_exception", "action"):
            self.action(cmd)
        elif kind in ("assert_invalid", "assert_malformed"):
            self.not_applicable.setdefault(
                "%s: validation is target-independent (tools/spectest)"
                % kind, []).append(line)
        else:
            self.fail(line, "unknown command " + kind)


def convert(wast, base, opts, v3):
    if v3:
        cmd = [opts.node, opts.wast2json3, wast, "-o", base + ".json"]
    else:
        cmd = ["wast2json", "--enable-all", wast, "-o", base + ".json"]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        return None, "%s failed: %s" % (os.path.basename(cmd[1 if v3 else 0]),
                                        (r.stderr or r.stdout)[:300])
    with open(base + ".json") as f:
        return json.load(f)["commands"], None


def run_script(wast, v3, opts):
    with tempfile.TemporaryDirectory(prefix="cross-spec-") as tmp:
        base = os.path.join(tmp, os.path.splitext(os.path.basename(wast))[0])
        run = ScriptRun(wast, opts, tmp)
        commands, err = convert(wast, base, opts, v3)
        if err:
            run.fail(0, err)
            return run
        run.run(commands)
    return run


def guarded_run_script(item, opts):
    """run_script, with a runner failure (a tool that cannot be started...)
    counted as one failure of the script instead of ending the run."""
    wast, v3 = item
    try:
        return run_script(wast, v3, opts)
    except Exception as e:  # noqa: BLE001 - reported, not hidden
        run = ScriptRun(wast, opts, None)
        run.fail(0, "runner error: %s: %s" % (type(e).__name__, e))
        return run


def compile_module(wasm, number, opts):
    """The object of module `wasm`, its descriptor renamed to
    cross_spec_module_<number> (every module of a script is linked into one
    executable), or "error: <why>"."""
    obj = wasm + ".o"
    r = subprocess.run([opts.wasmc, "--target", TRIPLE, "-O1"] +
                       opts.wasmc_arg + ["-c", wasm, "-o", obj],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return "error: wasmc failed: " + r.stderr.strip()[:300]
    r = subprocess.run(["llvm-objcopy-19", "--redefine-sym",
                        "wasmc_module_descriptor=cross_spec_module_%d"
                        % number, obj], capture_output=True, text=True)
    if r.returncode != 0:
        return "error: llvm-objcopy failed: " + r.stderr.strip()[:300]
    return obj


def lines_text(lines):
    return ", ".join(str(l) for l in lines)


def read_list(name, testsuite, group=None):
    """The scripts of list `name` (of its `[group]` section if given)."""
    scripts, current, found = [], None, group is None
    with open(os.path.join(HERE, name)) as f:
        for l in f:
            l = l.strip()
            if not l or l.startswith("#"):
                continue
            if l.startswith("[") and l.endswith("]"):
                current = l[1:-1]
                found = found or current == group
            elif group is None or current == group:
                scripts.append(os.path.join(testsuite, l))
    if not found:
        sys.exit("run.py: no group [%s] in %s" % (group, name))
    return scripts


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
    ap.add_argument("--slice-3.0", dest="slice3", metavar="TESTSUITE_DIR",
                    help="run the scripts listed in slice-3.0.txt from this "
                    "dir (needs --wast2json3)")
    ap.add_argument("--group", help="only this [group] of slice-3.0.txt")
    ap.add_argument("--wasmc-arg", action="append", default=[],
                    help="pass this option to wasmc too (repeatable), e.g. "
                    "-O2 or --bounds-checks=explicit")
    ap.add_argument("--wast2json3", metavar="MJS",
                    help="tools/wast2json3's wast2json.mjs: converts the "
                    "3.0 scripts (and named scripts, when given)")
    ap.add_argument("--node", default="node",
                    help="node (>= 20) to run --wast2json3 with")
    ap.add_argument("scripts", nargs="*")
    opts = ap.parse_args()
    if opts.slice3 and not opts.wast2json3:
        ap.error("--slice-3.0 needs --wast2json3")
    # Scripts named on the command line go to wast2json3 when it is given.
    items = [(s, bool(opts.wast2json3)) for s in opts.scripts]
    if opts.slice:
        items += [(s, False) for s in read_list("slice.txt", opts.slice)]
    if opts.slice3:
        items += [(s, True) for s in read_list("slice-3.0.txt", opts.slice3,
                                                  opts.group)]
    if not items:
        ap.error("no scripts")
    opts.qemu = ["qemu-aarch64", "-L", opts.sysroot]
    with tempfile.TemporaryDirectory(prefix="cross-spec-host-") as tmp:
        opts.host_obj = os.path.join(tmp, "host.o")
        subprocess.run(["clang-19", "--target=" + TRIPLE, "-O1", "-c",
                        "-I" + RTLIB_INCLUDE,
                        os.path.join(HERE, "host.c"), "-o", opts.host_obj],
                       check=True)
        total = {"passed": 0, "failed": 0, "skipped": 0}
        with concurrent.futures.ThreadPoolExecutor(opts.j) as pool:
            for run in pool.map(lambda i: guarded_run_script(i, opts), items):
                for k in total:
                    total[k] += run.counts[k]
                print("%s: %d passed, %d failed, %d skipped" % (
                    run.name, run.counts["passed"], run.counts["failed"],
                    run.counts["skipped"]))
                for f in run.failures[:20]:
                    print("  FAIL " + f)
                if len(run.failures) > 20:
                    print("  FAIL ... and %d more" % (len(run.failures) - 20))
                for reason, lines in run.skips.items():
                    print("  SKIP %d: %s (lines %s)" % (
                        len(lines), reason, lines_text(lines)))
                for reason, lines in run.not_applicable.items():
                    print("  N/A %d: %s" % (len(lines), reason))
                sys.stdout.flush()
        print("aarch64 spec: %d passed, %d failed, %d skipped" % (
            total["passed"], total["failed"], total["skipped"]))
    return 1 if total["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
