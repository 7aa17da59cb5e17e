#!/usr/bin/env bash
# The packaging smoke test (`ninja check-package`, run by tools/check.sh):
# makes the Debian packages with cpack, installs them, and from a scratch
# directory outside the source tree uses the installed wasmc as a user would:
#   hello         compile examples/hello.wasm to an executable and run it
#   man           the man page is installed
#   embed-cmake   the installed example through find_package(wasmc) and
#                 wasmc_add_module, linked against wasmc::rtlib
#   make-pipeline the installed example: a directory of modules, make -j
#   multi-host    the installed example: a host built with pkg-config
# With WASMC_PACKAGE_INSTALL=1 (check.sh sets it under CI, on a fresh
# machine) the packages are installed for real with apt-get, which also
# resolves their Depends; otherwise they are unpacked into the scratch
# directory (dpkg-deb -x: the tree is relocatable) and `apt-get install -s`
# checks that their Depends could be met. Ends with
#   package: N passed, N failed
#
#   tools/package-smoke.sh BUILD_DIR
set -uo pipefail

build=$(cd "${1:?usage: package-smoke.sh BUILD_DIR}" && pwd)
scratch=$build/package-smoke
rm -rf "$scratch"
mkdir -p "$scratch"
passed=0
failed=0
step() {
  local name=$1
  shift
  if (cd "$scratch" && "$@") > "$scratch/$name.log" 2>&1; then
    echo "PASS $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name (log: $scratch/$name.log)"
    tail -n 20 "$scratch/$name.log" | sed 's/^/  | /'
    failed=$((failed + 1))
  fi
}
finish() {
  echo "package: $passed passed, $failed failed"
  ((failed == 0 && passed > 0))
  exit
}

# cpack's own output goes to its log; the packages land in the build dir.
rm -f "$build"/wasmc*.deb
if ! (cd "$build" && cpack -G DEB) > "$scratch/cpack.log" 2>&1; then
  echo "FAIL cpack (log: $scratch/cpack.log)"
  tail -n 20 "$scratch/cpack.log" | sed 's/^/  | /'
  failed=1
  finish
fi
debs=("$build"/wasmc*.deb)
for deb in "${debs[@]}"; do
  echo "built $(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"
done

sudo=()
if [[ $(id -u) != 0 ]] && command -v sudo > /dev/null; then
  sudo=(sudo -n)
fi
if [[ ${WASMC_PACKAGE_INSTALL:-0} == 1 ]]; then
  prefix=/usr
  step install ${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --reinstall --no-install-recommends "${debs[@]}"
else
  prefix=$scratch/root/usr
  install_unpacked() {
    apt-get install -s --no-install-recommends "${debs[@]}" &&
      for deb in "${debs[@]}"; do dpkg-deb -x "$deb" "$scratch/root" || return; done
  }
  step install install_unpacked
fi
export PATH=$prefix/bin:$PATH
export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
examples=$prefix/share/doc/wasmc/examples

hello() {
  [[ $(command -v wasmc) == "$prefix/bin/wasmc" ]] &&
    wasmc --version &&
    wasmc "$build/examples/hello.wasm" -o hello &&
    ./hello | tee hello.out && grep -q . hello.out
}
step hello hello
step man test -s "$prefix/share/man/man1/wasmc.1"

embed_cmake() {
  cp -r "$examples/embed-cmake" . &&
    cmake -S embed-cmake -B embed-cmake/build -G Ninja \
      -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_C_COMPILER=clang-19 &&
    cmake --build embed-cmake/build &&
    embed-cmake/build/host | tee embed.out &&
    grep -qx 'fib(90) = 2880067194370816120' embed.out &&
    grep -qx 'div(7, 0): integer divide by zero' embed.out
}
step embed-cmake embed_cmake

make_pipeline() {
  cp -r "$examples/make-pipeline" . && make -C make-pipeline -j2 check
}
step make-pipeline make_pipeline

multi_host() {
  cp -r "$examples/multi-host" . &&
    make -C multi-host CC=clang-19 &&
    (cd multi-host && ./host out/double.so out/square.so out/crash.so -- \
      double:21 square:12 crash:1 missing:0) | tee multi.out &&
    diff -u - multi.out <<'OUT'
double:21 -> 42
square:12 -> 144
crash:1 -> error: unreachable executed
missing:0 -> no such module
OUT
}
step multi-host multi_host

finish
