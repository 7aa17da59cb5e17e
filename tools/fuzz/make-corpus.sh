#!/usr/bin/env bash
# Builds the fuzz seed corpus in OUT/seeds: every binary module of the spec
# test suite (converted with wast2json into OUT/spec, never into the
# repository) plus the C programs of test/programs compiled to wasm32-wasi.
#   make-corpus.sh OUT TESTSUITE_DIR TEST_PROGRAMS_DIR
set -euo pipefail
out=$1 suite=$2 programs=$3
mkdir -p "$out/spec" "$out/seeds"
if [[ -n $(ls -A "$out/seeds" 2>/dev/null) ]]; then
  echo "fuzz-corpus: $out/seeds already has $(ls "$out/seeds" | wc -l) seeds"
  exit 0
fi
if [[ -d $suite ]]; then
  for wast in "$suite"/*.wast; do
    name=$(basename "$wast" .wast)
    wast2json --enable-all "$wast" -o "$out/spec/$name.json" >/dev/null 2>&1 || true
  done
  # Binary modules only: text modules (.wat) from assert_malformed are not
  # Wasm binaries.
  for f in "$out"/spec/*.wasm; do
    cp "$f" "$out/seeds/spec-$(basename "$f")"
  done
else
  echo "fuzz-corpus: no spec test suite at $suite; seeds from test/programs only" >&2
fi
for c in "$programs"/*.c; do
  clang-19 --target=wasm32-wasi -O2 "$c" -o "$out/seeds/prog-$(basename "$c" .c).wasm" \
    2>/dev/null || echo "fuzz-corpus: cannot compile $c (wasi-libc missing?)" >&2
done
echo "fuzz-corpus: $(ls "$out/seeds" | wc -l) seeds in $out/seeds"
