#!/usr/bin/env python3
"""Runs Wasmtime's sightglass benchmark suite with wasmc and its peers.

Every module of <shared>/sightglass/benchmarks/*/*.wasm (read-only, never
copied into the repository) is run by each engine the sightglass way: its
`_start` with WASI preview1, the benchmark directory pre-opened as "." and
as the working directory, and `bench.start`/`bench.end` imports around the
measured region. Engines:

  wasmc      wasmc -O2 --shared, run by bench/sightglass/host.c (rtlib.h)
  node       V8 via node:wasi (bench/sightglass/node_runner.mjs); node 24
             from build/node24 when it is there
  cranelift  Wasmtime/Cranelift inside wizer (npm
             @bytecodealliance/wizer-linux-x64), which runs `_start` but
             cannot take host functions: see "Cranelift" below
  native     the benchmark's C/C++ source with clang-19 and the flags of its
             own wasm build, where the source is in the snapshot and needs
             nothing fetched (bench/sightglass/native/)

Each run's stdout and stderr must equal the module's <stem>.stdout.expected
and <stem>.stderr.expected (or default.*); a mismatch is a failure, listed
with the first differing line. Where the suite has no expected file the
engines are compared with wasmc instead.

Times are the bench.start..bench.end region, CPU time of the process
(CLOCK_PROCESS_CPUTIME_ID in the C hosts, process.cpuUsage in node), median
of --reps runs interleaved across engines; wall time is in the JSON too.

Cranelift: wizer links only WASI, and the modules it can --preload get no
imports, so no clock can be read at bench.start/bench.end. Its region is
measured by difference instead: the same run with a preloaded `bench`
whose `end` traps (compile + set-up + region) minus one whose `start`
traps (compile + set-up), each process's CPU time from wait4, medians of
--reps. A third run with both no-ops checks the output. The difference
carries the noise of Cranelift's compile time and of the traps, so it is
ranked only where it and wasmc's region reach 50 ms (smaller ones are
shown in parentheses).

wasm2c is not run: bench/wasm2c's WASI shim has no files (path_open,
fd_read, preopens), which most of these modules need, and Debian's wabt has
no WASI of its own.

Output: a Markdown section (--status-md writes it between
<!-- BEGIN sightglass --> and <!-- END sightglass --> of that file, nothing
else) and raw results (--json).
"""
import argparse
import datetime
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
from status_section import replace_section  # noqa: E402
ENGINES = ["wasmc", "node", "cranelift", "native"]
# The engines wasmc is ranked against.
PEERS = ["node", "cranelift", "native"]
ENGINE_NOTES = {
    "wasmc": "`wasmc -O2 --shared`, run by `bench/sightglass/host.c` "
             "through rtlib.h",
    "node": "V8 via `node:wasi`",
    "cranelift": "Wasmtime/Cranelift in wizer; region by difference of two "
                 "runs (see bench/README.md)",
    "native": "the benchmark's own C/C++ source, clang-19 with its wasm "
              "build's flags",
}
# Imports every engine here provides.
KNOWN_IMPORT_MODULES = {"bench", "wasi_snapshot_preview1"}
# Below this the region is dominated by timer and scheduling noise: shown,
# but left out of geomeans and rankings.
MIN_REGION_S = 1e-3
# The Cranelift region is a difference of two whole-process CPU times,
# each with Cranelift's compile and a trap's cost (about 0.1 s) in it: its
# ratio is given only where both it and wasmc's region reach this.
MIN_CRANELIFT_REGION_S = 50e-3

# Modules the shared snapshot cannot run as the suite means them to
# (SHARED-README.md lists what it left out).
SUITE_GAPS = {
    "hex-simd": "its stdin input and expected stdout are not in the shared "
                "snapshot (SHARED-README.md)",
}
# Modules without expected output files whose output cannot be compared
# between engines either.
UNCHECKED = {
    "hashset": "prints its own timing (\"That took N seconds\") and the "
               "suite has no expected output",
}

# Native builds: benchmark name -> (compiler, sources relative to the
# benchmark's directory, flags). The flags are those of the module's own
# Dockerfile (wasi-sdk): -O3, and -fno-exceptions / -DNDEBUG where it has
# them. Only sources that are in the snapshot and need nothing fetched.
SHOOTOUT = ["ackermann", "base64", "ctype", "ed25519", "fib2", "gimli",
            "heapsort", "keccak", "matrix", "memmove", "minicsv",
            "nestedloop", "random", "ratelimit", "seqhash", "sieve",
            "switch", "xblabla20", "xchacha20"]
NATIVE = {"shootout-" + n: ("clang-19", ["src/%s.c" % n], ["-O3"])
          for n in SHOOTOUT}
NATIVE.update({
    "noop": ("clang-19", ["benchmark.c"], ["-O3", "-DNDEBUG"]),
    "quicksort": ("clang-19", ["quicksort.c"], ["-O3"]),
    "richards": ("clang-19", ["richards.c"], ["-O3"]),
    # HashSet.cpp relies on wasi-sdk's libc++ including <cstring> and
    # <limits> for it; glibc's and libstdc++'s headers do not.
    "hashset": ("clang++-19", ["HashSet.cpp"],
                ["-O3", "-fno-exceptions", "-include", "cstring",
                 "-include", "limits"]),
    "gcc-loops": ("clang++-19", ["gcc-loops.cpp"],
                  ["-O3", "-fno-exceptions"]),
})


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def run_checked(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError("command failed (%d): %s\n%s%s" % (
            r.returncode, " ".join(cmd), r.stdout[-2000:], r.stderr[-2000:]))
    return r


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


# --- Modules -----------------------------------------------------------------

def read_leb(data, pos):
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7f) << shift
        shift += 7
        if not b & 0x80:
            return result, pos


def module_info(path):
    """(is a core module, [(import module, name)]) from the binary: enough
    to tell which engines can run it before trying."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\0asm" or data[4:8] != b"\x01\0\0\0":
        return False, []
    pos, imports = 8, []
    while pos < len(data):
        sid = data[pos]
        size, pos = read_leb(data, pos + 1)
        end = pos + size
        if sid == 2:  # the import section: names come first in each entry
            count, p = read_leb(data, pos)
            for _ in range(count):
                names = []
                for _ in range(2):
                    n, p = read_leb(data, p)
                    names.append(data[p:p + n].decode(errors="replace"))
                    p += n
                imports.append(tuple(names))
                kind = data[p]
                p += 1
                # Skip the import's type to reach the next entry.
                if kind == 0:       # function: type index
                    _, p = read_leb(data, p)
                elif kind == 1:     # table: reftype (maybe a long form) + limits
                    if data[p] in (0x63, 0x64):
                        p += 1
                        _, p = read_leb(data, p)
                    else:
                        p += 1
                    flags, p = read_leb(data, p)
                    _, p = read_leb(data, p)
                    if flags & 1:
                        _, p = read_leb(data, p)
                elif kind == 2:     # memory: limits
                    flags, p = read_leb(data, p)
                    _, p = read_leb(data, p)
                    if flags & 1:
                        _, p = read_leb(data, p)
                elif kind == 3:     # global: valtype + mutability
                    if data[p] in (0x63, 0x64):
                        p += 1
                        _, p = read_leb(data, p)
                    else:
                        p += 1
                    p += 1
                else:               # a tag or something newer: stop here
                    break
            break
        pos = end
    return True, imports


class Benchmark:
    def __init__(self, root, dirname, wasm):
        self.dir = os.path.join(root, dirname)
        self.dirname = dirname
        self.wasm = os.path.join(self.dir, wasm)
        self.stem = wasm[:-len(".wasm")]
        # Names as the suite's own reports spell them: the directory for a
        # lone benchmark.wasm, else the file's stem.
        self.name = dirname if self.stem == "benchmark" else self.stem
        self.expected = {}
        for stream in ("stdout", "stderr"):
            for base in (self.stem, "default"):
                p = os.path.join(self.dir, "%s.%s.expected" % (base, stream))
                if os.path.exists(p):
                    with open(p, "rb") as f:
                        self.expected[stream] = f.read()
                    break
        self.core, self.imports = module_info(self.wasm)

    def skip_reason(self):
        """Why no engine here can run it, or None."""
        if self.name in SUITE_GAPS:
            return SUITE_GAPS[self.name]
        if not self.core:
            return ("a component (component-model binary), not a core "
                    "module: no engine here runs components")
        other = sorted({m for m, _ in self.imports} - KNOWN_IMPORT_MODULES)
        if other:
            return "imports %s, which no engine here provides" % ", ".join(
                "`%s`" % m for m in other)
        return None


def discover(root, only):
    found = []
    for d in sorted(os.listdir(root)):
        full = os.path.join(root, d)
        if not os.path.isdir(full):
            continue
        for f in sorted(os.listdir(full)):
            if f.endswith(".wasm"):
                b = Benchmark(root, d, f)
                if not only or b.name in only:
                    found.append(b)
    return found


# --- Engines -----------------------------------------------------------------

def parse_times(path):
    """The "wall_ns N cpu_ns N starts N ends N" line the hosts write."""
    with open(path) as f:
        words = f.read().split()
    v = {words[i]: int(words[i + 1]) for i in range(0, len(words) - 1, 2)}
    return v


class ChildClock:
    """CPU time of children, from the growth of RUSAGE_CHILDREN: runs are
    one at a time, so each delta is one process's."""

    def __init__(self):
        self.last = self._now()

    @staticmethod
    def _now():
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    def lap(self):
        now = self._now()
        d, self.last = now - self.last, now
        return d


class Runner:
    def __init__(self, args):
        self.a = args
        self.out = args.out_dir
        self.work = os.path.join(self.out, "work")
        self.clock = ChildClock()

    # Scratch copies of the inputs: modules run read-write (as sightglass
    # runs them), so never in the shared checkout itself.
    def scratch(self, b):
        d = os.path.join(self.work, b.dirname)
        if not os.path.isdir(d):
            os.makedirs(d)
            for f in os.listdir(b.dir):
                src = os.path.join(b.dir, f)
                if os.path.isfile(src) and not f.endswith((".wasm", ".wat")):
                    shutil.copyfile(src, os.path.join(d, f))
        return d

    def times_file(self, b, engine):
        return os.path.join(self.out, "%s.%s.times" % (b.name, engine))

    # -- building --
    def build_host(self):
        host = os.path.join(self.out, "sightglass_host")
        libdir = self.a.rtlib_dir
        run_checked([self.a.clang, "-O2", "-Wall", "-Werror",
                     "-I", os.path.join(REPO, "rtlib", "include"),
                     os.path.join(HERE, "host.c"), "-L" + libdir, "-lrtlib",
                     "-Wl,-rpath," + libdir, "-lpthread", "-o", host])
        self.host = host

    def build_preloads(self):
        """The `bench` modules wizer preloads: no-ops, or one trapping."""
        self.preloads = {}
        for kind, start, end in (("full", "nop", "nop"),
                                 ("to-end", "nop", "unreachable"),
                                 ("to-start", "unreachable", "nop")):
            wat = os.path.join(self.out, "bench-%s.wat" % kind)
            with open(wat, "w") as f:
                f.write('(module (func (export "start") %s) '
                        '(func (export "end") %s))\n' % (start, end))
            wasm = wat[:-4] + ".wasm"
            run_checked([self.a.wat2wasm, wat, "-o", wasm])
            self.preloads[kind] = wasm

    def build(self, b, engine):
        """Builds what `engine` runs for b; returns seconds it took."""
        t0 = time.monotonic()
        if engine == "wasmc":
            run_checked([self.a.wasmc, "-O2", "--shared", b.wasm, "-o",
                         os.path.join(self.out, b.name + ".so")])
        elif engine == "native":
            cc, sources, flags = NATIVE[b.name]
            # The sources next to our sightglass.h, because theirs is a
            # broken symlink in the snapshot and "" includes look in the
            # source's own directory first.
            d = os.path.join(self.out, "native-src", b.name)
            os.makedirs(d, exist_ok=True)
            shutil.copyfile(os.path.join(HERE, "native", "sightglass.h"),
                            os.path.join(d, "sightglass.h"))
            local = []
            for s in sources:
                dst = os.path.join(d, os.path.basename(s))
                shutil.copyfile(os.path.join(b.dir, s), dst)
                local.append(dst)
            obj = os.path.join(d, "bench.o")
            run_checked(["clang-19", "-O2", "-c", "-I", d,
                         os.path.join(HERE, "native", "bench.c"), "-o", obj])
            run_checked([cc] + flags + ["-I", d] + local +
                        [obj, "-lm", "-o",
                         os.path.join(self.out, b.name + ".native")])
        return time.monotonic() - t0

    # -- running --
    def command(self, b, engine, preload="full"):
        d = self.scratch(b)
        times = self.times_file(b, engine)
        argv0 = b.stem + ".wasm"
        if engine == "wasmc":
            return [self.host, os.path.join(self.out, b.name + ".so"), d,
                    times, argv0], {}
        if engine == "node":
            return [self.a.node, "--no-warnings",
                    os.path.join(HERE, "node_runner.mjs"), b.wasm, d, times,
                    argv0], {}
        if engine == "native":
            return [os.path.join(self.out, b.name + ".native")], {
                "cwd": d, "env": dict(os.environ, SIGHTGLASS_TIMES=times)}
        if engine == "cranelift":
            # The input first: --preload takes several values.
            return [self.a.wizer, b.wasm, "--allow-wasi", "--init-func",
                    "_start", "--dir", ".", "--preload",
                    "bench=" + self.preloads[preload], "-o",
                    os.path.join(self.out, b.name + ".wizer.wasm")], {"cwd": d}
        raise ValueError(engine)

    def run(self, b, engine, preload="full"):
        """One run: (status, stdout bytes, stderr bytes, process CPU s,
        region dict or None)."""
        cmd, kw = self.command(b, engine, preload)
        times = self.times_file(b, engine)
        if os.path.exists(times):
            os.remove(times)
        self.clock.lap()
        try:
            p = subprocess.run(cmd, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE,
                               timeout=self.a.timeout, **kw)
            status, out, err = p.returncode, p.stdout, p.stderr
            if engine == "cranelift":
                status, err = wizer_outcome(status, err)
        except subprocess.TimeoutExpired as e:
            status, out, err = "timeout", e.stdout or b"", e.stderr or b""
        cpu = self.clock.lap()
        region = parse_times(times) if os.path.exists(times) else None
        return status, out, err, cpu, region


WIZER_TRAPPED = b"Error: the `_start` function trapped"


def wizer_outcome(status, err):
    """(guest exit status, guest stderr) of a wizer run. wizer reports a
    WASI proc_exit from `_start` (TinyGo's programs end with one) as a trap,
    "Exited with i32 exit status N" among its causes, after the guest's own
    stderr; that becomes exit status N and wizer's text is cut off. A real
    trap keeps wizer's status and text."""
    i = err.rfind(WIZER_TRAPPED)
    if status != 0 and i >= 0:
        tail_text = err[i:]
        mark = b"Exited with i32 exit status "
        j = tail_text.find(mark)
        if j >= 0:
            digits = tail_text[j + len(mark):].split()[0]
            return int(digits), err[:i]
    return status, err


def first_difference(got, want):
    g, w = got.splitlines(), want.splitlines()
    for i in range(max(len(g), len(w))):
        a = g[i] if i < len(g) else b"<end>"
        e = w[i] if i < len(w) else b"<end>"
        if a != e:
            return "line %d: got %r, expected %r" % (i + 1, a[:120], e[:120])
    return "same lines, different line ends"


def check_output(b, out, err, reference=None):
    """None when the output is right, else what is wrong. Expected files are
    compared exactly except for whitespace at the very end (libsodium's
    expected stdout lacks the newline its programs print)."""
    if b.name in UNCHECKED:
        return None
    got = {"stdout": out, "stderr": err}
    for stream in ("stdout", "stderr"):
        want = b.expected.get(stream)
        if want is None and reference is not None:
            want = reference[stream]
            what = "wasmc's %s" % stream
        elif want is None:
            continue
        else:
            what = "the expected %s" % stream
        if got[stream].rstrip() != want.rstrip():
            return "%s differs from %s: %s" % (
                stream, what, first_difference(got[stream], want))
    return None


def tail(data, n=400):
    """The end of an error output, less wizer's Rust backtrace (which
    follows its message and says nothing about the guest)."""
    text = data.decode(errors="replace")
    cut = text.find("\nStack backtrace:")
    if cut >= 0:
        text = text[:cut]
    return text.strip()[-n:]


# --- Measuring ---------------------------------------------------------------

def measure(r, benches, reps):
    """Returns per benchmark: {engine: {"cpu": [...], "wall": [...]}},
    failures {(bench, engine): reason}, and notes."""
    res = {b.name: {} for b in benches}
    fail = {}
    plan = {}
    for b in benches:
        plan[b.name] = [e for e in r.engines
                        if e != "native" or b.name in NATIVE]
    # Build (and check the output of) everything first; an engine that
    # cannot build or run a module leaves the plan for it.
    # Where a benchmark has no expected output, each engine's must equal
    # what wasmc printed for that benchmark.
    references = {}
    for b in benches:
        for e in list(plan[b.name]):
            try:
                t = r.build(b, e)
                if e == "wasmc":
                    res[b.name]["wasmc-compile-s"] = t
            except RuntimeError as ex:
                fail[(b.name, e)] = "build failed: " + str(ex).strip()[-600:]
                plan[b.name].remove(e)
                log("%-34s %-9s FAILED to build: %s" % (
                    b.name, e, str(ex).strip().splitlines()[-1][:100]))
                continue
            status, out, err, cpu, region = r.run(b, e)
            if e == "wasmc" and status == 0:
                references[b.name] = {"stdout": out, "stderr": err}
            problem = None
            if status != 0:
                problem = "exit status %s: %s" % (status, tail(err))
            else:
                problem = check_output(
                    b, out, err,
                    None if b.expected or e == "wasmc"
                    else references.get(b.name))
                if problem is None and e != "cranelift":
                    if not region or region["starts"] != 1 or \
                            region["ends"] != 1:
                        problem = ("bench.start/bench.end not called once "
                                   "each: %r" % region)
            if problem:
                fail[(b.name, e)] = problem
                plan[b.name].remove(e)
            log("%-34s %-9s %s" % (b.name, e, "ok" if not problem else
                                  "FAILED: " + problem.splitlines()[0][:100]))
    for rep in range(reps):
        log("repetition %d/%d" % (rep + 1, reps))
        for b in benches:
            for e in plan[b.name]:
                if (b.name, e) in fail:
                    continue
                slot = res[b.name].setdefault(e, {"cpu": [], "wall": []})
                if e == "cranelift":
                    # compile + set-up + region, and compile + set-up: each
                    # run ends in the trap of its preloaded `bench`.
                    for kind in ("to-end", "to-start"):
                        status, out, err, cpu, _ = r.run(b, e, kind)
                        if b"trapped" not in err and status == 0:
                            fail[(b.name, e)] = ("the %s run did not trap: "
                                                 "%s" % (kind, tail(err)))
                        slot.setdefault(kind, []).append(cpu)
                    continue
                status, out, err, cpu, region = r.run(b, e)
                problem = None
                if status != 0:
                    problem = "exit status %s: %s" % (status, tail(err))
                else:
                    problem = check_output(
                        b, out, err,
                        None if b.expected or e == "wasmc"
                    else references.get(b.name))
                if problem or not region:
                    fail[(b.name, e)] = problem or "no region recorded"
                    continue
                slot["cpu"].append(region["cpu_ns"] / 1e9)
                slot["wall"].append(region["wall_ns"] / 1e9)
    # Medians; Cranelift's is the difference of its two runs' medians.
    med = {}
    for b in benches:
        med[b.name] = {}
        for e in ENGINES:
            s = res[b.name].get(e)
            if not s or (b.name, e) in fail:
                continue
            if e == "cranelift":
                if s.get("to-end") and s.get("to-start"):
                    med[b.name][e] = (statistics.median(s["to-end"]) -
                                      statistics.median(s["to-start"]))
            elif s["cpu"]:
                med[b.name][e] = statistics.median(s["cpu"])
    return res, med, fail


# --- Report ------------------------------------------------------------------

def usable(name, engine, med):
    """Whether a median is above the noise floor of its engine."""
    v = med[name].get(engine)
    if v is None:
        return False
    floor = MIN_CRANELIFT_REGION_S if engine == "cranelift" else MIN_REGION_S
    return v >= floor and med[name].get("wasmc", 0) >= floor


def fmt_time(v, engine, name, med):
    if v is None:
        return "-"
    if engine == "cranelift" and v < MIN_CRANELIFT_REGION_S:
        return "(%.1f ms)" % (v * 1e3)
    return "%.1f" % (v * 1e3)


def report(args, benches, med, fail, skipped, node_version, wizer_version):
    L = ["<!-- BEGIN sightglass -->",
         "## Sightglass (Wasmtime's benchmark suite)", ""]
    L.append("Generated by `ninja bench-sightglass` (bench/sightglass/run.py, "
             "bench/README.md) on %s, %s, %d CPUs; median of %d interleaved "
             "runs. Times are milliseconds of CPU time in the "
             "`bench.start`..`bench.end` region; ratios are engine / wasmc "
             "(above 1: wasmc is faster) and wasmc / native. A shared "
             "2-core machine: a few percent either way is noise." % (
                 datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
                 platform.machine(), os.cpu_count() or 0, args.reps))
    L.append("")
    notes = dict(ENGINE_NOTES)
    notes["node"] = "node %s (V8) via `node:wasi`" % node_version
    notes["cranelift"] = ("Wasmtime/Cranelift in wizer %s; its region is the "
                          "difference of two whole runs, so it is "
                          "ranked only where it and wasmc's region reach "
                          "50 ms (smaller values in parentheses)" % wizer_version)
    for e in ENGINES:
        L.append("- **%s**: %s" % (e, notes[e]))
    L.append("")
    L.append("| benchmark | wasmc | node | cranelift | native | node/wasmc "
             "| cranelift/wasmc | wasmc/native |")
    L.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    ratios = {"node": {}, "cranelift": {}, "native": {}}
    for b in benches:
        if b.name in skipped:
            continue
        m = med[b.name]
        cells = [fmt_time(m.get(e), e, b.name, med) for e in ENGINES]
        for i, e in enumerate(ENGINES):
            if (b.name, e) in fail:
                cells[i] = "fail"
        rc = []
        for e in PEERS:
            if usable(b.name, e, med) and usable(b.name, "wasmc", med):
                r = m[e] / m["wasmc"]
                ratios[e][b.name] = r
                rc.append("%.2f" % (1 / r if e == "native" else r))
            else:
                rc.append("-")
        L.append("| %s | %s | %s |" % (b.name, " | ".join(cells),
                                       " | ".join(rc)))
    # Geomeans: over the benchmarks every Wasm engine ran (above the noise
    # floor), and wasmc/native over those with a native build.
    common = [n for n in ratios["node"] if n in ratios["cranelift"]]
    L.append("")
    if common:
        L.append("Geomean over the %d benchmarks all three Wasm engines ran "
                 "(regions above the noise floors): node/wasmc **%.2f**, "
                 "cranelift/wasmc **%.2f**." % (
                     len(common), geomean([ratios["node"][n] for n in common]),
                     geomean([ratios["cranelift"][n] for n in common])))
    nat = list(ratios["native"])
    if nat:
        node_native = geomean([med[n]["node"] / med[n]["native"]
                               for n in nat if med[n].get("node")])
        L.append("wasmc/native geomean over the %d benchmarks with a native "
                 "build: **%.2f**%s." % (
                     len(nat), 1 / geomean([ratios["native"][n] for n in nat]),
                     " (node/native %.2f)" % node_native if node_native
                     else ""))
    # The next targets: wasmc against the fastest other engine.
    worst = []
    for b in benches:
        m = med.get(b.name)
        if m is None:
            continue
        best = [(m[e], e) for e in PEERS if usable(b.name, e, med)]
        if best and usable(b.name, "wasmc", med):
            t, e = min(best)
            worst.append((m["wasmc"] / t, b.name, e))
    worst.sort(reverse=True)
    if worst:
        L.append("")
        L.append("Slowest against the fastest other engine: " + "; ".join(
            "%s %.2fx %s" % (n, r, e) for r, n, e in worst[:5]) + ".")
    for name, why in sorted(UNCHECKED.items()):
        if any(b.name == name for b in benches):
            L.append("")
            L.append("Output not checked: %s %s." % (name, why))
    if fail or skipped:
        L.append("")
        L.append("Not run or failed (each engine's reason):")
        L.append("")
        for name, why in sorted(skipped.items()):
            L.append("- %s: all engines: %s" % (name, why))
        for (name, e), why in sorted(fail.items()):
            L.append("- %s / %s: %s" % (name, e, " ".join(
                why.split())[:300].replace("|", "\\|")))
    L.append("<!-- END sightglass -->")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    build = os.path.join(REPO, "build")
    shared = os.environ.get("WASMC_SHARED_DIR") or os.path.join(
        os.path.dirname(REPO), "shared")
    ap.add_argument("--wasmc", default=os.path.join(build, "bin", "wasmc"))
    ap.add_argument("--rtlib-dir", default=os.path.join(
        build, "lib", "wasmc", platform.machine() + "-linux-gnu"),
        help="where librtlib.so is")
    ap.add_argument("--shared-dir", default=shared,
                    help="holds sightglass/ (default: $WASMC_SHARED_DIR or "
                         "../shared)")
    node24 = os.path.join(build, "node24", "bin", "node")
    ap.add_argument("--node", default=node24 if os.path.exists(node24)
                    else "node")
    ap.add_argument("--wizer", default=os.path.join(
        build, "bench", "sightglass", "wizer", "node_modules",
        "@bytecodealliance", "wizer-linux-x64", "wizer"),
        help="wizer binary (npm @bytecodealliance/wizer-linux-x64)")
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--wat2wasm", default="wat2wasm")
    ap.add_argument("--out-dir", default=os.path.join(
        build, "bench", "sightglass"))
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=600,
                    help="seconds one run may take")
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--status-md", help="replace the sightglass section "
                    "of this file")
    ap.add_argument("--json", help="also write raw results here")
    ap.add_argument("benchmarks", nargs="*", help="only these (names as in "
                    "the table)")
    args = ap.parse_args()
    args.out_dir = os.path.abspath(args.out_dir)
    os.makedirs(args.out_dir, exist_ok=True)
    root = os.path.join(args.shared_dir, "sightglass", "benchmarks")
    if not os.path.isdir(root):
        sys.exit("sightglass: %s not found (set WASMC_SHARED_DIR)" % root)

    r = Runner(args)
    r.engines = [e for e in args.engines.split(",") if e]
    missing = []
    if "node" in r.engines and not shutil.which(args.node):
        missing.append("node (%s)" % args.node)
    if "cranelift" in r.engines and not os.access(args.wizer, os.X_OK):
        missing.append("wizer (%s; `npm install --prefix build/bench/"
                       "sightglass/wizer @bytecodealliance/wizer-linux-x64"
                       "@10.0.0`, which `ninja bench-sightglass` does)" %
                       args.wizer)
    if missing:
        sys.exit("sightglass: missing " + ", ".join(missing))
    r.build_host()
    if "cranelift" in r.engines:
        r.build_preloads()
    node_version = run_checked([args.node, "--version"]).stdout.strip() \
        if "node" in r.engines else ""
    wizer_version = run_checked([args.wizer, "--version"]).stdout.split()[-1] \
        if "cranelift" in r.engines else ""

    benches = discover(root, set(args.benchmarks))
    skipped = {b.name: b.skip_reason() for b in benches if b.skip_reason()}
    runnable = [b for b in benches if b.name not in skipped]
    for n, why in sorted(skipped.items()):
        log("%-34s all       skipped: %s" % (n, why))
    res, med, fail = measure(r, runnable, args.reps)
    text = report(args, benches, med, fail, skipped, node_version,
                  wizer_version)
    print(text)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"date": datetime.datetime.now().isoformat(),
                       "reps": args.reps, "engines": r.engines,
                       "runs": res, "median_cpu_s": med,
                       "failures": {"%s/%s" % k: v for k, v in fail.items()},
                       "skipped": skipped}, f, indent=1)
    if args.status_md:
        replace_section(args.status_md, "sightglass", text)
    # Failures are findings, not errors of this script: they are in the
    # report. Exit 1 only when wasmc itself failed somewhere.
    return 1 if any(e == "wasmc" for _, e in fail) else 0


if __name__ == "__main__":
    sys.exit(main())
