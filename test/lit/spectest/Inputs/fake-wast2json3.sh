#!/bin/sh
# Stands in for `node wast2json.mjs IN.wast -o OUT.json` (wasmc-spectest
# --node this --wast2json3 anything) where the real converter is not set up:
# copies Inputs/<stem>.json and assembles Inputs/<stem>.<n>.wat with wabt's
# wat2wasm into <stem>.<n>.wasm beside OUT.json.
set -e
in=$2
out=$4
stem=$(basename "$in" .wast)
inputs=$(dirname "$in")/Inputs
cp "$inputs/$stem.json" "$out"
for wat in "$inputs/$stem".*.wat; do
  wat2wasm --enable-all --no-check "$wat" -o "$(dirname "$out")/$(basename "$wat" .wat).wasm"
done
