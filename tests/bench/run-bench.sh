#!/usr/bin/env bash
# Prints Kinsight's overhead figures (needs root; builds first). Not a test:
# compare the numbers, they depend on the machine. Arguments go to ks-bench
# (--suite collectors|foundation|filter, --rounds N, --cpu-seconds S,
# --no-bpftrace). KS_BUILD_DIR picks the build tree (default: build).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${KS_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target ks-bench
mountpoint -q /sys/kernel/tracing || mount -t tracefs tracefs /sys/kernel/tracing
exec "$build/tests/ks-bench" "$@"
