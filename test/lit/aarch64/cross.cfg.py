# -*- Python -*-
# Shared by the nested suites under test/lit/aarch64/<name>/: run an
# existing suite directory (config.wasmc_cross_source, e.g. "programs" or
# "lit/traps", relative to test/) again, cross-compiled for AArch64 Linux
# and executed under qemu-aarch64. The tests themselves are not copied:
# their RUN lines are rewritten by two substitutions, which lit applies
# before its own (%t...):
#   - every `wasmc ` command that links gets `--target aarch64-linux-gnu`
#     (-c and -S stay on the host target: their output is checked against
#     host assembly or object formats);
#   - every `%t`/`%t.<suffix>` in command position (line start -- after
#     lit's `%dbg(RUN: at line N)` marker --, after ; | && || (, after
#     `env VAR=...` or `not [--crash]`) runs under
#     `qemu-aarch64 -L <sysroot>`.
# Tests that build host code (REQUIRES: x86_64) are unsupported here.
import os

cross_source = config.wasmc_cross_source
config.wasmc_suite = cross_source
lit_config.load_config(
    config, os.path.join(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))), "lit.cfg.py"))

config.name = "wasmc-aarch64-" + cross_source.replace("/", "-")
# <build>/test/<source> -> <build>/test/aarch64/<source>: never share
# Output/ with the native run of the same tests.
_build_test_dir = config.test_exec_root
for _ in cross_source.split("/"):
    _build_test_dir = os.path.dirname(_build_test_dir)
config.test_exec_root = os.path.join(_build_test_dir, "aarch64", cross_source)

if "aarch64-qemu" not in config.available_features:
    config.unsupported = True

_qemu = "qemu-aarch64 -L " + lit_config.params.get("aarch64_sysroot",
                                                    "/usr/aarch64-linux-gnu")
config.substitutions.extend([
    (r"(?<![\w.-])wasmc(?=\s)(?![^;|&]*\s-[cS](?=\s))",
     "wasmc --target aarch64-linux-gnu"),
    (r"((?:^|[;|&(]|%dbg\([^)]*\))\s*(?:env\s+(?:\w+=\S*\s+)*)?(?:not\s+(?:--crash\s+)?)?)"
     r"%t((?:\.[\w-]+)*)(?=\s|$)",
     r"\1" + _qemu + r" %t\2"),
])

# The host's architecture features would enable host-only tests.
config.available_features.discard("x86_64")
config.available_features.add("aarch64")
config.available_features.add("cross-aarch64")
