# -*- Python -*-
# The C-program suite: each .c here is a lit test that compiles itself to
# wasm32-wasi, runs it through wasmc and compares its output with the
# committed <name>.expected. Everything else is shared with test/lit.
import os

config.wasmc_suite = "programs"
lit_config.load_config(
    config, os.path.join(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))), "lit", "lit.cfg.py"))
