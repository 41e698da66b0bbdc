#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every
# test (unit, bpf, kernel-matrix, e2e, gui). Needs root (sudo) for the BPF,
# kernel-matrix and end-to-end tests. Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

as_root packaging/dev/install-deps.sh test
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build

# The classic-tracepoint variants read event ids from tracefs, which a fresh
# machine of this kind does not mount.
as_root sh -c 'mountpoint -q /sys/kernel/tracing || mount -t tracefs tracefs /sys/kernel/tracing'

as_root ctest --test-dir build --output-on-failure --no-tests=error "$@"
