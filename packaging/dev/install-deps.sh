#!/usr/bin/env bash
# Installs the Debian 12 packages Kinsight needs, only those missing.
#   install-deps.sh build   compilers, Qt 6, libbpf, bpftool
#   install-deps.sh run     build + what launching from the source tree needs
#   install-deps.sh test    run + what the test suite needs (qemu, bpftrace, polkitd, Xvfb, libFuzzer...)
set -euo pipefail

profile=${1:-test}
build=(cmake ninja-build pkg-config g++ clang llvm bpftool libbpf-dev libelf-dev zlib1g-dev
       qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
       qt6-l10n-tools qt6-svg-dev libxkbcommon-dev)
run=(dbus polkitd qt6-translations-l10n)
test=(bpftrace qemu-system-x86 busybox-static cpio xvfb xauth imagemagick strace
      desktop-file-utils appstream python3 netdata-core
      libclang-rt-14-dev)  # libFuzzer and the sanitizer runtimes of clang 14 (tests/fuzz)

case "$profile" in
  build) wanted=("${build[@]}") ;;
  run) wanted=("${build[@]}" "${run[@]}") ;;
  test) wanted=("${build[@]}" "${run[@]}" "${test[@]}") ;;
  *) echo "usage: $0 build|run|test" >&2; exit 2 ;;
esac

# promtool checks the exporter's text. Debian ships it only inside the
# prometheus server package, whose install would start a server: the tests take
# the one binary out of the package instead.
tools=/usr/local/lib/kinsight-test-tools
fetch_promtool() {
  [ "$profile" = test ] || return 0
  command -v promtool >/dev/null && return 0
  [ -x "$tools/promtool" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: promtool missing; run as root to fetch it into $tools" >&2
    return 1
  fi
  local tmp
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download -qq prometheus 2>/dev/null) || { apt-get update -qq; (cd "$tmp" && apt-get download -qq prometheus); }
  dpkg-deb -x "$tmp"/prometheus_*.deb "$tmp/x"
  install -D -m 0755 "$tmp/x/usr/bin/promtool" "$tools/promtool"
  rm -rf "$tmp"
}

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  fetch_promtool
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run as root (sudo $0 $profile) to install them" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# A fresh machine has no package lists; refresh them at most once a day.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages' -mtime -1 2>/dev/null | head -1)" ]; then
  apt-get update -qq
fi
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fetch_promtool
