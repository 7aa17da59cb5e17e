# -*- Python -*-
# test/programs (the C example programs), linked against the POSIX-only
# rtlib; see ../posix.cfg.py.
import os

config.wasmc_posix_source = "programs"
lit_config.load_config(config, os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    "posix.cfg.py"))
