#!/bin/sh
# Fetches Debian bookworm's 6.1 cloud kernel for the kernel matrix and prints
# the path of its vmlinuz. Idempotent: a kernel already in the cache is reused
# without touching the network.
#
#   tests/kernel-matrix/fetch-kernel.sh
#
# Environment:
#   KINSIGHT_KERNEL_CACHE    cache dir (default ${XDG_CACHE_HOME:-$HOME/.cache}/kinsight/kernels)
#   KINSIGHT_KERNEL_PACKAGE  exact package to use (default: the one linux-image-cloud-amd64 depends on)
#
# Also installs what the guest boot needs (qemu-system-x86, busybox-static,
# cpio, xfsprogs) when missing. Diagnostics go to stderr; stdout carries only the path.
set -eu

cache=${KINSIGHT_KERNEL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kinsight/kernels}
log() { echo "fetch-kernel: $*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

apt_updated=
apt_update_once() {
    [ -n "$apt_updated" ] && return 0
    log "apt-get update"
    as_root apt-get update -qq >&2
    apt_updated=1
}

# --- guest tools ---------------------------------------------------------
missing=
command -v qemu-system-x86_64 >/dev/null 2>&1 || missing="$missing qemu-system-x86"
[ -x /bin/busybox ] && /bin/busybox --list 2>/dev/null | grep -qx poweroff \
    && ldd /bin/busybox 2>&1 | grep -q 'not a dynamic' || missing="$missing busybox-static"
command -v cpio >/dev/null 2>&1 || missing="$missing cpio"
# mkfs.xfs makes the guest's xfs disk (run-matrix.sh).
PATH=$PATH:/usr/sbin:/sbin command -v mkfs.xfs >/dev/null 2>&1 || missing="$missing xfsprogs"
if [ -n "$missing" ]; then
    log "installing$missing"
    if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing >&2; then
        apt_update_once
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing >&2
    fi
fi

# --- which kernel --------------------------------------------------------
# A cached kernel is complete with its boot/ and the modules the guest loads
# (modules/: md's for the mdflush scenario, xfs's for the filesystem one);
# modules/.extracted-2 marks a package looked at for this list, whether or not
# it had them.
modules="md-mod raid1 libcrc32c xfs"
find_cached() {  # $1: package name or a glob of it
    for v in "$cache"/$1/boot/vmlinuz-*; do
        [ -f "$v" ] && [ -f "${v%/boot/*}/modules/.extracted-2" ] && { echo "$v"; return 0; }
    done
    return 1
}

resolve_package() {
    apt-cache depends linux-image-cloud-amd64 2>/dev/null \
        | awk '/Depends: linux-image-6\.1\.[0-9-]*-cloud-amd64$/ {print $2; exit}'
}

pkg=${KINSIGHT_KERNEL_PACKAGE:-}
if [ -z "$pkg" ]; then
    pkg=$(resolve_package || true)
    if [ -z "$pkg" ]; then
        # No package lists (fresh machine): a cached kernel will do; else refresh the lists.
        if v=$(find_cached 'linux-image-6.1.*-cloud-amd64'); then
            echo "$v"
            exit 0
        fi
        apt_update_once
        pkg=$(resolve_package || true)
    fi
    [ -n "$pkg" ] || { log "cannot find linux-image-6.1.*-cloud-amd64 through linux-image-cloud-amd64"; exit 1; }
fi

if v=$(find_cached "$pkg"); then
    echo "$v"
    exit 0
fi

# --- download and unpack (boot/ and the few modules the guest loads) ----------
mkdir -p "$cache"
# Downloaded into a world-readable temp dir: apt-get download drops to the _apt
# user, which cannot write into a cache under a private home.
work=$(mktemp -d "${TMPDIR:-/tmp}/kinsight-fetch.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
chmod 755 "$work"
[ "$(id -u)" -eq 0 ] && chown _apt "$work" 2>/dev/null || true
log "downloading $pkg"
if ! (cd "$work" && apt-get download -q "$pkg" >&2); then
    apt_update_once
    (cd "$work" && apt-get download -q "$pkg" >&2)
fi
deb=$(ls "$work"/*.deb)
mkdir "$work/x"
dpkg-deb -x "$deb" "$work/x"
mkdir -p "$work/$pkg"
mv "$work/x/boot" "$work/$pkg/boot"
# md (software RAID) and xfs are modular in Debian's kernels: md-mod and raid1
# (which needs only md-mod), libcrc32c and xfs (which needs only libcrc32c).
mkdir -p "$work/$pkg/modules"
for m in $modules; do
    find "$work/x/lib/modules" -name "$m.ko*" -exec cp {} "$work/$pkg/modules/" \;
done
touch "$work/$pkg/modules/.extracted-2"
rm -rf "$cache/$pkg" "$cache/.$pkg.new"
cp -R "$work/$pkg" "$cache/.$pkg.new"  # the cache may be on another file system
mv "$cache/.$pkg.new" "$cache/$pkg"
v=$(find_cached "$pkg") || { log "no vmlinuz in $deb"; exit 1; }
log "cached $v"
echo "$v"
