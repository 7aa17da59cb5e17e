#!/usr/bin/env bash
# Runs each libFuzzer target of a WASMC_BUILD_FUZZERS=ON build for a bounded
# time and reports its executions (docs/robustness.md):
#   tools/fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
# Targets default to decode, validate and compile. Each keeps its working
# corpus in BUILD_DIR/fuzz/corpus-<target> (seeded from BUILD_DIR/fuzz/seeds,
# see make-corpus.sh) and writes crashing inputs to BUILD_DIR/fuzz/artifacts.
# Ends with one line per target:
#   fuzz-<target>: N executions in S s, clean | FAILED (see log)
# and exits non-zero if any target found something.
# WASMC_FUZZ_JOBS (default 1) runs that many fuzzing processes per target.
set -uo pipefail
build=$(cd "$1" && pwd)
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : $# ))
targets=("$@")
((${#targets[@]})) || targets=(decode validate compile)
jobs=${WASMC_FUZZ_JOBS:-1}
dir=$build/fuzz
mkdir -p "$dir/artifacts"
status=0
summary=()
for t in "${targets[@]}"; do
  exe=$build/bin/fuzz-$t
  [[ -x $exe ]] || { echo "run.sh: $exe missing (configure with -DWASMC_BUILD_FUZZERS=ON)" >&2; exit 2; }
  corpus=$dir/corpus-$t
  mkdir -p "$corpus"
  log=$dir/fuzz-$t.log
  rm -f "$dir"/fuzz-"$t"-*.log
  # -rss_limit_mb/-malloc_limit_mb: a module may ask for big things, the
  # compiler must not allocate them. -timeout (wall clock): one input taking
  # 10 s in the front end, or 60 s through LLVM (the spec suite's largest
  # modules take ~0.5 s of CPU, far more on a loaded machine), is a hang.
  # Leaks are checked (detect_leaks) at the end of every input.
  timeout=10
  [[ $t == compile ]] && timeout=60
  timeout=${WASMC_FUZZ_TIMEOUT:-$timeout}
  args=(-max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048
        -malloc_limit_mb=1024 -max_len=65536 -print_final_stats=1
        -artifact_prefix="$dir/artifacts/$t-")
  if ((jobs > 1)); then
    (cd "$dir" && "$exe" "${args[@]}" -jobs="$jobs" -workers="$jobs" \
        "$corpus" "$dir/seeds" >"$log" 2>&1)
    rc=$?
    cat "$dir"/fuzz-"$t"-*.log >>"$log" 2>/dev/null
  else
    "$exe" "${args[@]}" "$corpus" "$dir/seeds" >"$log" 2>&1
    rc=$?
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\)/\1/p' "$log" |
          awk '{s+=$1} END {print s+0}')
  if ((rc == 0)) && ! grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$log"; then
    summary+=("fuzz-$t: $execs executions in $seconds s, clean")
  else
    summary+=("fuzz-$t: $execs executions in $seconds s, FAILED (exit $rc; see $log)")
    status=1
  fi
done
printf '%s\n' "${summary[@]}"
exit $status
