#!/usr/bin/env bash
# Prints Kinsight's overhead figures (needs root; builds first). Not a test:
# compare the numbers, they depend on the machine. Arguments go to ks-bench
# (--rounds N, --cpu-seconds S, --no-bpftrace).
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake -S . -B build -G Ninja >/dev/null
cmake --build build --target ks-bench
mountpoint -q /sys/kernel/tracing || mount -t tracefs tracefs /sys/kernel/tracing
exec build/tests/ks-bench "$@"
