#!/usr/bin/env bash
# Second command of the README (and what CI runs): the same set-up as
# quickstart.sh, then every test (`ninja check`: both lit suites). Ends with
#   lit: N passed, N failed
# and exits non-zero if anything failed or no test ran.
# Then the WebAssembly spec test suite (`ninja check-spec`, tools/spectest),
# whose summary `spec: N passed, N failed (...)` is printed just before the
# lit line; a spec failure not listed in tools/spectest/known-failures.txt
# also makes the exit status non-zero.
# Then the Wasm 3.0 suite (`ninja check-spec-3.0`): `spec-3.0: N passed, ...`
# follows the spec line; a failure not in known-failures-3.0.txt makes the
# exit status non-zero.
# Then the official WASI test suite (`ninja check-wasi`), whose summary
# `wasi: N passed, N failed` follows the spec line; any failure there makes
# the exit status non-zero.
# Then the differential test against V8 (`ninja check-diff`, tools/difftest),
# whose `diff: N passed, N failed (...)` line follows the wasi line; an
# unexpected divergence makes the exit status non-zero. `ninja
# check-diff-3.0` does the same with Wasm 3.0 modules against node 24:
# `diff-3.0: ...` follows.
# Then the packaging smoke test (`ninja check-package`,
# tools/package-smoke.sh): `package: N passed, N failed`.
# Then both lit suites again with the ASan+UBSan build (WASMC_SANITIZE=ON,
# docs/robustness.md) in $WASMC_BUILD_DIR-asan (or WASMC_ASAN_BUILD_DIR):
# its `asan: N passed, N failed` line follows the diff line; any failure or
# sanitizer report makes the exit status non-zero.
source "$(dirname "${BASH_SOURCE[0]}")/lib-setup.sh"

wasmc_setup

log=$WASMC_BUILD_DIR/check.log
wasmc_log "running the tests (full log: $log)"
set +e
ninja -C "$WASMC_BUILD_DIR" check 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# lit's closing block reads "  Passed: 12 (80.00%)" etc., one line per
# non-zero category.
# The second argument names another log (default: $log).
count() {
  sed -n "s/^ *$1 *: *\([0-9][0-9]*\).*/\1/p" "${2:-$log}" | tail -n 1 | grep . || echo 0
}
# Tests that failed, timed out or passed unexpectedly, in LOG (default $log).
lit_failed() {
  echo $(( $(count 'Failed' "$@") + $(count 'Timed Out' "$@") +
           $(count 'Unexpectedly Passed' "$@") ))
}
passed=$(count 'Passed')
failed=$(lit_failed)
unsupported=$(count 'Unsupported')
xfail=$(count 'Expectedly Failed')
skipped=$(( $(count 'Skipped') + $(count 'Excluded') ))

if ((status != 0 && failed == 0)); then
  # ninja or lit failed before reporting any test (build error, bad config).
  wasmc_log "ninja check failed (exit $status) without test failures; see $log"
  failed=1
fi

# The runners after lit: `ninja TARGET` with its output in
# check-NAME.log, then the runner's last summary line (matching PATTERN)
# printed again, or a failure line if it never got that far. Sets
# stage_status and prints the line.
run_stage() {
  local name=$1 target=$2 pattern=$3 what=$4
  local stage_log=$WASMC_BUILD_DIR/check-$name.log
  wasmc_log "running $what (full log: $stage_log)"
  set +e
  ninja -C "$WASMC_BUILD_DIR" "$target" 2>&1 | tee "$stage_log"
  stage_status=${PIPESTATUS[0]}
  set -e
  local line
  line=$(grep -E "$pattern" "$stage_log" | tail -n 1 || true)
  if [[ -z $line ]]; then
    line="$name: 0 passed, 1 failed ($what did not finish; see $stage_log)"
    stage_status=1
  fi
  echo "$line"
}

# The spec suite (tools/spectest): `spec: N passed, N failed (...)`; a
# failure not in tools/spectest/known-failures.txt fails the run.
run_stage spec check-spec '^spec: ' 'the spec test suite'
spec_status=$stage_status

# The Wasm 3.0 suite (../shared/testsuite-3.0, converted by wast2json3 from
# npm): `spec-3.0: N passed, N failed (...)`; a failure not in
# tools/spectest/known-failures-3.0.txt fails the run. GC and exception
# scripts are counted apart and do not (later issues).
run_stage spec-3.0 check-spec-3.0 '^spec-3.0: ' 'the Wasm 3.0 spec test suite'
spec3_status=$stage_status

# The official WASI test suite (tools/wasi-testsuite/run.py): one line per
# test, then `wasi: N passed, N failed`.
run_stage wasi check-wasi '^wasi: [0-9]+ passed, [0-9]+ failed' \
  'the WASI test suite'
wasi_status=$stage_status

# Differential testing against V8 (tools/difftest): 50 random modules,
# `diff: N passed, N failed (...)`. Known divergences
# (tools/difftest/known-divergences.txt) do not fail the run.
run_stage diff check-diff '^diff: [0-9]+ passed, [0-9]+ failed' \
  'the differential test'
diff_status=$stage_status

# The same with Wasm 3.0 features (tail calls, memory64, multi-memory, SIMD,
# extended constants), against node 24 (npm, installed on first use):
# `diff-3.0: N passed, N failed (...)`.
run_stage diff-3.0 check-diff-3.0 '^diff-3.0: [0-9]+ passed, [0-9]+ failed' \
  'the Wasm 3.0 differential test'
diff3_status=$stage_status

# The packaging smoke test (tools/package-smoke.sh): the .deb packages are
# built, installed (for real under CI, which runs on a fresh machine;
# unpacked into the build directory elsewhere) and used from outside the
# source tree: `package: N passed, N failed`.
if [[ -n ${CI:-} ]]; then
  export WASMC_PACKAGE_INSTALL=${WASMC_PACKAGE_INSTALL:-1}
fi
run_stage package check-package '^package: [0-9]+ passed, [0-9]+ failed' \
  'the packaging smoke test'
package_status=$stage_status

# The ASan+UBSan build: a second build directory (compiler with ASan and
# UBSan, rtlib with UBSan in trap mode) whose `ninja check` runs both lit
# suites -- the C programs and examples/hello.c included -- with the
# instrumented wasmc. `asan: N passed, N failed`, printed just before the lit
# lines.
asan_dir=${WASMC_ASAN_BUILD_DIR:-$WASMC_BUILD_DIR-asan}
mkdir -p "$asan_dir"
asan_log=$asan_dir/check.log
wasmc_log "building and testing the ASan+UBSan build in $asan_dir (full log: $asan_log)"
set +e
{
  cmake -S "$WASMC_ROOT" -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 \
    -DWASMC_SANITIZE=ON &&
    ninja -C "$asan_dir" -j "$WASMC_JOBS" check
} 2>&1 | tee "$asan_log"
asan_status=${PIPESTATUS[0]}
set -e
asan_passed=$(count 'Passed' "$asan_log")
asan_failed=$(lit_failed "$asan_log")
if ((asan_status != 0 && asan_failed == 0)); then
  wasmc_log "the ASan+UBSan build or its lit run failed (exit $asan_status) without test failures; see $asan_log"
  asan_failed=1
fi
if ((asan_passed == 0 && asan_failed == 0)); then
  asan_failed=1
fi
echo "asan: $asan_passed passed, $asan_failed failed"

echo "lit: $unsupported unsupported, $xfail expectedly failed, $skipped skipped"
echo "lit: $passed passed, $failed failed"

if ((failed != 0 || status != 0 || spec_status != 0 || spec3_status != 0 ||
      wasi_status != 0 ||
      diff_status != 0 || diff3_status != 0 || package_status != 0 ||
      asan_failed != 0 || asan_status != 0)); then
  exit 1
fi
if ((passed == 0)); then
  wasmc_log "no test passed: treating as a failure"
  exit 1
fi
