#!/bin/sh
# run-fuzz.sh FUZZER RUNS ARTIFACT_DIR DICT SEED_DIR...
# One reproducible libFuzzer run for CTest: RUNS iterations from seed 1 over
# the seed directories (read only: new inputs go to a scratch directory that is
# removed afterwards). A crash, a sanitizer report, a timeout or a property
# violation fails the test and keeps the input in ARTIFACT_DIR; rerun it with
#   FUZZER ARTIFACT_DIR/crash-<sha1>
set -eu
fuzzer=$1 runs=$2 artifacts=$3 dict=$4
shift 4
[ -x "$fuzzer" ] || { echo "run-fuzz: $fuzzer is not built" >&2; exit 1; }
mkdir -p "$artifacts"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
# Leaks would be Qt's process-wide caches, reported once per process: off.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
start=$(date +%s)
"$fuzzer" -runs="$runs" -seed=1 -max_len=4096 -timeout=10 -rss_limit_mb=2048 -dict="$dict" \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "$scratch" "$@"
echo "run-fuzz: $runs iterations in $(( $(date +%s) - start )) s, $(ls "$scratch" | wc -l) new corpus inputs"
