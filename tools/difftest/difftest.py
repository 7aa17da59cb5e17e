#!/usr/bin/env python3
"""Differential testing of wasmc against V8 (docs/robustness.md).

    difftest.py --build BUILD [--count N] [--first SEED] [--work DIR]
                [--features 2.0|3.0] [-j N]

For each seed, binaryen's `wasm-opt --translate-to-fuzz` turns random bytes
into a valid module (imports removed). `--features 2.0` (the default) keeps
to Wasm 2.0 without SIMD and reference types; `--features 3.0` adds SIMD,
reference types, tail calls, multi-memory, memory64 and extended constants
(it needs node 24 and npm binaryen: tools/node24.sh). Exports whose
parameters or results JavaScript cannot carry exactly (v128, references)
are not called; their effects still show through the others. Its exports
are called in order on one instance in node's V8 (reference.js), with
arguments picked from a fixed set of edge values. The results become a .wast
script -- assert_return with exact bits, assert_trap with the trap's kind,
assert_exhaustion -- which wasmc-spectest runs against `wasmc --shared`
code: the spec runner's module loading, value comparison and trap kinds are
reused, not duplicated. binaryen's exported hashMemory function, called
last, compares the whole memory.

Prints one line per divergent module and ends with (--summary-name)
    diff: N passed, N failed (K known, U unexpected, S skipped)
Known divergences (known-divergences.txt: `seed-<n> <reason>`, for bugs
being fixed) are counted and printed as failures but do not fail the run;
an entry whose seed ran and passed is stale and does.
A divergent module's script stays in WORK/scripts/seed-<n>.wast (with its
module as WORK/modules/seed-<n>.wasm) to reproduce it:
    BUILD/bin/wasmc-spectest --known-failures none -v WORK/scripts/seed-<n>.wast
Exit status: 0 if every divergence is known and no entry is stale, 1
otherwise, 2 if a tool is missing.
"""
import argparse
import concurrent.futures
import json
import os
import random
import re
import select
import shutil
import subprocess
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
# The reference V8 and the module generator: Debian's node and wasm-opt
# unless --node/--wasm-opt or these variables name others (tools/node24.sh
# installs node 24 and npm binaryen, which know Wasm 3.0).
TOOLS = {"node": os.environ.get("WASMC_DIFFTEST_NODE") or "node",
         "wasm-opt": os.environ.get("WASMC_DIFFTEST_WASM_OPT") or "wasm-opt",
         "wasm-opt-js": None}
FEATURES = {
    "2.0": ["--enable-sign-ext", "--enable-nontrapping-float-to-int",
            "--enable-bulk-memory", "--enable-multivalue",
            "--enable-mutable-globals"],
}
# Wasm 3.0 without the proposals whose results a comparison cannot use or
# wasmc does not implement: relaxed SIMD (implementation-defined results:
# V8 and wasmc may both be right and differ), exceptions and GC (not
# implemented; binaryen also generates typed function references only with
# GC enabled, so call_ref and friends are covered by the spec scripts alone).
FEATURES["3.0"] = FEATURES["2.0"] + [
    "--enable-simd", "--enable-tail-call",
    "--enable-multimemory", "--enable-memory64", "--enable-extended-const"]
TYPES = {0x7F: "i32", 0x7E: "i64", 0x7D: "f32", 0x7C: "f64", 0x7B: "v128",
         0x70: "funcref", 0x6F: "externref"}
# Edge values per type, as the decimal form of their bit patterns.
EDGES = {
    "i32": ["0", "1", "4294967295", "2147483648", "2147483647", "65536"],
    "i64": ["0", "1", "18446744073709551615", "9223372036854775808",
            "4294967296"],
    "f32": ["0", "1065353216", "2147483648", "2139095040", "2143289344",
            "1325400064"],
    "f64": ["0", "4607182418800017408", "9223372036854775808",
            "9218868437227405312", "9221120237041090560"],
}
# V8's RuntimeError messages -> the spec interpreter's trap texts, which
# wasmc-spectest maps to trap kinds. Ambiguous ones map to "" (any trap).
TRAPS = [
    ("unreachable", "unreachable"),
    ("memory access out of bounds", "out of bounds memory access"),
    ("divide by zero", "integer divide by zero"),
    ("remainder by zero", "integer divide by zero"),
    ("divide result unrepresentable", "integer overflow"),
    # V8 says this for NaN ("invalid conversion to integer" in the spec) and
    # for out-of-range values ("integer overflow") alike.
    ("float unrepresentable in integer range", ""),
    ("table index is out of bounds", "out of bounds table access"),
    ("element segment out of bounds", "out of bounds table access"),
    ("data segment out of bounds", "out of bounds memory access"),
]


def leb(data, pos, signed=False):
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            break
    if signed and b & 0x40:
        result -= 1 << shift
    return result, pos


def exported_functions(data):
    """[(name, params, results)] for the function exports, in order."""
    pos = 8
    types, funcs, exports, imported = [], [], [], 0
    while pos < len(data):
        sid = data[pos]
        size, pos = leb(data, pos + 1)
        end = pos + size
        p = pos
        if sid == 1:
            n, p = leb(data, p)
            for _ in range(n):
                p += 1  # 0x60
                np_, p = leb(data, p)
                params = [TYPES.get(b, "?") for b in data[p:p + np_]]
                p += np_
                nr, p = leb(data, p)
                results = [TYPES.get(b, "?") for b in data[p:p + nr]]
                p += nr
                types.append((params, results))
        elif sid == 2:
            n, p = leb(data, p)
            imported = n  # any import at all makes the module unusable here
        elif sid == 3:
            n, p = leb(data, p)
            for _ in range(n):
                t, p = leb(data, p)
                funcs.append(t)
        elif sid == 7:
            n, p = leb(data, p)
            for _ in range(n):
                ln, p = leb(data, p)
                name = data[p:p + ln].decode("utf-8")
                p += ln
                kind = data[p]
                idx, p = leb(data, p + 1)
                if kind == 0:
                    exports.append((name, idx))
        pos = end
    if imported:
        return None
    return [(name,) + types[funcs[idx]] for name, idx in exports]


def wast_string(name):
    return '"' + "".join(c if c.isalnum() or c in "_-." else "\\%02x" % ord(c)
                         for c in name) + '"'


def const(t, bits):
    if bits == "nan":
        return "(%s.const nan:arithmetic)" % t
    if t in ("i32", "i64"):
        return "(%s.const %s)" % (t, bits)
    width = 32 if t == "f32" else 64
    # Exact bits, through the integer reinterpretation the text format lacks:
    # a hex float of the value is exact for every non-NaN bit pattern.
    import struct
    fmt = (">I", ">f") if width == 32 else (">Q", ">d")
    value = struct.unpack(fmt[1], struct.pack(fmt[0], int(bits)))[0]
    if value != value:
        return "(%s.const nan:0x%x)" % (t, int(bits) & ((1 << (23 if width == 32 else 52)) - 1))
    if value in (float("inf"), float("-inf")):
        return "(%s.const %sinf)" % (t, "-" if value < 0 else "")
    return "(%s.const %s)" % (t, float(value).hex())


def trap_text(v8_message):
    """The spec interpreter's text for a V8 trap message ("": any trap)."""
    return next((spec for v8, spec in TRAPS if v8 in v8_message), "")


def make_script(module, calls, outcomes):
    binary = "(module binary \"%s\")" % "".join("\\%02x" % b for b in module)
    # A trap while instantiating (in the start function or a segment): the
    # module must fail to instantiate with the same trap; nothing is called.
    if len(outcomes) == 1 and "instantiate" in outcomes[0]:
        return "(assert_trap %s \"%s\")\n" % (
            binary, trap_text(outcomes[0]["instantiate"]))
    lines = [binary]
    for call, out in zip(calls, outcomes):
        invoke = "(invoke %s %s)" % (wast_string(call["name"]), " ".join(
            const(t, a) for t, a in zip(call["params"], call["args"])))
        if "ok" in out:
            if "nan" in out["ok"]:
                # A NaN's payload and signalling bit do not survive the trip
                # through JavaScript, and a non-arithmetic NaN is a valid
                # result (reinterpret, copysign, select...): the call is made,
                # as the state of later calls depends on it, but its results
                # are not compared.
                lines.append(invoke)
            else:
                lines.append("(assert_return %s %s)" % (invoke, " ".join(
                    const(t, v) for t, v in zip(call["results"], out["ok"]))))
        elif "trap" in out:
            text = trap_text(out["trap"])
            lines.append("(assert_trap %s \"%s\")" % (invoke, text))
        elif "exhaustion" in out:
            lines.append("(assert_exhaustion %s \"call stack exhausted\")" % invoke)
        else:
            return None
    return "\n".join(lines) + "\n"


class Server:
    """A server.js process: V8 reference runs, and generation by npm
    binaryen's wasm-opt when --wasm-opt-js names it, without starting node
    for each. One per worker thread; restarted after a timeout or error."""
    live = []

    def __init__(self):
        self.proc = None
        Server.live.append(self)

    def request(self, req, timeout):
        if self.proc is None:
            self.proc = subprocess.Popen(
                [TOOLS["node"], "--stack-size=900",
                 os.path.join(HERE, "server.js")] +
                ([TOOLS["wasm-opt-js"]] if TOOLS["wasm-opt-js"] else []),
                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, text=True)
        try:
            self.proc.stdin.write(json.dumps(req) + "\n")
            self.proc.stdin.flush()
            if select.select([self.proc.stdout], [], [], timeout)[0]:
                line = self.proc.stdout.readline()
                if line:
                    reply = json.loads(line)
                    if "error" not in reply:
                        return reply
        except (OSError, ValueError):
            pass
        self.stop()
        return None

    def stop(self):
        if self.proc:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


SERVERS = threading.local()


def server():
    if not hasattr(SERVERS, "server"):
        SERVERS.server = Server()
    return SERVERS.server


def reference(wasm, calls):
    """V8's outcome per call, or None. Calls of multi-result exports that
    trap or return a NaN are left out (and V8 rerun without them, as their
    effects would be missing): wast2json 1.0.32 writes invalid JSON for an
    assert_trap or a bare action whose function has several results."""
    for _ in range(5):
        reply = server().request({"op": "run", "wasm": wasm, "calls": calls},
                                 timeout=60)
        outcomes = reply["outcomes"] if reply else None
        if (outcomes and "instantiate" in outcomes[0] and
                outcomes[0]["instantiate"].startswith("RuntimeError")):
            return outcomes  # a trap during instantiation (make_script)
        if outcomes is None or len(outcomes) != len(calls):
            return None  # V8 rejected or could not instantiate the module
        keep = [i for i, (c, o) in enumerate(zip(calls, outcomes))
                if len(c["results"]) <= 1 or
                ("ok" in o and "nan" not in o["ok"])]
        if len(keep) == len(calls):
            return outcomes
        calls[:] = [calls[i] for i in keep]
    return None


def wasm_opt(args):
    if TOOLS["wasm-opt-js"]:
        reply = server().request({"op": "wasm-opt", "args": args}, timeout=60)
        return reply is not None and reply["rc"] == 0
    return subprocess.run([TOOLS["wasm-opt"]] + args, capture_output=True,
                          text=True, timeout=60).returncode == 0


def generate(seed, work, features):
    rng = random.Random(seed)
    raw = os.path.join(work, "tmp", "seed-%d.bin" % seed)
    wasm = os.path.join(work, "modules", "seed-%d.wasm" % seed)
    with open(raw, "wb") as f:
        f.write(bytes(rng.getrandbits(8) for _ in range(rng.randint(500, 8000))))
    flags = ["--mvp-features"] + FEATURES[features]
    ok = wasm_opt([raw, "-ttf"] + flags + ["--remove-imports", "-o", wasm])
    if not ok:
        # --remove-imports in the same run as -ttf sometimes leaves an
        # invalid module (binaryen 132: a call to a removed import inside
        # unreachable code); removing them from the written module works.
        full = os.path.join(work, "tmp", "seed-%d.wasm" % seed)
        ok = (wasm_opt([raw, "-ttf"] + flags + ["-o", full]) and
              wasm_opt([full] + flags + ["--remove-imports", "-o", wasm]))
        if os.path.exists(full):
            os.unlink(full)
    os.unlink(raw)
    return wasm if ok else None


def prepare(seed, work, features):
    """(the script comparing wasmc with V8 on this seed's module, None) or
    (None, why the seed is skipped)."""
    wasm = generate(seed, work, features)
    if not wasm:
        return None, "binaryen made no valid module"
    data = open(wasm, "rb").read()
    exports = exported_functions(data)
    if exports is None:
        return None, "imports left"
    rng = random.Random(seed)
    calls = []
    for name, params, results in exports:
        if any(t not in EDGES for t in params + results):
            continue
        calls.append({"name": name, "params": params, "results": results,
                      "args": [rng.choice(EDGES[t]) for t in params]})
    calls.sort(key=lambda c: c["name"] == "hashMemory")
    outcomes = reference(wasm, calls)
    if outcomes is None:
        return None, "no V8 reference"  # V8 rejected the module or died
    script = make_script(data, calls, outcomes)
    if script is None:
        return None, "V8 outcome not expressible"
    path = os.path.join(work, "scripts", "seed-%d.wast" % seed)
    with open(path, "w") as f:
        f.write(script)
    return path, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", required=True)
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--first", type=int, default=1)
    ap.add_argument("--work")
    ap.add_argument("-j", type=int, default=1,
                    help="parallel jobs (generation, V8 and wasmc-spectest)")
    ap.add_argument("--features", choices=sorted(FEATURES), default="2.0",
                    help="what the generated modules use (default: 2.0)")
    ap.add_argument("--summary-name", default="diff",
                    help="first word of the last line (default: diff)")
    ap.add_argument("--wast2json3", help="wast2json3's wast2json.mjs, which "
                    "wasmc-spectest converts 3.0 scripts with (--features 3.0)")
    ap.add_argument("--known", help="known divergences ('none': no list; "
                    "default: known-divergences.txt, for --features 3.0 "
                    "known-divergences-3.0.txt, as seeds make other modules)")
    ap.add_argument("--wasmc-arg", action="append", default=[],
                    help="passed on to wasmc --shared (repeatable)")
    ap.add_argument("--node", help="the reference node (default: "
                    "$WASMC_DIFFTEST_NODE, or node on PATH)")
    ap.add_argument("--wasm-opt", help="binaryen's wasm-opt (default: "
                    "$WASMC_DIFFTEST_WASM_OPT, or wasm-opt on PATH)")
    ap.add_argument("--wasm-opt-js", help="npm binaryen's bin/wasm-opt, run "
                    "inside long-lived node processes instead of --wasm-opt "
                    "(several times faster: node starts once)")
    args = ap.parse_args()
    if args.node:
        TOOLS["node"] = args.node
    if args.wasm_opt:
        TOOLS["wasm-opt"] = args.wasm_opt
    TOOLS["wasm-opt-js"] = args.wasm_opt_js
    build = os.path.abspath(args.build)
    work = os.path.abspath(args.work or os.path.join(build, "difftest"))
    for tool in ("node",) if args.wasm_opt_js else ("wasm-opt", "node"):
        if not shutil.which(TOOLS[tool]):
            print("difftest: %s not found (Debian: binaryen, nodejs; or "
                  "tools/node24.sh)" % TOOLS[tool])
            return 2
    # node caches compiled JavaScript here: npm's wasm-opt is 11 MB of it.
    os.environ.setdefault("NODE_COMPILE_CACHE", os.path.join(work, "node-cache"))
    runner = os.path.join(build, "bin", "wasmc-spectest")
    for sub in ("tmp", "modules", "scripts"):
        shutil.rmtree(os.path.join(work, sub), ignore_errors=True)
        os.makedirs(os.path.join(work, sub))

    # Generating a module and running V8 on it take longer than compiling
    # it (npm's wasm-opt is JavaScript): both run -j at a time.
    seeds = range(args.first, args.first + args.count)
    with concurrent.futures.ThreadPoolExecutor(max(1, args.j)) as pool:
        prepared = list(pool.map(lambda s: prepare(s, work, args.features),
                                 seeds))
    for s in Server.live:
        s.stop()
    scripts = {"seed-%d" % s: p for s, (p, _) in zip(seeds, prepared) if p}
    skipped = len(prepared) - len(scripts)
    reasons = {}
    for _, why in prepared:
        if why:
            reasons[why] = reasons.get(why, 0) + 1
    if reasons:
        print("skipped seeds: " + ", ".join(
            "%d %s" % (n, why) for why, n in sorted(reasons.items())))

    if not scripts:
        print("%s: 0 passed, 0 failed (%d skipped)" % (args.summary_name, skipped))
        return 1
    if not args.known:
        args.known = os.path.join(HERE, "known-divergences%s.txt" % (
            "" if args.features == "2.0" else "-" + args.features))
    known = {}
    if args.known != "none" and os.path.exists(args.known):
        for line in open(args.known):
            line = line.split("#")[0].strip()
            if line:
                seed, _, reason = line.partition(" ")
                known[seed] = reason.strip()
    convert = []
    if args.features != "2.0":
        # wabt's wast2json validates the module it embeds and knows no 3.0.
        if not args.wast2json3 or not os.path.exists(args.wast2json3):
            print("difftest: --features %s needs --wast2json3 (ninja "
                  "wast2json3 installs it)" % args.features)
            return 2
        convert = ["--wast2json3", args.wast2json3, "--node", TOOLS["node"]]
    r = subprocess.run([runner, "--known-failures", "none", "--work-dir",
                        os.path.join(work, "runner"), "-j%d" % args.j,
                        "--timeout", "120", "-v"] + convert +
                       ["--wasmc-arg=" + a for a in args.wasmc_arg] +
                       sorted(scripts.values()),
                       capture_output=True, text=True)
    passed = failed = known_failed = stale = 0
    seen = set()
    for line in r.stdout.splitlines():
        m = re.match(r"\s+(seed-\d+)\.wast\s+(\d+) passed\s+(\d+) failed", line)
        if m:
            seen.add(m.group(1))
            if int(m.group(3)):
                failed += 1
                tag = "KNOWN " if m.group(1) in known else ""
                known_failed += m.group(1) in known
                print("%sDIVERGED %s (%s passed, %s failed commands): %s" %
                      (tag, m.group(1), m.group(2), m.group(3),
                       scripts[m.group(1)]))
            else:
                passed += 1
                if m.group(1) in known:
                    stale += 1
                    print("STALE %s: %s passes now; remove it from %s" %
                          (m.group(1), m.group(1), args.known))
        elif line.strip().startswith("FAIL "):
            print("  " + line.strip())
    missing = set(scripts) - seen
    if missing:
        print("difftest: the runner reported nothing for %d scripts:\n%s" %
              (len(missing), r.stdout[-2000:] + r.stderr[-2000:]))
        failed += len(missing)
    unexpected = failed - known_failed
    print("%s: %d passed, %d failed (%d known, %d unexpected, %d skipped)" %
          (args.summary_name, passed, failed, known_failed, unexpected,
           skipped))
    return 0 if unexpected == 0 and stale == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
