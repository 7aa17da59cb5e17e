# -*- Python -*-
# test/lit/wasi (sandboxing, every fd/path/socket call), linked against the
# POSIX-only rtlib; see ../posix.cfg.py.
import os

config.wasmc_posix_source = "lit/wasi"
lit_config.load_config(config, os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    "posix.cfg.py"))
