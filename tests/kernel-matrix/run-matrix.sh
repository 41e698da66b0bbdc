#!/bin/bash
# Kernel matrix: runs the exactness check (ks-exactness and every scenario's
# static workload) in every attach mode inside Debian bookworm's 6.1 cloud kernel, booted once under
# qemu TCG with a busybox initramfs, and checks the results. Two small NVMe disks
# (the guest kernel has NVMe built in) give the guest what an initramfs lacks: an
# ext4 file system with a page cache that reads and writes back (cachestat's
# scenario), and swap (the swap scenario); without mkfs.ext4/mkswap the guest
# boots without them. Three raw ones serve the block-layer scenarios: ks-raw
# for disk (direct writes to a device nothing else uses), ks-md0 and ks-md1 for
# an md RAID1 (mdflush), whose driver modules (md-mod, raid1, kept by
# fetch-kernel.sh next to the kernel in modules/) the guest loads. An xfs disk
# (ks-xfs, made with mkfs.xfs when installed; xfs and libcrc32c loaded from
# modules/) gives the filesystem scenario a second file system.
#
#   tests/kernel-matrix/run-matrix.sh --exactness build/tests/ks-exactness \
#       --workload-dir build/tests [--kernel VMLINUZ] [--runs "attach:mode ..."]
#       [--allow-skip "attach ..."] [--timeout SECONDS] [--keep DIR] [--smp N]
#       [--scenarios "name ..."]
#
# --kernel   default: the kernel fetch-kernel.sh caches (downloaded on first use)
# --runs     default: trampoline, tracepoint, probe, tp_btf, raw_tp, classic and
#            auto, each in load modes entry and return
# --allow-skip  attach modes that may report SKIP (default none: 6.1 has them all)
# --timeout  wall-clock limit of the guest (default 600 s)
# --keep     keep the initramfs and the serial log in DIR
# --scenarios  only these scenarios (default: every one ks-exactness --list gives)
# --smp      guest CPUs (default 1, or $KINSIGHT_MATRIX_SMP); more CPUs exercise
#            cross-CPU ordering (RCU frees, per-CPU counters) at some TCG cost
# Exit: 0 every run PASS; 1 a run FAIL, an unexpected SKIP, or a run or the
# guest that did not report; 2 usage or setup error.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
exactness= workload_dir= kernel= keep=
runs=
allow_skip=
timeout_s=600
smp=${KINSIGHT_MATRIX_SMP:-1}
only_scenarios=
while [ $# -gt 0 ]; do
    case $1 in
    --exactness) exactness=$2; shift 2 ;;
    --workload-dir) workload_dir=$2; shift 2 ;;
    --kernel) kernel=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --allow-skip) allow_skip=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --smp) smp=$2; shift 2 ;;
    --scenarios) only_scenarios=$2; shift 2 ;;
    *) echo "usage: $0 --exactness PATH --workload-dir DIR [--kernel VMLINUZ] [--runs LIST] [--allow-skip LIST] [--timeout S] [--keep DIR] [--smp N] [--scenarios LIST]" >&2
       exit 2 ;;
    esac
done
if [ -z "$runs" ]; then
    for a in trampoline tracepoint probe tp_btf raw_tp classic auto; do
        for m in entry return; do runs="$runs $a:$m"; done
    done
fi
[ -n "$exactness" ] && [ -n "$workload_dir" ] || { echo "run-matrix: --exactness and --workload-dir are required" >&2; exit 2; }

setup_error() { echo "run-matrix: $*" >&2; exit 2; }
workloads=()
for w in "$workload_dir"/ks-workload*; do [ -f "$w" ] && [ -x "$w" ] && workloads+=("$w"); done
[ ${#workloads[@]} -gt 0 ] || setup_error "no ks-workload* binaries in $workload_dir"
scenarios=$("$exactness" --list) || setup_error "$exactness --list failed"
if [ -n "$only_scenarios" ]; then
    for sc in $only_scenarios; do
        grep -qx "$sc" <<<"$scenarios" || setup_error "no scenario named $sc (see $exactness --list)"
    done
    scenarios=$only_scenarios
fi
for b in "$exactness" "${workloads[@]}"; do
    [ -x "$b" ] || setup_error "$b is not an executable"
    # The guest has no libraries and no loader: the test binaries must be static.
    if LC_ALL=C readelf -l "$b" 2>/dev/null | grep -q 'Requesting program interpreter'; then
        setup_error "$b is dynamically linked; the guest needs static binaries"
    fi
done
if [ -z "$kernel" ]; then
    kernel=$("$here/fetch-kernel.sh") || setup_error "fetch-kernel.sh failed"
fi
[ -f "$kernel" ] || setup_error "kernel $kernel not found"
command -v qemu-system-x86_64 >/dev/null || setup_error "qemu-system-x86_64 missing (run fetch-kernel.sh as root)"
busybox=/bin/busybox
LC_ALL=C readelf -l "$busybox" 2>/dev/null | grep -q 'Requesting program interpreter' \
    && setup_error "$busybox is not static (install busybox-static)"

work=$(mktemp -d "${TMPDIR:-/tmp}/ks-matrix.XXXXXX")
cleanup() { [ -n "$keep" ] && mkdir -p "$keep" && cp "$work/initrd.cpio" "$work/serial.log" "$keep/" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# --- initramfs ------------------------------------------------------------
root=$work/root
mkdir -p "$root/bin" "$root/etc"
cp "$busybox" "$root/bin/busybox"
install -m 755 "$here/init" "$root/init"
# Debug info is a third of the driver's size and the guest needs none of it.
strip -o "$root/ks-exactness" "$exactness" 2>/dev/null || cp "$exactness" "$root/ks-exactness"
for w in "${workloads[@]}"; do
    strip -o "$root/$(basename "$w")" "$w" 2>/dev/null || cp "$w" "$root/$(basename "$w")"
done
printf 'KS_RUNS="%s"\nKS_SCENARIOS="%s"\n' "$runs" "$only_scenarios" >"$root/etc/ks-matrix.conf"
mkdir -p "$root/lib/modules"
modules_dir=${kernel%/boot/*}/modules
for m in md-mod raid1 libcrc32c xfs; do
    if [ -f "$modules_dir/$m.ko" ]; then
        cp "$modules_dir/$m.ko" "$root/lib/modules/"
    else
        echo "run-matrix: no $m.ko in $modules_dir: the guest cannot load it" >&2
    fi
done

# --- disks ----------------------------------------------------------------
# The guest finds each disk by its NVMe serial number.
disk_args=()
add_disk() {  # $1 serial, $2 image
    disk_args+=(-drive "file=$2,if=none,format=raw,id=$1" -device "nvme,serial=$1,drive=$1")
    printf 'KS_DISKS="${KS_DISKS:-}%s "\n' "$1" >>"$root/etc/ks-matrix.conf"
}
mkfs_ext4=$(PATH=$PATH:/usr/sbin:/sbin command -v mkfs.ext4 || true)
mkswap=$(PATH=$PATH:/usr/sbin:/sbin command -v mkswap || true)
if [ -n "$mkfs_ext4" ] && truncate -s 64M "$work/scratch.img" && "$mkfs_ext4" -q -F -L ks-scratch "$work/scratch.img"; then
    add_disk ks-scratch "$work/scratch.img"
else
    echo "run-matrix: cannot make an ext4 image (mkfs.ext4): the guest has no disk file system" >&2
fi
# Written out, not sparse: mkswap warns that a file with holes makes bad swap.
if [ -n "$mkswap" ] && dd if=/dev/zero of="$work/swap.img" bs=1M count=32 status=none && chmod 600 "$work/swap.img" \
    && "$mkswap" -L ks-swap "$work/swap.img" >/dev/null; then
    add_disk ks-swap "$work/swap.img"
else
    echo "run-matrix: cannot make a swap image (mkswap): the guest has no swap" >&2
fi
for serial in ks-raw ks-md0 ks-md1; do
    truncate -s 8M "$work/$serial.img" && add_disk "$serial" "$work/$serial.img"
done
# mkfs.xfs (xfsprogs) refuses file systems under 300 MB; the image is sparse.
mkfs_xfs=$(PATH=$PATH:/usr/sbin:/sbin command -v mkfs.xfs || true)
if [ -n "$mkfs_xfs" ] && truncate -s 320M "$work/xfs.img" && "$mkfs_xfs" -q -f -L ks-xfs "$work/xfs.img"; then
    add_disk ks-xfs "$work/xfs.img"
else
    echo "run-matrix: cannot make an xfs image (mkfs.xfs, package xfsprogs): the guest has no xfs" >&2
fi

(cd "$root" && find . | cpio -o -H newc --quiet) >"$work/initrd.cpio"

# --- boot -----------------------------------------------------------------
echo "run-matrix: kernel $kernel"
echo "run-matrix: runs:$runs"
t0=$(date +%s.%N)
set +e
timeout -k 10 "$timeout_s" qemu-system-x86_64 -accel tcg -smp "$smp" -m 512 -nographic -no-reboot \
    -kernel "$kernel" -initrd "$work/initrd.cpio" "${disk_args[@]}" \
    -append "console=ttyS0 quiet panic=-1 rdinit=/init" </dev/null 2>&1 \
    | tr -d '\r' | tee "$work/serial.log" | sed -u 's/^/guest| /'
qemu_rc=${PIPESTATUS[0]}
set -e
t1=$(date +%s.%N)
boot_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')

# --- verdict --------------------------------------------------------------
log=$work/serial.log
failed=0
echo
echo "run-matrix: guest wall time ${boot_s} s (qemu exit $qemu_rc)"
if [ "$qemu_rc" = 124 ] || [ "$qemu_rc" = 137 ]; then
    echo "run-matrix: guest timed out after ${timeout_s} s"
    failed=1
fi
if ! grep -q '^KS-MATRIX DONE' "$log"; then
    echo "run-matrix: guest did not finish (no KS-MATRIX DONE marker)"
    failed=1
fi
printf '%-16s %-12s %-7s %-6s %s\n' scenario attach mode result "guest seconds (all scenarios)"
for run in $runs; do
  a=${run%%:*} m=${run#*:}
  for sc in $scenarios; do
    line=$(grep -E "^EXACTNESS scenario=$sc attach=$a mode=$m result=" "$log" | tail -1 || true)
    result=$(sed -n 's/.* result=\([A-Z]*\).*/\1/p' <<<"$line")
    span=$(grep -E "^KS-MATRIX END attach=$a mode=$m " "$log" | tail -1 \
        | sed -n 's/.* start=\([0-9.]*\) end=\([0-9.]*\).*/\1 \2/p' \
        | awk '{ printf "%.1f", $2 - $1 }' || true)
    [ -n "$result" ] || result=MISSING
    verdict=
    case $result in
    PASS) ;;
    SKIP) if [[ " $allow_skip " == *" $a "* ]]; then verdict="(skip allowed)"; else verdict="(skip not allowed)"; failed=1; fi ;;
    *) failed=1 ;;
    esac
    printf '%-16s %-12s %-7s %-6s %s %s\n' "$sc" "$a" "$m" "$result" "${span:--}" "$verdict"
  done
done
if [ "$failed" -ne 0 ]; then
    echo "run-matrix: FAILED"
    exit 1
fi
echo "run-matrix: all runs PASS"
