# Shared set-up for tools/quickstart.sh and tools/check.sh (sourced, not
# run): install the Debian packages that are missing, configure and build.
#
# Environment knobs:
#   WASMC_BUILD_DIR   build directory (default: <repo>/build)
#   WASMC_JOBS        parallel build jobs (default: nproc)
#   WASMC_NO_INSTALL  set to 1 to skip the package step
#   WASMC_NODE24      set to 1 to also npm-install node 24 and binaryen into
#                     $WASMC_BUILD_DIR/node24 (tools/node24.sh; optional
#                     Wasm 3.0 reference for tools/difftest)

set -euo pipefail

WASMC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WASMC_BUILD_DIR=${WASMC_BUILD_DIR:-$WASMC_ROOT/build}
WASMC_JOBS=${WASMC_JOBS:-$(nproc 2>/dev/null || echo 2)}

# Everything needed to build wasmc, compile the C tests to wasm32-wasi and
# run the lit suites. python3-psutil lets lit enforce per-test time limits.
WASMC_PACKAGES=(
  cmake ninja-build ccache
  clang-19 lld-19 llvm-19-dev liblld-19-dev llvm-19-tools
  libcli11-dev wabt wasi-libc libclang-rt-19-dev-wasm32
  zlib1g-dev libzstd-dev python3 python3-psutil
  # Cross-compiling to AArch64 Linux (rtlib for aarch64-linux-gnu and the C
  # library executables link against) and running the results under qemu.
  libc6-dev-arm64-cross libgcc-12-dev-arm64-cross libstdc++-12-dev-arm64-cross
  qemu-user
  # The differential test in CI (tools/difftest): binaryen generates random
  # modules, node's V8 is the reference.
  binaryen nodejs
  # The sanitizer runtimes for the ASan+UBSan build in CI (and the fuzzers);
  # only recommended by clang-19, so not there with --no-install-recommends.
  libclang-rt-19-dev
  # Packaging (cmake/Packaging.cmake, tools/package-smoke.sh): the man page,
  # the .deb's Depends (dpkg-shlibdeps reads ELF files with `file`) and
  # pkg-config for the examples.
  help2man dpkg-dev file pkg-config make
  # test/lit/debuginfo: gdb steps through the C source of wasmc -g output.
  gdb
  # bench/ only: the large module of the compile-throughput figure is built
  # from the package's duktape.c.
  duktape-dev
)

wasmc_log() { printf '==> %s\n' "$*" >&2; }

wasmc_install_packages() {
  if [[ ${WASMC_NO_INSTALL:-0} == 1 ]]; then
    wasmc_log "WASMC_NO_INSTALL=1: not checking packages"
    return
  fi
  if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    wasmc_log "not a Debian system: install these yourself: ${WASMC_PACKAGES[*]}"
    return
  fi
  local missing=() pkg
  for pkg in "${WASMC_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null |
        grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if ((${#missing[@]} == 0)); then
    wasmc_log "all required packages are installed"
    return
  fi
  local sudo=()
  if [[ $(id -u) != 0 ]]; then
    if ! command -v sudo >/dev/null; then
      wasmc_log "missing packages (${missing[*]}) and no sudo: run as root"
      exit 1
    fi
    sudo=(sudo)
  fi
  wasmc_log "installing: ${missing[*]}"
  ${sudo[@]+"${sudo[@]}"} apt-get update
  ${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
}

wasmc_configure() {
  wasmc_log "configuring $WASMC_BUILD_DIR"
  cmake -S "$WASMC_ROOT" -B "$WASMC_BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19
}

wasmc_build() {
  wasmc_log "building with $WASMC_JOBS jobs"
  ninja -C "$WASMC_BUILD_DIR" -j "$WASMC_JOBS"
}

# The whole set-up, as both commands in the README begin.
wasmc_setup() {
  wasmc_install_packages
  # Optional: macOS headers for the macOS rtlib build check (npm; without
  # them test/lit/macos-rtlib reports unsupported).
  if [[ ${WASMC_NO_INSTALL:-0} != 1 ]]; then
    "$WASMC_ROOT/tools/macos-headers.sh" ||
      wasmc_log "no macOS headers: test/lit/macos-rtlib will be unsupported"
  fi
  if [[ ${WASMC_NODE24:-0} == 1 ]]; then
    "$WASMC_ROOT/tools/node24.sh" "$WASMC_BUILD_DIR/node24" ||
      wasmc_log "tools/node24.sh failed: no node 24 for differential testing"
  fi
  wasmc_configure
  wasmc_build
}
