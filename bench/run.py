#!/usr/bin/env python3
"""Benchmarks wasmc against native code, wasm2c+clang and node's V8.

Every kernel in bench/kernels/ is built from the same C source as
  native       clang-19 -O2
  wasmc        clang-19 --target=wasm32-wasi -O2 -mbulk-memory
               -mnontrapping-fptoint, then wasmc -O2 (baseline CPU)
  wasmc-cpu    the same module, wasmc -O2 --cpu native (reported, not ranked)
  wasmc-epoch  the same module, wasmc -O2 --epoch-interruption: the cost of
               deadline checks (reported, not ranked)
  wasm2c       wasm2c -n bench, clang-19 -O2 with wabt's runtime in its
               guard-page mode and the WASI shim in bench/wasm2c/
  node         node's V8 through node:wasi (preview1), bench/node_wasi.mjs
then run (repetitions interleaved across engines so that load changes hit all
engines alike), the printed checksums compared with native's, and a table of
median times, ratios to native and per-engine geometric means printed. It
also measures hello-world start-up, compile time and peak memory of wasmc vs
wasm2c+clang on the largest kernel and, for compile throughput, on a large C
program (Duktape, from Debian's duktape-dev) with wasmc -j1 and -j<all
CPUs>, and output sizes. --compile-only measures just the compile sections.

memory64: the kernels that need no C library beyond bench/nolibc/ are also
built twice without wasi-libc (which exists for wasm32 only), for
wasm32-unknown-unknown and for wasm64-unknown-unknown from the same source,
and both modules compiled with wasmc -O2: the memory64 module's explicit
bounds checks against the memory32 module's guard pages, reported side by
side (--mem64 off|on|only). With --status-md the
report replaces the <!-- BEGIN bench --> ... <!-- END bench --> section of
that file (other sections are kept).

Times are the child's user+system CPU time (from wait4), which a loaded
machine disturbs far less than wall-clock time; start-up is wall-clock.
"""
import argparse
import concurrent.futures
import datetime
import glob
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
KERNEL_DIR = os.path.join(HERE, "kernels")
W2C_DIR = os.path.join(HERE, "wasm2c")
NODE_RUNNER = os.path.join(HERE, "node_wasi.mjs")
W2C_RUNTIME = "/usr/src/wasm2c"  # Debian's wabt: wasm-rt-impl.c and headers
# The large module for compile throughput: Duktape's single-file source from
# Debian's duktape-dev, built with bench/compile/duktape_main.c.
DUKTAPE_DIR = "/usr/share/duktape"
COMPILE_DIR = os.path.join(HERE, "compile")
EMBED_DIR = os.path.join(HERE, "embed")
EXC_DIR = os.path.join(HERE, "exceptions")
CXX_EH_DIR = os.path.join(REPO, "test", "programs", "cxx-eh")

# Wasm features every engine here runs and that current toolchains enable by
# default (LLVM 20's generic wasm CPU; clang 19's does not yet): memcpy and
# memset become memory.copy/memory.fill instead of wasi-libc's byte loops,
# and float-to-int casts need no range checks in the C code. The same module
# goes to every engine.
WASM_FEATURES = ["-mbulk-memory", "-mnontrapping-fptoint"]

ENGINES = ["native", "wasmc", "wasmc-cpu", "wasmc-epoch", "wasm2c", "node"]

# The memory64 comparison (bench/README.md, "memory64"): the kernels that
# build against bench/nolibc/ (no allocator, no ctype or string search),
# each as a wasm32 and a wasm64 module from the same C. Issue 13's target is
# wasm64/wasm32 <= MEM64_TARGET on each.
NOLIBC_DIR = os.path.join(HERE, "nolibc")
MEM64_KERNELS = ["coremark", "floyd", "gemm", "indirect", "interp",
                 "jacobi2d", "lu", "memops", "nbody", "nussinov",
                 "recursion", "sort"]
MEM64_ENGINES = ["wasmc-m32", "wasmc-m64"]
MEM64_TARGET = 1.15
# The engines wasmc is compared with; wasmc-cpu and wasmc-epoch are shown
# for information.
RANKED = ["wasmc", "wasm2c", "node"]
ENGINE_NOTES = {
    "native": "clang-19 -O2",
    "wasmc": "wasmc -O2 (baseline x86-64)",
    "wasmc-cpu": "wasmc -O2 --cpu native",
    "wasmc-epoch": "wasmc -O2 --epoch-interruption",
    "wasm2c": "wasm2c + clang-19 -O2, guard pages",
    "node": "V8 via node:wasi",
}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def run_checked(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError("command failed (%d): %s\n%s%s" % (
            r.returncode, " ".join(cmd), r.stdout[-2000:], r.stderr[-2000:]))
    return r


def kernels():
    names = sorted(f[:-2] for f in os.listdir(KERNEL_DIR)
                   if f.endswith(".c") and f != "hello.c")
    return names


class Builder:
    def __init__(self, args):
        self.a = args
        self.out = args.out_dir

    def path(self, name, engine):
        ext = {"native": ".native", "native-static": ".static",
               "wasmc": ".wasmc", "wasmc-cpu": ".wasmc-cpu",
               "wasmc-epoch": ".wasmc-epoch",
               "wasm2c": ".wasm2c", "wasm": ".wasm",
               "wasm-m32": ".m32.wasm", "wasm-m64": ".m64.wasm",
               "wasmc-m32": ".wasmc-m32", "wasmc-m64": ".wasmc-m64"}[engine]
        return os.path.join(self.out, name + ext)

    def src(self, name):
        return os.path.join(KERNEL_DIR, name + ".c")

    def build_native(self, name, static=False):
        cmd = [self.a.clang, "-O2", self.src(name), "-o",
               self.path(name, "native-static" if static else "native"),
               "-lm"]
        if static:
            cmd.insert(1, "-static")
        run_checked(cmd)

    def build_wasm(self, name):
        run_checked([self.a.clang, "--target=wasm32-wasi", "-O2"] +
                    WASM_FEATURES + [self.src(name), "-o",
                                     self.path(name, "wasm")])

    def wasmc_cmd(self, name, engine="wasmc"):
        flags = {"wasmc": [], "wasmc-cpu": ["--cpu", "native"],
                 "wasmc-epoch": ["--epoch-interruption"]}[engine]
        return [self.a.wasmc, "-O2"] + flags + [
            self.path(name, "wasm"), "-o", self.path(name, engine)]

    def nolibc_flags(self, bits):
        return ["--target=wasm%d-unknown-unknown" % bits, "-O2"] + \
            WASM_FEATURES + ["-isystem", os.path.join(NOLIBC_DIR, "include")]

    def nolibc_obj(self, name, bits):
        return os.path.join(self.out, "%s.m%d.o" % (name, bits))

    def build_nolibc_runtime(self):
        """bench/nolibc/nolibc.c for both address widths, once."""
        for bits in (32, 64):
            run_checked([self.a.clang] + self.nolibc_flags(bits) +
                        ["-c", os.path.join(NOLIBC_DIR, "nolibc.c"), "-o",
                         self.nolibc_obj("nolibc", bits)])

    def build_mem64(self, name):
        """The kernel as a memory32 and a memory64 module without wasi-libc,
        each compiled with wasmc -O2. clang's driver would run binaryen's
        wasm-opt after linking when it is installed, and Debian's binaryen
        rejects 64-bit tables, so the link is wasm-ld's alone, for both."""
        for bits in (32, 64):
            tag = "m%d" % bits
            obj = self.nolibc_obj(name, bits)
            run_checked([self.a.clang] + self.nolibc_flags(bits) +
                        ["-c", self.src(name), "-o", obj])
            run_checked([self.a.wasm_ld, "-m", "wasm%d" % bits, obj,
                         self.nolibc_obj("nolibc", bits), "-o",
                         self.path(name, "wasm-" + tag)])
            run_checked([self.a.wasmc, "-O2", self.path(name, "wasm-" + tag),
                         "-o", self.path(name, "wasmc-" + tag)])

    def build_duktape(self):
        """The Duktape module (wasm32-wasi, -O2, like the kernels)."""
        run_checked([self.a.clang, "--target=wasm32-wasi", "-O2"] +
                    WASM_FEATURES +
                    ["-I", COMPILE_DIR, "-I", DUKTAPE_DIR,
                     os.path.join(COMPILE_DIR, "duktape_main.c"),
                     os.path.join(DUKTAPE_DIR, "duktape.c"), "-lm",
                     "-o", self.path("duktape", "wasm")])

    def wasm2c_cmds(self, name):
        d = os.path.join(self.out, name + ".w2c")
        os.makedirs(d, exist_ok=True)
        gen = [self.a.wasm2c, self.path(name, "wasm"), "-n", "bench", "-o",
               os.path.join(d, "module.c")]
        cc = [self.a.clang, "-O2", "-I", W2C_RUNTIME, "-I", d, "-I", W2C_DIR,
              os.path.join(d, "module.c"),
              os.path.join(W2C_RUNTIME, "wasm-rt-impl.c"),
              os.path.join(W2C_DIR, "wasi_shim.c"),
              os.path.join(W2C_DIR, "main.c"), "-lm", "-o",
              self.path(name, "wasm2c")]
        return gen, cc

    def build_all(self, name, engines):
        if any(e in engines for e in MEM64_ENGINES):
            self.build_mem64(name)
        if any(e in engines for e in ENGINES if e != "native"):
            self.build_wasm(name)
        if "native" in engines:
            self.build_native(name)
        for e in ("wasmc", "wasmc-cpu", "wasmc-epoch"):
            if e in engines:
                run_checked(self.wasmc_cmd(name, e))
        if "wasm2c" in engines:
            for c in self.wasm2c_cmds(name):
                run_checked(c)

    def run_cmd(self, name, engine):
        if engine == "node":
            return [self.a.node, "--no-warnings", NODE_RUNNER,
                    self.path(name, "wasm")]
        return [self.path(name, engine)]


def timed_run(cmd):
    """Runs cmd; returns (stdout, exit status, wall seconds, stderr bytes).

    Its CPU time comes from ChildClock (RUSAGE_CHILDREN deltas), which is why
    runs are strictly one at a time."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate()
    wall = time.monotonic() - start
    return out.decode(errors="replace"), p.returncode, wall, err


class ChildClock:
    """CPU time of children, from the growth of RUSAGE_CHILDREN."""

    def __init__(self):
        self.last = self._now()

    @staticmethod
    def _now():
        import resource
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    def lap(self):
        now = self._now()
        d = now - self.last
        self.last = now
        return d


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float(
        "nan")


def measure_kernels(b, names, plan, reps):
    """plan maps each kernel to the engines it runs on."""
    clock = ChildClock()
    times = {n: {e: [] for e in plan[n]} for n in names}
    outputs = {}
    failures = []
    for rep in range(reps):
        log("repetition %d/%d" % (rep + 1, reps))
        for n in names:
            for e in plan[n]:
                clock.lap()
                out, status, wall, err = timed_run(b.run_cmd(n, e))
                cpu = clock.lap()
                if status != 0:
                    failures.append("%s/%s: exit status %d: %s" % (
                        n, e, status, err.decode(errors="replace")[-300:]))
                    continue
                times[n][e].append(cpu)
                if rep == 0:
                    outputs[(n, e)] = out.strip()
    mismatches = []
    for n in names:
        want = outputs.get((n, "native"))
        for e in plan[n]:
            got = outputs.get((n, e))
            if got is not None and got != want:
                mismatches.append("%s/%s printed %r, native %r" % (
                    n, e, got, want))
    return times, outputs, failures, mismatches


def startup(b, engines, runs):
    """Median wall time of hello world per engine."""
    cmds = {"native (static)": [b.path("hello", "native-static")],
            "native (dynamic)": [b.path("hello", "native")]}
    for e in ("wasmc", "wasm2c", "node"):
        if e in engines:
            cmds[e] = b.run_cmd("hello", e)
    res = {}
    for label, cmd in cmds.items():
        walls = []
        for _ in range(runs):
            out, status, wall, _ = timed_run(cmd)
            if status != 0 or out.strip() != "hello":
                raise RuntimeError("hello (%s) failed: %r" % (label, out))
            walls.append(wall)
        res[label] = statistics.median(walls)
    return res


def time_v(cmd):
    """(wall s, user+sys s, peak RSS KiB) of cmd via GNU time."""
    fmt = "%e %U %S %M"
    r = subprocess.run(["/usr/bin/time", "-f", fmt] + cmd,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True)
    if r.returncode != 0:
        raise RuntimeError("failed: %s\n%s" % (" ".join(cmd), r.stderr))
    e, u, s, m = r.stderr.strip().splitlines()[-1].split()
    return float(e), float(u) + float(s), int(m)


def compile_costs(b, name, reps):
    """Compile time and peak memory: wasmc vs wasm2c followed by clang."""
    res = {}
    runs = []
    for _ in range(reps):
        runs.append(time_v(b.wasmc_cmd(name)))
    res["wasmc -O2"] = min(runs, key=lambda r: r[1])
    runs = []
    for _ in range(reps):
        gen, cc = b.wasm2c_cmds(name)
        g = time_v(gen)
        c = time_v(cc)
        runs.append((g[0] + c[0], g[1] + c[1], max(g[2], c[2]), g, c))
    best = min(runs, key=lambda r: r[1])
    res["wasm2c + clang-19 -O2"] = best[:3]
    res["  of which wasm2c"] = best[3]
    res["  of which clang-19 -O2"] = best[4]
    return res


def available_cpus():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def compile_throughput(b, reps):
    """wasmc -j1 vs -j<all CPUs> vs wasm2c + clang on the Duktape module.

    Returns (rows, problems): rows maps a pipeline to (wall s, CPU s, peak
    RSS KiB); both wasmc executables are run and must print the same
    checksum, else that goes to problems.
    """
    wasm = b.path("duktape", "wasm")
    ncpu = available_cpus()
    rows, problems = {}, []
    outputs = {}
    for jobs in sorted({1, ncpu}):
        exe = os.path.join(b.out, "duktape.wasmc-j%d" % jobs)
        cmd = [b.a.wasmc, "-O2", "-j%d" % jobs, wasm, "-o", exe]
        runs = [time_v(cmd) for _ in range(reps)]
        label = "wasmc -O2 -j%d" % jobs
        if jobs == ncpu and jobs > 1:
            label += " (default here)"
        rows[label] = min(runs, key=lambda r: r[0])
        r = subprocess.run([exe], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
        outputs[jobs] = (r.returncode, r.stdout.strip())
        if r.returncode != 0 or "duktape checksum:" not in r.stdout:
            problems.append("duktape built with wasmc -j%d failed (exit %d): "
                            "%s" % (jobs, r.returncode, r.stderr[-300:]))
    if len(set(outputs.values())) > 1:
        problems.append("duktape prints different output with wasmc -j1 "
                        "and -j%d: %r" % (ncpu, outputs))
    # The module only (-c): wasm2c's WASI shim lacks imports Duktape has,
    # and linking is a small part of either pipeline.
    d = os.path.join(b.out, "duktape.w2c")
    os.makedirs(d, exist_ok=True)
    gen = [b.a.wasm2c, wasm, "-n", "bench", "-o",
           os.path.join(d, "module.c")]
    cc = [b.a.clang, "-O2", "-I", W2C_RUNTIME, "-I", d, "-c",
          os.path.join(d, "module.c"), "-o", os.path.join(d, "module.o")]
    runs = []
    for _ in range(reps):
        g, c = time_v(gen), time_v(cc)
        runs.append((g[0] + c[0], g[1] + c[1], max(g[2], c[2])))
    rows["wasm2c + clang-19 -O2 -c (module only)"] = min(
        runs, key=lambda r: r[0])
    return rows, problems


def fmt_s(x):
    return "%.3f" % x


def compile_section(args, largest, wasm_bytes, comp):
    """The compile time and peak memory table (Markdown lines)."""
    L = ["### Compile time and peak memory (`%s.wasm`, %d bytes, the "
         "largest kernel module; best of %d)" % (largest, wasm_bytes,
                                                 args.compile_reps), "",
         "| pipeline | wall s | CPU s | peak RSS MiB |", "|---|---:|---:|---:|"]
    for k, (w, c, m) in comp.items():
        L.append("| %s | %.2f | %.2f | %.1f |" % (k, w, c, m / 1024))
    L.append("")
    return L


def throughput_section(args, wasm_bytes, rows, problems):
    """The compile-throughput table (Markdown lines)."""
    L = []
    kib = wasm_bytes / 1024
    L.append("### Compile throughput (Duktape: `bench/compile/duktape_main.c` "
             "+ Debian's duktape.c, %.0f KiB of wasm; best wall time of %d)"
             % (kib, args.compile_reps))
    L.append("")
    L.append("| pipeline | wall s | CPU s | peak RSS MiB | wasm KiB/s |")
    L.append("|---|---:|---:|---:|---:|")
    for k, (w, c, m) in rows.items():
        L.append("| %s | %.2f | %.2f | %.1f | %.0f |" % (
            k, w, c, m / 1024, kib / w if w else 0))
    L.append("")
    j1 = [v for k, v in rows.items() if k.startswith("wasmc -O2 -j1")]
    jn = [(k, v) for k, v in rows.items()
          if k.startswith("wasmc") and not k.startswith("wasmc -O2 -j1")]
    if j1 and jn and jn[0][1][0]:
        L.append("Wall-time speed-up of %s over -j1: %.2fx. Throughput is "
                 "KiB of wasm per wall second; CPU s adds up all threads." % (
                     jn[0][0].split(" (")[0], j1[0][0] / jn[0][1][0]))
        L.append("")
    if problems:
        L.append("**Problems:** " + "; ".join(p.replace("\n", " ")[:300]
                                             for p in problems))
        L.append("")
    return L


def main_table(args, names, engines, times, node_version):
    """The kernels against native on every engine (Markdown lines)."""
    L = []
    L.append("Engines: " + "; ".join(
        "**%s**: %s" % (e, ENGINE_NOTES[e] if e != "node" else
                        "node %s (V8) via node:wasi" % node_version)
        for e in engines) + ". Every Wasm engine runs the same module, "
        "built with `%s --target=wasm32-wasi -O2 %s`." % (
            os.path.basename(args.clang), " ".join(WASM_FEATURES)))
    L.append("")
    head = "| kernel | " + " | ".join("%s s" % e for e in engines) + " | " + \
        " | ".join("%s/native" % e for e in engines if e != "native") + " |"
    L.append(head)
    L.append("|---" * (2 * len(engines)) + "|")
    ratios = {e: [] for e in engines}
    for n in names:
        med = {e: statistics.median(times[n][e]) if times[n][e] else None
               for e in engines}
        cells = [fmt_s(med[e]) if med[e] is not None else "fail"
                 for e in engines]
        rcells = []
        for e in engines:
            if e == "native":
                continue
            if med[e] is None or not med["native"]:
                rcells.append("-")
                continue
            r = med[e] / med["native"]
            ratios[e].append(r)
            rcells.append("%.2f" % r)
        L.append("| %s | %s | %s |" % (n, " | ".join(cells),
                                       " | ".join(rcells)))
    gm = {e: geomean(ratios[e]) for e in engines if e != "native"}
    L.append("| **geomean** | " + " | ".join("" for _ in engines) + " | " +
             " | ".join("**%.2f**" % gm[e] for e in engines if e != "native")
             + " |")
    L.append("")
    ranked = [e for e in RANKED if e in gm]
    if ranked:
        order = sorted(ranked, key=lambda e: gm[e])
        L.append("Geometric mean of the ratios to native: " + ", ".join(
            "%s %.2fx" % (e, gm[e]) for e in order) + "." + (
            " wasmc with `--cpu native`: %.2fx." % gm["wasmc-cpu"]
            if "wasmc-cpu" in gm else "") + (
            " With deadline checks (`--epoch-interruption`): %.2fx, %+.1f%% "
            "on wasmc." % (gm["wasmc-epoch"],
                           100 * (gm["wasmc-epoch"] / gm["wasmc"] - 1))
            if "wasmc-epoch" in gm and "wasmc" in gm else ""))
        L.append("")
    return L


def mem64_section(args, names, times):
    """The memory64 table (Markdown lines): each kernel's wasm64 module
    against its wasm32 twin, both built without wasi-libc."""
    rows = [n for n in names if all(times[n].get(e) for e in MEM64_ENGINES)]
    if not rows:
        return []
    L = ["### memory64: explicit bounds checks against memory32's guard "
         "pages", "",
         "The same C source built twice with `%s --target=wasm32|wasm64-"
         "unknown-unknown -O2 %s` against `bench/nolibc/` (wasi-libc exists "
         "for wasm32 only), linked by `%s` alone, and compiled with "
         "`wasmc -O2`. Every access to the 64-bit memory is bounds-checked "
         "explicitly; the 32-bit memory relies on guard pages. Target "
         "(issue 13): wasm64/wasm32 <= %.2f on each kernel." % (
             os.path.basename(args.clang), " ".join(WASM_FEATURES),
             os.path.basename(args.wasm_ld), MEM64_TARGET), "",
         "| kernel | native s | wasm32 s | wasm64 s | wasm32/native | "
         "wasm64/native | wasm64/wasm32 |",
         "|---|---:|---:|---:|---:|---:|---:|"]
    ratios, over = [], []
    for n in rows:
        nat = statistics.median(times[n]["native"]) if times[n].get(
            "native") else None
        m32 = statistics.median(times[n]["wasmc-m32"])
        m64 = statistics.median(times[n]["wasmc-m64"])
        r = m64 / m32 if m32 else float("nan")
        ratios.append(r)
        if r > MEM64_TARGET:
            over.append("%s %.2fx" % (n, r))
        L.append("| %s | %s | %s | %s | %s | %s | %s%.2f%s |" % (
            n, fmt_s(nat) if nat else "-", fmt_s(m32), fmt_s(m64),
            "%.2f" % (m32 / nat) if nat else "-",
            "%.2f" % (m64 / nat) if nat else "-",
            "**" if r > MEM64_TARGET else "", r,
            "**" if r > MEM64_TARGET else ""))
    L.append("| **geomean** | | | | | | **%.2f** |" % geomean(ratios))
    L.append("")
    L.append("wasm64/wasm32: geometric mean %.2fx, largest %.2fx; %s" % (
        geomean(ratios), max(ratios),
        "over %.2fx: %s." % (MEM64_TARGET, ", ".join(over)) if over else
        "every kernel within %.2fx." % MEM64_TARGET))
    L.append("")
    return L


def report(args, names, engines, times, failures, mismatches, start, comp,
           sizes, largest, node_version, env, throughput=None,
           embedding=None, exceptions=None):
    L = []
    L.append("<!-- BEGIN bench -->")
    L.append("## Benchmarks (generated by `bench/run.py`; do not edit)")
    L.append("")
    L.append("Run %s on %s (%d CPUs), load average %s at the start; "
             "%d repetition(s), median user+system CPU seconds of each "
             "process. Lower ratios are better (1.00 = native)." % (
                 env["date"], env["cpu"], env["ncpu"], env["load"],
                 args.reps, ))
    L.append("")
    if len(engines) > 1:
        L.extend(main_table(args, names, engines, times, node_version))
    if failures or mismatches:
        L.append("**Problems:**")
        L.append("")
        for f in failures + mismatches:
            L.append("- " + f.replace("\n", " ")[:300])
        L.append("")
    else:
        L.append("Every engine printed the same checksum as native for "
                 "every kernel.")
        L.append("")
    L.extend(mem64_section(args, names, times))
    if start:
        L.append("### Start-up (hello world, median wall time of %d runs)" %
                 args.startup_runs)
        L.append("")
        L.append("| program | ms |")
        L.append("|---|---:|")
        for k, v in start.items():
            L.append("| %s | %.1f |" % (k, v * 1000))
        L.append("")
    if comp:
        L.extend(compile_section(args, largest, sizes[largest]["wasm"], comp))
    if throughput:
        L.extend(throughput_section(args, *throughput))
    if embedding:
        L.extend(embedding_section(*embedding))
    if exceptions:
        L.extend(exceptions_section(*exceptions))
    if sizes:
        cols = [c for c in ("wasm", "native", "native-static", "wasmc",
                            "wasm2c") if any(c in s for s in sizes.values())]
        L.append("### Output sizes (bytes)")
        L.append("")
        L.append("| program | " + " | ".join(cols) + " |")
        L.append("|---" + "|---:" * len(cols) + "|")
        for n in sorted(sizes):
            L.append("| %s | %s |" % (n, " | ".join(
                str(sizes[n].get(c, "")) for c in cols)))
        L.append("")
        L.append("wasmc and native executables are dynamic PIEs against "
                 "glibc; wasmc's include rtlib (memories, traps, WASI). "
                 "wasm2c's include wabt's runtime and the small WASI shim.")
        L.append("")
    L.append("<!-- END bench -->")
    return "\n".join(L) + "\n"


def write_section(path, section):
    begin, end = "<!-- BEGIN bench -->", "<!-- END bench -->"
    old = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    if begin in old and end in old:
        head = old[:old.index(begin)]
        tail = old[old.index(end) + len(end):].lstrip("\n")
        new = head + section + (("\n" + tail) if tail else "")
    else:
        new = old + ("\n" if old and not old.endswith("\n\n") else "") + \
            section
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)


def measure_throughput(b, args):
    """Builds the Duktape module and measures compile throughput on it:
    (wasm bytes, rows, problems) for throughput_section."""
    log("compile throughput on duktape")
    b.build_duktape()
    rows, problems = compile_throughput(b, args.compile_reps)
    return os.path.getsize(b.path("duktape", "wasm")), rows, problems


def write_large_embed_source(path):
    """bench/embed/small.c plus 5 MB of pseudo-random initialised data:
    the large module of the embedding section, generated rather than kept
    in the repository."""
    words = 5 * 1024 * 1024 // 4
    with open(os.path.join(EMBED_DIR, "small.c")) as f:
        small = f.read()
    with open(path, "w") as f:
        f.write(small)
        f.write("\nunsigned BigTable[%d] = {\n" % words)
        x = 2463534242
        for k in range(words):
            x ^= (x << 13) & 0xffffffff
            x ^= x >> 17
            x ^= (x << 5) & 0xffffffff
            f.write("%du,%s" % (x | 1, "\n" if k % 16 == 15 else ""))
        f.write("};\n__attribute__((export_name(\"big\"))) unsigned "
                "big(unsigned k) { return BigTable[k %% %d]; }\n" % words)


def measure_embedding(b, args):
    """The embedding costs of bench/embed/small.c and of a 5 MB variant
    (embed_bench.c, and node_instantiate.mjs for V8):
    ({module: wasm bytes}, {engine or engine-large: {metric: value}})."""
    log("embedding")
    out = b.out
    host = os.path.join(out, "embed_bench")
    large_src = os.path.join(out, "embed-large.c")
    write_large_embed_source(large_src)
    wasms, sos = {}, {}
    for name, src in (("small", os.path.join(EMBED_DIR, "small.c")),
                      ("large", large_src)):
        wasms[name] = os.path.join(out, "embed-%s.wasm" % name)
        sos[name] = os.path.join(out, "embed-%s.so" % name)
        run_checked([b.a.clang, "--target=wasm32-wasi", "-O2"] +
                    WASM_FEATURES + [src, "-o", wasms[name]])
        run_checked([b.a.wasmc, "-O2", "--shared", "--epoch-interruption",
                     wasms[name], "-o", sos[name]])
    libdir = os.path.join(os.path.dirname(os.path.abspath(b.a.wasmc)), "..",
                          "lib", "wasmc", "x86_64-linux-gnu")
    run_checked([b.a.clang, "-O2", "-I",
                 os.path.join(HERE, "..", "rtlib", "include"),
                 os.path.join(EMBED_DIR, "embed_bench.c"), "-L", libdir,
                 "-lrtlib", "-Wl,-rpath," + os.path.abspath(libdir),
                 "-lpthread", "-o", host])

    def parse(text):
        return {k: float(v) for k, v, _ in
                (line.split() for line in text.splitlines() if line.strip())}
    res = {}
    for name, iterations in (("small", "5000"), ("large", "300")):
        suffix = "" if name == "small" else " (5 MB)"
        res["wasmc" + suffix] = parse(run_checked(
            [host, sos[name], "spin", iterations]).stdout)
        if shutil.which(b.a.node):
            res["node" + suffix] = parse(run_checked(
                [b.a.node, "--single-threaded-gc",
                 os.path.join(EMBED_DIR, "node_instantiate.mjs"),
                 wasms[name], iterations]).stdout)
    return {k: os.path.getsize(v) for k, v in wasms.items()}, res


def measure_exceptions(b, args, reps):
    """C++ exceptions: the throw-and-catch loop of
    test/programs/cxx-eh/hot-loop.cpp, and bench/exceptions/calls.cpp (calls
    that never throw) built with and without exceptions; native, wasmc and
    node. {program: {engine: median CPU seconds}}, {program: output}."""
    log("exceptions")
    out = os.path.join(b.out, "exceptions")
    os.makedirs(out, exist_ok=True)
    clangxx = b.a.clang.replace("clang", "clang++", 1)
    runtime = sorted(glob.glob(os.path.join(CXX_EH_DIR, "runtime", "*.cpp")))
    wasi = [clangxx, "--target=wasm32-wasi", "-O2", "-nostdlib++", "-B",
            os.path.join(REPO, "tools", "no-wasm-opt")] + WASM_FEATURES
    programs = {"throw-catch": (os.path.join(CXX_EH_DIR, "hot-loop.cpp"),
                                ["-fwasm-exceptions"]),
                "calls, exceptions on": (os.path.join(EXC_DIR, "calls.cpp"),
                                         ["-fwasm-exceptions"]),
                "calls, exceptions off": (os.path.join(EXC_DIR, "calls.cpp"),
                                          ["-fno-exceptions"])}
    cmds = {}
    for k, (name, (src, flags)) in enumerate(programs.items()):
        wasm = os.path.join(out, "p%d.wasm" % k)
        exe = os.path.join(out, "p%d.wasmc" % k)
        native = os.path.join(out, "p%d.native" % k)
        srcs = runtime + [src] if "-fwasm-exceptions" in flags else [src]
        run_checked(wasi + flags + srcs + ["-o", wasm])
        run_checked([b.a.wasmc, "-O2", wasm, "-o", exe])
        run_checked([clangxx, "-O2"] +
                    (["-fno-exceptions"] if "-fno-exceptions" in flags
                     else []) + [src, "-o", native])
        cmds[name] = {"native": [native], "wasmc": [exe]}
        if shutil.which(b.a.node):
            cmds[name]["node"] = [b.a.node, "--single-threaded-gc",
                                  os.path.join(HERE, "node_wasi.mjs"), wasm]
    times = {n: {e: [] for e in c} for n, c in cmds.items()}
    outputs = {}
    clock = ChildClock()
    for _ in range(reps):
        for name, engines in cmds.items():
            for engine, cmd in engines.items():
                clock.lap()
                stdout, status, _, err = timed_run(cmd)
                cpu = clock.lap()
                if status != 0:
                    raise RuntimeError("%s (%s) failed: %s" % (
                        name, engine, err.decode(errors="replace")[:300]))
                outputs.setdefault(name, {})[engine] = stdout
                times[name][engine].append(cpu)
    med = {n: {e: statistics.median(v) for e, v in t.items()}
           for n, t in times.items()}
    return med, outputs


def exceptions_section(med, outputs):
    L = ["### Exceptions (C++, clang `-fwasm-exceptions`)", ""]
    L.append("`throw-catch`: test/programs/cxx-eh/hot-loop.cpp, a million "
             "iterations of which six in seven throw a few frames down and "
             "are caught by base class, exact type, pointer or `catch "
             "(...)` (wasm: the small C++ runtime of test/programs/cxx-eh, "
             "unwound by wasmc on the platform unwinder; native: libstdc++). "
             "`calls`: bench/exceptions/calls.cpp, recursive calls that "
             "never throw, each in a destructor's scope, built with and "
             "without exceptions. Median CPU seconds; every engine printed "
             "native's output." if all(
                 len(set(o.values())) == 1 for o in outputs.values()) else
             "**Outputs differ between engines.**")
    L.append("")
    engines = [e for e in ("native", "wasmc", "node")
               if all(e in m for m in med.values())]
    L.append("| program | " + " | ".join(engines) + " | wasmc / native |")
    L.append("|---" + "|---:" * (len(engines) + 1) + "|")
    for name, m in med.items():
        L.append("| %s | %s | %.2fx |" % (
            name, " | ".join("%.2f" % m[e] for e in engines),
            m["wasmc"] / m["native"]))
    on, off = med["calls, exceptions on"], med["calls, exceptions off"]
    L.append("")
    L.append("Calls that never throw, built with exceptions / without: " +
             ", ".join("%s %.2fx" % (e, on[e] / off[e]) for e in engines) +
             ". The invoke of a call in a handler's scope compiles to the "
             "same call instruction as a plain call; what the module built "
             "with exceptions does more is its own code: each function with "
             "a handler reads the shadow-stack pointer global on entry and "
             "keeps it for the handler, which restores it.")
    L.append("")
    return L


def embedding_section(wasm_bytes, res):
    L = ["### Embedding (rtlib.h, bench/embed/)", ""]
    L.append("A %d-byte wasi-libc module with 100 KB of mostly zero data "
             "(`bench/embed/small.c`) and a %d-byte one with 5 MB of "
             "initialised data more (generated by run.py), built with "
             "`--shared --epoch-interruption`, driven by `embed_bench.c` "
             "through rtlib.h with freed memories of up to 64 MiB kept "
             "resident (`wasmc_set_memory_pool(16, 64 MiB)`); node's V8 instantiates the same modules from "
             "a compiled `WebAssembly.Module` (its instances are freed by the "
             "garbage collector, so it has no destroy step)." % (
                 wasm_bytes["small"], wasm_bytes["large"]))
    L.append("")
    rows = [("instantiate + destroy, p50", "instantiate_destroy_p50"),
            ("instantiate + destroy, p99", "instantiate_destroy_p99"),
            ("call of a trivial export", "call_overhead"),
            ("requests per second (instantiate, call, destroy), 1 thread",
             "requests_1_thread"),
            ("requests per second, 2 threads", "requests_2_threads"),
            ("deadline passed -> call returns, mean",
             "interrupt_latency_mean"),
            ("deadline passed -> call returns, max of 20",
             "interrupt_latency_max")]
    engines = [e for e in ("wasmc", "node", "wasmc (5 MB)", "node (5 MB)")
               if e in res]
    L.append("| µs (requests: per second) | " + " | ".join(engines) + " |")
    L.append("|---" + "|---:" * len(engines) + "|")
    for label, key in rows:
        L.append("| %s | %s |" % (label, " | ".join(
            ("%.3f" if key == "call_overhead" else
             "%.0f" if key.startswith("requests") else "%.1f") % res[e][key]
            if key in res[e] else "-" for e in engines)))
    L.append("")
    L.append("wasmc calls by name (`wasmc_instance_call`: export lookup, "
             "signature check, trap guard); V8's figure is a JavaScript call "
             "its JIT compiles. The interruption rows are the time from the "
             "host's `wasmc_epoch_increment` past the deadline of a guest "
             "spinning in a loop to the call's return.")
    L.append("")
    return L


def compile_only(args, b, names):
    """--compile-only: the compile sections alone, on stdout."""
    log("building %d kernel modules" % len(names))
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for f in [pool.submit(b.build_wasm, n) for n in names]:
            f.result()
    largest = max(names, key=lambda n: os.path.getsize(b.path(n, "wasm")))
    log("compile costs on " + largest)
    comp = compile_costs(b, largest, args.compile_reps)
    throughput = measure_throughput(b, args)
    L = compile_section(args, largest,
                        os.path.getsize(b.path(largest, "wasm")), comp)
    L.extend(throughput_section(args, *throughput))
    print("\n".join(L))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"compile": comp, "throughput": throughput}, f,
                      indent=1)
    return 1 if throughput[2] else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wasmc", default=os.path.join(REPO, "build", "bin",
                                                    "wasmc"))
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--wasm2c", default="wasm2c")
    ap.add_argument("--node", default="node")
    ap.add_argument("--wasm-ld", default="wasm-ld-19",
                    help="links the memory64 comparison's modules")
    ap.add_argument("--mem64", choices=("on", "off", "only"), default="on",
                    help="the memory64 comparison: with the other engines "
                    "(on), not at all (off), or alone, against native "
                    "(only: no other engine, no extras)")
    ap.add_argument("--out-dir", default=None,
                    help="where binaries go (default: bench-out next to "
                    "the wasmc build's bin/)")
    ap.add_argument("--reps", type=int, default=3,
                    help="runs per kernel and engine (median reported)")
    ap.add_argument("--engines", default=",".join(ENGINES),
                    help="comma-separated subset of " + ",".join(ENGINES))
    ap.add_argument("--startup-runs", type=int, default=20)
    ap.add_argument("--compile-reps", type=int, default=1)
    ap.add_argument("--no-extras", action="store_true",
                    help="only the kernel table (no start-up, compile "
                    "costs or sizes)")
    ap.add_argument("--compile-only", action="store_true",
                    help="only the compile-time sections: wasmc vs "
                    "wasm2c+clang on the largest kernel, and compile "
                    "throughput on Duktape (no kernel runs; printed, never "
                    "written to --status-md)")
    ap.add_argument("-j", "--jobs", type=int, default=2,
                    help="parallel builds (runs are always sequential)")
    ap.add_argument("--status-md",
                    help="replace the bench section of this file")
    ap.add_argument("--json", help="also write raw results here")
    ap.add_argument("kernels", nargs="*", help="only these kernels")
    args = ap.parse_args()
    if args.compile_only and (args.no_extras or args.status_md):
        ap.error("--compile-only cannot be combined with --no-extras or "
                 "--status-md")
    if args.mem64 == "only":
        if args.status_md or args.compile_only:
            ap.error("--mem64 only cannot be combined with --status-md or "
                     "--compile-only")
        args.engines = "native"
        args.no_extras = True

    engines = [e for e in args.engines.split(",") if e]
    for e in engines:
        if e not in ENGINES:
            ap.error("unknown engine " + e)
    if "native" not in engines:
        engines.insert(0, "native")
    if args.out_dir is None:
        args.out_dir = os.path.join(os.path.dirname(os.path.dirname(
            os.path.abspath(args.wasmc))), "bench-out")
    os.makedirs(args.out_dir, exist_ok=True)
    args.wasmc = os.path.abspath(args.wasmc)
    missing = [t for t, used in ((args.wasmc, True),
                                 (args.clang, True),
                                 (args.wasm2c, "wasm2c" in engines),
                                 (args.node, "node" in engines),
                                 (args.wasm_ld, args.mem64 != "off"),
                                 ("/usr/bin/time", not args.no_extras))
               if used and not shutil.which(t)]
    if not os.path.isdir(W2C_RUNTIME) and "wasm2c" in engines:
        missing.append(W2C_RUNTIME + " (Debian package wabt)")
    if not args.no_extras and not os.path.exists(
            os.path.join(DUKTAPE_DIR, "duktape.c")):
        missing.append(DUKTAPE_DIR + "/duktape.c (Debian package "
                       "duktape-dev)")
    if missing:
        sys.exit("bench: missing tools: " + ", ".join(missing) +
                 " (see bench/README.md)")

    names = kernels()
    if args.kernels:
        unknown = set(args.kernels) - set(names)
        if unknown:
            ap.error("unknown kernels: " + ", ".join(sorted(unknown)))
        names = [n for n in names if n in args.kernels]

    env = {"date": datetime.datetime.now(datetime.timezone.utc).strftime(
        "%Y-%m-%d %H:%M UTC"), "ncpu": os.cpu_count() or 0,
        "load": "%.1f" % os.getloadavg()[0], "cpu": platform.processor()}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    env["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    node_version = ""
    if "node" in engines:
        node_version = run_checked([args.node, "--version"]).stdout.strip()

    b = Builder(args)
    if args.compile_only:
        return compile_only(args, b, names)
    plan = {n: engines + (MEM64_ENGINES if args.mem64 != "off" and
                          n in MEM64_KERNELS else []) for n in names}
    plan["hello"] = engines
    log("building %d kernels for %s in %s" % (len(names), ", ".join(engines),
                                              args.out_dir))
    if args.mem64 != "off":
        b.build_nolibc_runtime()
    to_build = list(names) + ([] if args.no_extras else ["hello"])
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for f in [pool.submit(b.build_all, n, plan[n]) for n in to_build]:
            f.result()
    if not args.no_extras:
        b.build_native("hello", static=True)

    times, outputs, failures, mismatches = measure_kernels(
        b, names, plan, args.reps)

    start = comp = throughput = embed = exceptions = None
    sizes = {}
    largest = None
    if not args.no_extras:
        largest = max(names,
                      key=lambda n: os.path.getsize(b.path(n, "wasm")))
        log("start-up")
        start = startup(b, engines, args.startup_runs)
        log("compile costs on " + largest)
        comp = compile_costs(b, largest, args.compile_reps)
        throughput = measure_throughput(b, args)
        failures.extend(throughput[2])
        embed = measure_embedding(b, args)
        exceptions = measure_exceptions(b, args, args.reps)
        for n in ["hello", largest]:
            sizes[n] = {}
            for c in ("wasm", "native", "native-static", "wasmc", "wasm2c"):
                p = b.path(n, c)
                if os.path.exists(p):
                    sizes[n][c] = os.path.getsize(p)

    text = report(args, names, engines, times, failures, mismatches, start,
                  comp, sizes, largest, node_version, env, throughput, embed,
                  exceptions)
    print(text)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"env": env, "times": times, "startup": start,
                       "compile": comp, "throughput": throughput,
                       "embedding": embed,
                       "exceptions": exceptions and exceptions[0],
                       "sizes": sizes,
                       "failures": failures, "mismatches": mismatches}, f,
                      indent=1)
    if args.status_md:
        write_section(args.status_md, text)
    return 1 if failures or mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
