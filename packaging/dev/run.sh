#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and launches
# Kinsight from the source tree. Until the GUI lands this is the CLI's live view
# (kinsight-cli watch --direct, which needs root).
set -euo pipefail
cd "$(dirname "$0")/../.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

as_root packaging/dev/install-deps.sh run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
as_root sh -c 'mountpoint -q /sys/kernel/tracing || mount -t tracefs tracefs /sys/kernel/tracing'
exec env PATH="$PWD/build/helper/cli:$PATH" sh -c 'if [ "$(id -u)" -eq 0 ]; then exec kinsight-cli watch --direct "$@"; else exec sudo "$PWD/build/helper/cli/kinsight-cli" watch --direct "$@"; fi' kinsight "$@"
