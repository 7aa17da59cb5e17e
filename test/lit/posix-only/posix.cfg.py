# -*- Python -*-
# Shared by the nested suites under test/lit/posix-only/<name>/: run an
# existing suite directory (config.wasmc_posix_source, e.g. "lit/wasi" or
# "programs", relative to test/) again, with every executable linked
# against the POSIX-only rtlib (target rtlib_posix, built with
# WASMC_RTLIB_POSIX_ONLY): the WASI layer then takes the fallbacks it takes
# on macOS (no openat2, O_PATH, /proc, accept4, getrandom, posix_fadvise,
# posix_fallocate, preadv/pwritev; see rtlib/wasi/HostCompat.h), so they
# run here. The tests are not copied: wasmc picks the runtime up from
# WASMC_RUNTIME_DIR, and hosts that link rtlib themselves get it through
# %rtlib_dir (neither suite has a host that loads `wasmc --shared` modules
# through librtlib.so, of which there is no POSIX-only build).
import os

posix_source = config.wasmc_posix_source
config.wasmc_suite = posix_source
lit_config.load_config(
    config, os.path.join(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))), "lit.cfg.py"))

config.name = "wasmc-posix-only-" + posix_source.replace("/", "-")
# <build>/test/<source> -> <build>/test/posix-only/<source>: never share
# Output/ with the native run of the same tests.
_build_test_dir = config.test_exec_root
for _ in posix_source.split("/"):
    _build_test_dir = os.path.dirname(_build_test_dir)
config.test_exec_root = os.path.join(_build_test_dir, "posix-only",
                                     posix_source)

_build_dir = os.path.dirname(_build_test_dir)
_posix_root = os.path.join(_build_dir, "lib", "wasmc", "posix-only")
if not os.path.exists(os.path.join(_posix_root, "x86_64-linux-gnu",
                                   "librtlib.a")):
    config.unsupported = True
config.environment["WASMC_RUNTIME_DIR"] = _posix_root
config.substitutions = [
    (key, _posix_root if key == "%rtlib_dir" else value)
    for key, value in config.substitutions]
config.available_features.add("posix-only")
