#!/usr/bin/env bash
# Sets up ../shared/tools/wast2json3, the converter of Wasm 3.0 spec scripts
# (`ninja check-spec-3.0`), in a writable directory: shared/ is read-only,
# and the converter's npm dependencies are pinned by its lock file, so
# `npm ci` installs exactly those (npm registry only, no install scripts).
#
#   tools/spectest/setup-wast2json3.sh SRC DEST    (CMake runs it as the
#                                                   wast2json3 target)
# Needs npm, and node >= 20 to run the converter.
set -euo pipefail

src=$1
dest=$2
for f in package.json package-lock.json wast2json.mjs; do
  if [[ ! -f $src/$f ]]; then
    echo "setup-wast2json3: no $src/$f (set WASMC_SHARED_DIR)" >&2
    exit 1
  fi
done
command -v npm > /dev/null || {
  echo "setup-wast2json3: npm is needed (Debian: npm, or nodejs >= 20)" >&2
  exit 1
}
mkdir -p "$dest"
rm -f "$dest/.installed"
# Keeping the files' times keeps the JSON that the runner already converted:
# it reconverts a script whose JSON is older than the converter.
install -p -m 0644 "$src/package.json" "$src/package-lock.json" \
  "$src/wast2json.mjs" "$dest/"
(cd "$dest" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
touch "$dest/.installed"
echo "setup-wast2json3: $dest/wast2json.mjs"
