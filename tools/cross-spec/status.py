#!/usr/bin/env python3
"""Writes the per-target section of docs/status.md (between
<!-- BEGIN targets --> and <!-- END targets -->; appended if absent, the
rest of the file untouched) from a run of the cross-target lit tests:
test/lit/aarch64 (C programs, traps, linking, embedding, tail calls, the
2.0 and 3.0 spec slices under qemu-aarch64), the Mach-O tests, the macOS runtime tests
(test/lit/macos-rtlib) and the POSIX-only runtime suites
(test/lit/posix-only: the code paths rtlib takes on macOS, run on Linux).

Usage: status.py --build-dir BUILD [--shared-dir DIR] [--status-md PATH]
                 [--node NODE]
(--node: the node >= 20 that runs wast2json3 for the 3.0 slices; default:
node on PATH.)
(`ninja cross-status` runs it.)
"""
import argparse
import collections
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_ROOT = os.path.dirname(os.path.dirname(HERE))
BEGIN, END = "<!-- BEGIN targets -->", "<!-- END targets -->"
LIT = "/usr/lib/llvm-19/build/utils/lit/lit.py"

TESTS = ["test/lit/aarch64", "test/lit/macho", "test/lit/codegen/macho.wat",
         "test/lit/codegen/object-aarch64.wat", "test/lit/macos-rtlib",
         "test/lit/posix-only"]

# (row label, target, predicate on "suite :: path")
ROWS = [
    ("C example programs (test/programs), run under qemu-aarch64",
     "aarch64-linux-gnu", lambda t: t.startswith("wasmc-aarch64-programs ::")),
    ("trap tests (test/lit/traps), run under qemu-aarch64",
     "aarch64-linux-gnu", lambda t: t.startswith("wasmc-aarch64-lit-traps ::")),
    ("linking, guard-page elision, fault classification, tail calls, "
     "spec slices (2.0 and 3.0)",
     "aarch64-linux-gnu",
     lambda t: (t.startswith("wasmc-lit :: aarch64/") and
                t != "wasmc-lit :: aarch64/embedding.c") or
     t.endswith("codegen/object-aarch64.wat")),
    ("--shared modules loaded by a host through the AArch64 librtlib.so, "
     "run under qemu-aarch64",
     "aarch64-linux-gnu", lambda t: t == "wasmc-lit :: aarch64/embedding.c"),
    ("Mach-O objects and link plumbing (not run: no macOS here)",
     "x86_64-apple-macos, arm64-apple-macos",
     lambda t: t.startswith("wasmc-lit :: macho/") or
     t.endswith("codegen/macho.wat")),
    ("rtlib compiled against macOS headers, programs linked against "
     "libSystem.tbd (not run; needs tools/macos-headers.sh)",
     "x86_64-apple-macos, arm64-apple-macos",
     lambda t: t.startswith("wasmc-lit :: macos-rtlib/")),
    ("rtlib's POSIX fallbacks (the macOS code paths) run on Linux: "
     "test/lit/wasi, test/programs, fallbacks.c against rtlib_posix",
     "x86_64-linux-gnu (POSIX-only rtlib)",
     lambda t: t.startswith("wasmc-posix-only-") or
     t.startswith("wasmc-lit :: posix-only/")),
]


def slice3_groups():
    """The [group] names of slice-3.0.txt, in order."""
    with open(os.path.join(HERE, "slice-3.0.txt")) as f:
        return [l.strip()[1:-1] for l in f if l.startswith("[")]


def spec_table(outputs):
    """A Markdown table of run.py's per-script and total lines in the given
    (output file, label of its total row) pairs."""
    rows = ["| script | passed | failed | skipped |", "|---|---:|---:|---:|"]
    for out, label in outputs:
        with open(out) as f:
            for line in f:
                m = re.match(r"^(\S+\.wast): (\d+) passed, (\d+) failed, "
                             r"(\d+) skipped", line)
                if m:
                    rows.append("| %s | %s | %s | %s |" % m.groups())
                m = re.match(r"^aarch64 spec: (\d+) passed, (\d+) failed, "
                             r"(\d+) skipped", line)
                if m:
                    rows.append("| **%s** | **%s** | **%s** | **%s** |"
                                % ((label,) + m.groups()))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build-dir", required=True)
    ap.add_argument("--shared-dir",
                    default=os.path.join(os.path.dirname(SRC_ROOT), "shared"))
    ap.add_argument("--status-md",
                    default=os.path.join(SRC_ROOT, "docs", "status.md"))
    ap.add_argument("--node")
    opts = ap.parse_args()
    build = os.path.abspath(opts.build_dir)
    node = ["--param", "wasmc_node=" + opts.node] if opts.node else []
    run = subprocess.run(
        [sys.executable, LIT, "-v", "--param", "wasmc_build_dir=" + build,
         "--param", "wasmc_shared_dir=" + opts.shared_dir] + node +
        [os.path.join(SRC_ROOT, t) for t in TESTS],
        capture_output=True, text=True)
    results = {}
    for line in run.stdout.splitlines():
        m = re.match(r"^(PASS|FAIL|XFAIL|XPASS|UNSUPPORTED|UNRESOLVED|"
                     r"TIMEOUT): (.*) \(\d+ of \d+\)$", line)
        if m:
            results[m.group(2)] = m.group(1)
    if not results:
        sys.stderr.write(run.stdout[-2000:] + run.stderr[-2000:])
        sys.exit("status.py: lit reported no results")

    lines = [BEGIN,
             "<!-- Generated by tools/cross-spec/status.py (`ninja "
             "cross-status`); do not edit by hand. -->",
             "## Targets",
             "",
             "Cross-target tests (docs/cli.md, \"Targets\"). x86_64 Linux is "
             "the host: every other section of this page is its result. "
             "Counts are lit tests; a lit test runs several commands.",
             "",
             "| target | tests | passed | failed | unsupported |",
             "|---|---|---:|---:|---:|"]
    for label, target, pred in ROWS:
        c = collections.Counter(v for k, v in results.items() if pred(k))
        failed = c["FAIL"] + c["XPASS"] + c["UNRESOLVED"] + c["TIMEOUT"]
        lines.append("| %s | %s | %d | %d | %d |" % (
            target, label, c["PASS"] + c["XFAIL"], failed, c["UNSUPPORTED"]))
    failing = sorted(k for k, v in results.items()
                     if v in ("FAIL", "XPASS", "UNRESOLVED", "TIMEOUT"))
    if failing:
        lines += ["", "Failing: " + ", ".join("`%s`" % f for f in failing)]

    lit_out = os.path.join(build, "test", "lit", "aarch64", "Output")
    spec_out = os.path.join(lit_out, "spec-slice.test.tmp.out")
    if os.path.exists(spec_out) and results.get(
            "wasmc-lit :: aarch64/spec-slice.test") in ("PASS", "FAIL"):
        lines += ["", "### Spec suite on AArch64 (qemu-aarch64)", "",
                  "The scripts of `tools/cross-spec/slice.txt`, compiled for "
                  "aarch64-linux-gnu at -O1 and run under qemu-aarch64 by "
                  "`tools/cross-spec/run.py` (every module of a script in "
                  "one process with the spectest module and `register`; "
                  "assert_return, assert_trap, assert_exhaustion, "
                  "assert_uninstantiable, assert_unlinkable and actions; "
                  "skipped, with the reason printed: funcref arguments "
                  "other than null, GC and exception values, commands on "
                  "instances whose state a skipped command may have "
                  "changed; validation assertions are target-independent "
                  "and not repeated).",
                  ""] + spec_table([(spec_out, "total")])
    groups = [g for g in slice3_groups() if os.path.exists(os.path.join(
        lit_out, "spec-slice-3.0-%s.test.tmp.out" % g)) and results.get(
            "wasmc-lit :: aarch64/spec-slice-3.0-%s.test" % g) in (
                "PASS", "FAIL")]
    if groups:
        lines += ["", "### Wasm 3.0 spec scripts on AArch64 (qemu-aarch64)",
                  "",
                  "The scripts of `tools/cross-spec/slice-3.0.txt` (tail "
                  "calls, memory64/table64, multi-memory), converted by "
                  "wast2json3 and run the same way "
                  "(test/lit/aarch64/spec-slice-3.0-*.test).",
                  ""] + spec_table([(os.path.join(
                      lit_out, "spec-slice-3.0-%s.test.tmp.out" % g),
                      "total " + g) for g in groups])
    lines += ["", END]
    section = "\n".join(lines)

    text = ""
    if os.path.exists(opts.status_md):
        with open(opts.status_md) as f:
            text = f.read()
    if BEGIN in text and END in text:
        start = text.index(BEGIN)
        end = text.index(END) + len(END)
        text = text[:start] + section + text[end:]
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + section + "\n"
    with open(opts.status_md, "w") as f:
        f.write(text)
    print("\n".join(lines[6:6 + len(ROWS) + 2]))
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
