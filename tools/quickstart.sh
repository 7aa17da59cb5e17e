#!/usr/bin/env bash
# First command of the README: install what is missing, build wasmc, then
# compile the bundled examples/hello.wasm to a native executable and run it.
source "$(dirname "${BASH_SOURCE[0]}")/lib-setup.sh"

wasmc_setup

hello_wasm=$WASMC_BUILD_DIR/examples/hello.wasm
hello_exe=$WASMC_BUILD_DIR/examples/hello
if [[ ! -f $hello_wasm ]]; then
  wasmc_log "$hello_wasm was not built (see the CMake warning above)"
  exit 1
fi
wasmc_log "wasmc $hello_wasm -o $hello_exe"
"$WASMC_BUILD_DIR/bin/wasmc" "$hello_wasm" -o "$hello_exe"
wasmc_log "running it"
"$hello_exe" "from" "wasmc"
