# -*- Python -*-
# lit configuration for wasmc.
#
# Two suites share this file: test/lit (per-feature tests) and test/programs
# (C programs compiled to wasm32-wasi at test time; its lit.cfg.py loads this
# one). Tests use plain tool names -- wasmc, wat2wasm, FileCheck, not, count,
# llvm-objdump -- which resolve through the PATH built below, so a RUN line
# reads the same as the command a developer would type.
#
# Where the build is comes from, in order of preference:
#   --param wasmc_bin_dir=DIR      (or env WASMC_BIN_DIR)   dir holding wasmc
#   --param wasmc_build_dir=DIR    (or env WASMC_BUILD_DIR) the CMake build dir
#   <repo>/build                                            the README's default
# `ninja -C build check` passes both params, so nothing needs setting by hand
# there; to run a subset by hand:
#   WASMC_BUILD_DIR=$PWD/build-me lit -sv test/lit/decoder

import os
import platform
import shutil
import subprocess
import tempfile

import lit.formats
import lit.util

# test/programs/lit.cfg.py sets wasmc_suite before loading this file.
wasmc_suite = getattr(config, "wasmc_suite", "lit")
config.name = "wasmc-" + wasmc_suite

# test/lit/lit.cfg.py -> repo root is two levels up.
wasmc_src_root = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))


def _param(name, env, default=None):
    value = lit_config.params.get(name) or os.environ.get(env) or default
    return os.path.abspath(value) if value else None


wasmc_build_dir = _param("wasmc_build_dir", "WASMC_BUILD_DIR",
                         os.path.join(wasmc_src_root, "build"))
wasmc_bin_dir = _param("wasmc_bin_dir", "WASMC_BIN_DIR",
                       os.path.join(wasmc_build_dir, "bin"))
wasmc_shared_dir = _param("wasmc_shared_dir", "WASMC_SHARED_DIR",
                          os.path.join(os.path.dirname(wasmc_src_root), "shared"))
llvm_bin_dir = lit_config.params.get("llvm_bin_dir", "/usr/lib/llvm-19/bin")

# The bash-based shell: tests may use `$?`, subshells and `sh -c` freely,
# which lit's internal shell does not support. lit sets pipefail itself.
config.test_format = lit.formats.ShTest(execute_external=True)

config.suffixes = [".wat", ".c", ".test", ".ll", ".s"]
# Inputs/ holds files that tests use but that are not tests themselves.
config.excludes = ["Inputs", "CMakeLists.txt", "README.md", "README.txt",
                   "lit.cfg.py", "lit.local.cfg"]

# Keep Output/ trees out of the source checkout: each suite writes under
# <build>/test/<suite dir name>/.
config.test_source_root = os.path.join(wasmc_src_root, "test", wasmc_suite)
config.test_exec_root = os.path.join(wasmc_build_dir, "test", wasmc_suite)

# --- Environment -----------------------------------------------------------
# lit starts tests from a clean environment; keep only what tools need.
for var in ["HOME", "TMPDIR", "TEMP", "TMP", "LANG", "LC_ALL", "TERM",
            "CCACHE_DIR", "CI"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]

path_dirs = [wasmc_bin_dir, llvm_bin_dir]
config.environment["PATH"] = os.pathsep.join(
    path_dirs + [config.environment.get("PATH", os.environ.get("PATH", ""))])
config.environment["WASMC_SHARED_DIR"] = wasmc_shared_dir

# Tests that bound the compiler's memory use `%ulimit-v N`. A wasmc built
# with AddressSanitizer (WASMC_SANITIZE=ON) reserves terabytes of shadow
# address space at start-up, so there the limit becomes a no-op (feature
# `asan`) and only the tests' time bounds apply.
_wasmc_exe = shutil.which("wasmc", path=config.environment["PATH"])
_wasmc_asan = False
if _wasmc_exe:
    with open(_wasmc_exe, "rb") as f:
        _wasmc_asan = b"__asan_init" in f.read()
if _wasmc_asan:
    config.available_features.add("asan")
    config.substitutions.append(("%ulimit-v", "true"))
else:
    config.substitutions.append(("%ulimit-v", "ulimit -v"))

# --- Substitutions ---------------------------------------------------------
# Plain names are the norm; these spellings exist for tests that prefer them.
# Longer keys come first so that no key is replaced inside a longer one.
# -B tools/no-wasm-opt: with -O, clang runs binaryen's wasm-opt after
# linking when it finds one, and wasm-opt drops the name section the trap
# backtraces are checked against (see that directory's stand-in). The tests
# must not depend on whether binaryen is installed.
wasi_cc = "clang-19 --target=wasm32-wasi -B " + os.path.join(
    wasmc_src_root, "tools", "no-wasm-opt")
config.substitutions.extend([
    ("%wasi-cxx", wasi_cc.replace("clang-19", "clang++-19", 1) + " -fwasm-exceptions -nostdlib++"),
    ("%wasi-cc-O0", wasi_cc + " -O0"),
    ("%wasi-cc", wasi_cc + " -O2"),
    ("%wasmc", os.path.join(wasmc_bin_dir, "wasmc")),
    ("%wat2wasm", "wat2wasm"),
    ("%FileCheck", "FileCheck"),
    ("%not", "not"),
    ("%shared", wasmc_shared_dir),
    ("%programs", os.path.join(wasmc_src_root, "test", "programs")),
    ("%rtlib_dir", os.path.join(wasmc_build_dir, "lib", "wasmc")),
    ("%src_root", wasmc_src_root),
])

# Embedding hosts (test/lit/embedding) are C programs built against the
# rtlib API: headers from the source tree, the shared runtime from the build
# (rpath'd, so the host runs without LD_LIBRARY_PATH).
_rtlib_host_dir = os.path.join(wasmc_build_dir, "lib", "wasmc",
                               platform.machine().lower() + "-linux-gnu")
config.substitutions.extend([
    ("%rtlib_cflags", "-I" + os.path.join(wasmc_src_root, "rtlib", "include")),
    ("%rtlib_ldflags", "-L%s -lrtlib -Wl,-rpath,%s" % (_rtlib_host_dir,
                                                       _rtlib_host_dir)),
])

# --- Features --------------------------------------------------------------
machine = platform.machine().lower()
if machine in ("x86_64", "amd64"):
    config.available_features.add("x86_64")
elif machine in ("aarch64", "arm64"):
    config.available_features.add("aarch64")
if platform.system() == "Linux":
    config.available_features.add("linux")

if shutil.which("wat2wasm"):
    config.available_features.add("wabt")
# test/lit/debuginfo drives gdb in batch mode.
if shutil.which("gdb"):
    config.available_features.add("gdb")

if os.path.isdir(os.path.join(wasmc_shared_dir, "testsuite")):
    config.available_features.add("spec-testsuite")
if os.path.isdir(os.path.join(wasmc_shared_dir, "wasi-testsuite")):
    config.available_features.add("wasi-testsuite")
if os.path.isdir(os.path.join(wasmc_shared_dir, "testsuite-3.0")):
    config.available_features.add("spec-testsuite-3.0")

# The Wasm 3.0 script converter (../shared/tools/wast2json3), as the
# wast2json3 target installs it into the build directory (`ninja check`
# depends on that target where npm and node >= 20 are found), run by node
# >= 20: --param wasmc_node (what -DWASMC_SPECTEST3_NODE= chose), else node
# on PATH.
_wast2json3 = os.path.join(wasmc_build_dir, "wast2json3", "wast2json.mjs")
_node = lit_config.params.get("wasmc_node") or shutil.which("node") or "node"
config.substitutions.extend([("%wast2json3", _wast2json3),
                             ("%node", _node)])


def _node_major(node):
    try:
        out = subprocess.run([node, "--version"], capture_output=True,
                             text=True, timeout=60).stdout
        return int(out.strip().lstrip("v").split(".")[0])
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return 0


if (os.path.exists(os.path.join(wasmc_build_dir, "wast2json3", ".installed"))
        and _node_major(_node) >= 20):
    config.available_features.add("wast2json3")

# AArch64 executables run under qemu-user (test/lit/aarch64): needs
# qemu-aarch64, the arm64 cross C library (its dynamic linker and libc are
# what -L points qemu at) and rtlib built for aarch64-linux-gnu.
wasmc_aarch64_sysroot = lit_config.params.get("aarch64_sysroot",
                                              "/usr/aarch64-linux-gnu")
config.substitutions.append(("%aarch64_sysroot", wasmc_aarch64_sysroot))
config.substitutions.append(
    ("%qemu-aarch64", "qemu-aarch64 -L " + wasmc_aarch64_sysroot))
if (shutil.which("qemu-aarch64") and os.path.exists(
        os.path.join(wasmc_aarch64_sysroot, "lib", "ld-linux-aarch64.so.1"))
        and os.path.exists(os.path.join(wasmc_build_dir, "lib", "wasmc",
                                        "aarch64-linux-gnu", "librtlib.a"))):
    config.available_features.add("aarch64-qemu")


def _wasi_cc_works():
    """True when clang-19 can build a wasm32-wasi program (wasi-libc and the
    wasm32 compiler-rt builtins are installed)."""
    if not shutil.which("clang-19"):
        return False
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "probe.c")
        with open(src, "w") as f:
            f.write("#include <stdio.h>\nint main(void){puts(\"x\");return 0;}\n")
        try:
            return subprocess.run(
                wasi_cc.split() + [src, "-o", os.path.join(tmp, "probe.wasm")],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                timeout=120).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            return False


if _wasi_cc_works():
    config.available_features.add("wasi-libc")
else:
    lit_config.note("clang-19 --target=wasm32-wasi does not work: "
                    "tests that REQUIRE wasi-libc are unsupported")

if not os.path.exists(os.path.join(wasmc_bin_dir, "wasmc")):
    lit_config.warning("no wasmc in %s: build it first, or pass "
                       "--param wasmc_build_dir=<build dir>" % wasmc_bin_dir)

# A hung test (a module looping forever) must not eat CI's time budget.
# lit can only enforce this when psutil is there to kill process trees.
if lit.util.killProcessAndChildrenIsSupported()[0]:
    lit_config.maxIndividualTestTime = int(
        lit_config.params.get("timeout", 300))
