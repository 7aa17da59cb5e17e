#!/usr/bin/env python3
"""Runs the official WASI preview1 test suite against wasmc.

For every test binary in
  $WASMC_SHARED_DIR/wasi-testsuite/tests/{c,rust,assemblyscript}/testsuite/wasm32-wasip1/*.wasm
this compiles it with `wasmc -O0` (-O1..3 to change), granting exactly what its JSON asks for
(`root` and `dirs` become --dir, `env` becomes --env), runs the executable
with the JSON's `args` in a scratch copy of its fixture directories (tests
create and delete files there; ../shared is never written) -- once with
each path resolver of the runtime (openat2, and the O_NOFOLLOW walk forced
by WASMC_NO_OPENAT2=1), on fresh fixtures each time -- and compares
the exit code and, when the JSON gives one, stdout -- what the upstream
runner compares (its doc/specification.md). Tests without a JSON expect exit
code 0.

Prints one line per test, then per-language counts and
    wasi: N passed, N failed
and exits non-zero when a test failed. Tests listed in SKIPS are not run;
with --status-md the runner rewrites the section between
<!-- BEGIN wasi --> and <!-- END wasi --> of that file (and only that
section) with the counts and every skipped test with its reason.
"""

import argparse
import concurrent.futures
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time

LANGUAGES = ["c", "rust", "assemblyscript"]

# Tests not run, with the reason (docs/status.md lists them). Keyed by
# "<language>/<test name>".
SKIPS = {}

# Compiling is the slow part (the Rust tests are 2 MB modules): -O0
# compiles them about six times faster than -O1, and the suite tests WASI,
# not the optimiser. -O1..-O3 change it.
DEFAULT_OPT = "-O0"
TIMEOUT_S = 120


def load_spec(wasm_path):
    """The test's expectations in the legacy format (upstream defaults)."""
    spec = {"args": [], "env": {}, "dirs": [], "root": None, "exit_code": 0,
            "stdout": None}
    json_path = wasm_path[:-len(".wasm")] + ".json"
    if os.path.exists(json_path):
        with open(json_path, encoding="utf-8") as f:
            data = json.load(f)
        if "operations" in data:
            # Operation-based format: take run/wait/read of stdout.
            for op in data["operations"]:
                kind = op.get("type")
                if kind == "run":
                    spec["args"] = op.get("args", [])
                    spec["env"] = op.get("env", {})
                    spec["root"] = op.get("root")
                elif kind == "wait":
                    spec["exit_code"] = op.get("exit_code", 0)
                elif kind == "read" and op.get("id", "stdout") == "stdout":
                    spec["stdout"] = op.get("payload", "")
            spec["proposals"] = data.get("proposals", [])
        else:
            for key in spec:
                if key in data:
                    spec[key] = data[key]
    return spec


def make_writable(path):
    """Fixtures come from a read-only tree; the copy must be writable."""
    for root, dirs, files in os.walk(path):
        for name in dirs + files:
            p = os.path.join(root, name)
            if not os.path.islink(p):
                st = os.lstat(p)
                os.chmod(p, st.st_mode | stat.S_IWUSR | stat.S_IRUSR |
                         (stat.S_IXUSR if stat.S_ISDIR(st.st_mode) else 0))
    st = os.stat(path)
    os.chmod(path, st.st_mode | stat.S_IWUSR | stat.S_IRUSR | stat.S_IXUSR)


def remove_cleanup_files(path):
    """Upstream removes *.cleanup leftovers before running."""
    for root, dirs, files in os.walk(path, topdown=False):
        for name in dirs + files:
            if name.endswith(".cleanup"):
                p = os.path.join(root, name)
                if os.path.isdir(p) and not os.path.islink(p):
                    shutil.rmtree(p)
                else:
                    os.unlink(p)


def copy_fixtures(test_dir, scratch, dirs):
    """Fresh writable copies of the test's fixture directories."""
    for d in dirs:
        src = os.path.join(test_dir, d)
        dst = os.path.join(scratch, d)
        if os.path.exists(dst):
            shutil.rmtree(dst)
        shutil.copytree(src, dst, symlinks=True)
        make_writable(dst)
        remove_cleanup_files(dst)


def check_run(exe, spec, scratch, env):
    """Runs exe once; returns a list of problems (empty: passed)."""
    try:
        r = subprocess.run([exe] + list(spec["args"]), cwd=scratch,
                           capture_output=True, timeout=TIMEOUT_S,
                           stdin=subprocess.DEVNULL, env=env)
    except subprocess.TimeoutExpired:
        return ["timed out after %ds" % TIMEOUT_S]
    problems = []
    if r.returncode != spec["exit_code"]:
        problems.append("exit code %d, expected %d" %
                        (r.returncode, spec["exit_code"]))
    stdout = r.stdout.decode("utf-8", "replace")
    if spec["stdout"] is not None and stdout != spec["stdout"]:
        problems.append("stdout %r, expected %r" %
                        (stdout[:300], spec["stdout"][:300]))
    if problems:
        err = r.stderr.decode("utf-8", "replace").strip()
        if err:
            problems.append("stderr: " + err[-800:])
    return problems


def run_test(wasmc, opt, lang, wasm_path, scratch_root, resolvers):
    """Compiles the test once and runs it once per path resolver (each run
    on fresh fixtures); it passes if every run does."""
    name = os.path.basename(wasm_path)[:-len(".wasm")]
    test_dir = os.path.dirname(wasm_path)
    spec = load_spec(wasm_path)
    if spec.get("proposals"):
        return (lang, name, "skip", "needs proposals %s" % spec["proposals"])
    scratch = tempfile.mkdtemp(prefix=name + ".", dir=scratch_root)
    try:
        grants = []
        dirs = list(spec["dirs"] or [])
        if spec["root"]:
            dirs.append(spec["root"])
        dirs = list(dict.fromkeys(dirs))
        for d in spec["dirs"] or []:
            grants += ["--dir", "%s::%s" % (os.path.join(scratch, d), d)]
        if spec["root"]:
            grants += ["--dir", "%s::/" % os.path.join(scratch, spec["root"])]
        for k, v in (spec["env"] or {}).items():
            grants += ["--env", "%s=%s" % (k, v)]
        exe = os.path.join(scratch, name)
        compile_cmd = [wasmc, opt, wasm_path, "-o", exe] + grants
        c = subprocess.run(compile_cmd, capture_output=True, text=True,
                           timeout=TIMEOUT_S)
        if c.returncode != 0:
            return (lang, name, "fail",
                    "compile failed (exit %d): %s" %
                    (c.returncode, c.stderr.strip()[:500]))
        for resolver in resolvers:
            env = {"PATH": os.environ.get("PATH", "")}
            if resolver == "walk":
                env["WASMC_NO_OPENAT2"] = "1"
            copy_fixtures(test_dir, scratch, dirs)
            problems = check_run(exe, spec, scratch, env)
            if problems:
                return (lang, name, "fail",
                        "[%s] %s" % (resolver, "; ".join(problems)))
        return (lang, name, "pass", "")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def write_status(path, results, suite_dir, opt, resolvers):
    counts = {}
    for lang, _, status, _ in results:
        c = counts.setdefault(lang, {"pass": 0, "fail": 0, "skip": 0})
        c[status] += 1
    lines = ["<!-- BEGIN wasi -->",
             "<!-- Generated by tools/wasi-testsuite/run.py --status-md "
             "(`ninja wasi-status`); do not edit by hand. -->",
             "## WASI test suite",
             "",
             "The official WASI preview1 tests (`%s`), each compiled by "
             "`wasmc %s` with the grants its JSON asks for and run in a "
             "scratch copy of its fixtures, once per path resolver (%s: "
             "`openat2` is the kernel's RESOLVE_BENEATH, `walk` the "
             "runtime's own, forced with `WASMC_NO_OPENAT2=1`), each run on "
             "fresh fixtures; exit code and stdout compared."
             % (os.path.relpath(suite_dir,
                                os.path.dirname(os.path.abspath(path))), opt,
                ", ".join(resolvers)),
             "",
             "| language | passed | failed | skipped |",
             "|---|---:|---:|---:|"]
    for lang in LANGUAGES:
        c = counts.get(lang, {"pass": 0, "fail": 0, "skip": 0})
        lines.append("| %s | %d | %d | %d |" %
                     (lang, c["pass"], c["fail"], c["skip"]))
    lines += ["", "### Skipped WASI tests", ""]
    skipped = [r for r in results if r[2] == "skip"]
    if skipped:
        lines += ["| test | reason |", "|---|---|"]
        lines += ["| %s/%s | %s |" % (l, n, why) for l, n, _, why in skipped]
    else:
        lines.append("None.")
    failed = [r for r in results if r[2] == "fail"]
    lines += ["", "### Failing WASI tests", ""]
    if failed:
        lines += ["| test | failure |", "|---|---|"]
        lines += ["| %s/%s | %s |" % (l, n, why.replace("|", "\\|")
                                      .replace("\n", " ")[:200])
                  for l, n, _, why in failed]
    else:
        lines.append("None.")
    lines.append("<!-- END wasi -->")
    section = "\n".join(lines) + "\n"
    old = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    begin, end = "<!-- BEGIN wasi -->", "<!-- END wasi -->"
    if begin in old and end in old:
        head = old[:old.index(begin)]
        tail = old[old.index(end) + len(end):].lstrip("\n")
        new = head + section + (("\n" + tail) if tail else "")
    else:
        new = old + ("\n" if old and not old.endswith("\n\n") else "") + section
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wasmc", default=os.path.join(repo, "build", "bin",
                                                    "wasmc"))
    ap.add_argument("--shared", default=os.environ.get(
        "WASMC_SHARED_DIR", os.path.join(os.path.dirname(repo), "shared")))
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--status-md", help="rewrite the wasi section of this "
                    "file (e.g. docs/status.md)")
    ap.add_argument("-O", dest="opt_level", default=DEFAULT_OPT[2:],
                    choices=["0", "1", "2", "3"], help="optimisation level "
                    "for wasmc, e.g. -O2 (default: %s)" % DEFAULT_OPT)
    ap.add_argument("--resolver", choices=["both", "openat2", "walk"],
                    default="both",
                    help="run each test with the kernel's openat2 path "
                    "resolution, with the runtime's O_NOFOLLOW walk "
                    "(WASMC_NO_OPENAT2=1), or both, each on fresh fixtures "
                    "(default: both; a test passes if every run does)")
    ap.add_argument("filters", nargs="*",
                    help="only run tests whose lang/name contains one of "
                    "these")
    args = ap.parse_args()
    args.opt = "-O" + args.opt_level

    suite = os.path.join(args.shared, "wasi-testsuite", "tests")
    if not os.path.isdir(suite):
        print("wasi: test suite not found at %s (set WASMC_SHARED_DIR)" %
              suite, file=sys.stderr)
        print("wasi: 0 passed, 1 failed")
        return 1
    wasmc = os.path.abspath(args.wasmc)
    tests = []
    for lang in LANGUAGES:
        d = os.path.join(suite, lang, "testsuite", "wasm32-wasip1")
        for f in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            if not f.endswith(".wasm"):
                continue
            key = "%s/%s" % (lang, f[:-5])
            if args.filters and not any(x in key for x in args.filters):
                continue
            tests.append((lang, os.path.join(d, f)))

    resolvers = (["openat2", "walk"] if args.resolver == "both"
                 else [args.resolver])
    start = time.time()
    results = []
    scratch_root = tempfile.mkdtemp(prefix="wasmc-wasi-")
    try:
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            futures = []
            for lang, path in tests:
                key = "%s/%s" % (lang, os.path.basename(path)[:-5])
                if key in SKIPS:
                    results.append((lang, key.split("/", 1)[1], "skip",
                                    SKIPS[key]))
                    continue
                futures.append(((lang, path),
                                pool.submit(run_test, wasmc, args.opt,
                                            lang, path,
                                            scratch_root, resolvers)))
            for (lang, path), fut in futures:
                try:
                    results.append(fut.result())
                except Exception as e:  # a runner bug must show as a failure
                    results.append((lang, os.path.basename(path)[:-5],
                                    "fail", "runner error: %s" % e))
    finally:
        shutil.rmtree(scratch_root, ignore_errors=True)

    order = {l: i for i, l in enumerate(LANGUAGES)}
    results.sort(key=lambda r: (order.get(r[0], 99), r[1]))
    for lang, name, status, why in results:
        label = {"pass": "PASS", "fail": "FAIL", "skip": "SKIP"}[status]
        print("%s: %s/%s%s" % (label, lang, name, (" -- " + why) if why else ""))
    for lang in LANGUAGES:
        rs = [r for r in results if r[0] == lang]
        print("wasi %s: %d passed, %d failed, %d skipped" % (
            lang, sum(r[2] == "pass" for r in rs),
            sum(r[2] == "fail" for r in rs), sum(r[2] == "skip" for r in rs)))
    passed = sum(r[2] == "pass" for r in results)
    failed = sum(r[2] == "fail" for r in results)
    print("wasi: %d skipped (%.0fs)" % (sum(r[2] == "skip" for r in results),
                                       time.time() - start))
    print("wasi: %d passed, %d failed" % (passed, failed))
    if args.status_md:
        write_status(args.status_md, results, suite, args.opt, resolvers)
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
