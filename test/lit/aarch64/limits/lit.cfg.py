# -*- Python -*-
# test/lit/limits (--max-memory, WASMC_MAX_MEMORY), compiled for
# aarch64-linux-gnu and run under qemu-aarch64; see ../cross.cfg.py.
import os

config.wasmc_cross_source = "lit/limits"
lit_config.load_config(config, os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    "cross.cfg.py"))
