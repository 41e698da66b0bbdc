#!/usr/bin/env bash
# The README's first command: installs the packages that are missing, builds,
# installs Kinsight (binaries under /usr/local, the helper's D-Bus activation
# file, bus policy and polkit actions where D-Bus and polkit read them), makes
# sure the system bus and polkitd run, and launches Kinsight as you.
# Run it as yourself (it uses sudo for what needs root) or as root.
# Without a display it starts the terminal view (kinsight-cli watch) instead.
set -euo pipefail
cd "$(dirname "$0")/../.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

as_root packaging/dev/install-deps.sh run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
as_root cmake --install build >/dev/null
echo "run: installed kinsight, kinsight-cli and the helper (prefix $(grep -m1 CMAKE_INSTALL_PREFIX build/CMakeCache.txt | cut -d= -f2))"

# Desktops run both daemons already; a bare machine (container, VM without
# systemd) does not: start them so the helper can be reached.
if [ ! -S /run/dbus/system_bus_socket ]; then
    echo "run: no system bus running: starting dbus-daemon --system"
    as_root mkdir -p /run/dbus
    as_root dbus-daemon --system --fork
fi
if ! dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.PolicyKit1 2>/dev/null | grep -q true; then
    echo "run: polkitd is not running: starting it"
    as_root sh -c '/usr/lib/polkit-1/polkitd --no-debug >/dev/null 2>&1 &'
    sleep 1
fi
# The classic-tracepoint variants need tracefs (the helper says so otherwise).
as_root sh -c 'mountpoint -q /sys/kernel/tracing || mount -t tracefs tracefs /sys/kernel/tracing'

# Launch as the person who asked, not as root.
user=${SUDO_USER:-$(id -un)}
run_as_user() {
    if [ "$(id -u)" -eq 0 ] && [ "$user" != root ]; then
        sudo -u "$user" env DISPLAY="${DISPLAY:-}" WAYLAND_DISPLAY="${WAYLAND_DISPLAY:-}" \
            XAUTHORITY="${XAUTHORITY:-}" XDG_RUNTIME_DIR="/run/user/$(id -u "$user")" "$@"
    else
        "$@"
    fi
}
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec_cmd=(/usr/local/bin/kinsight "$@")
    echo "run: starting Kinsight; it will ask polkit once for permission to monitor (org.kinsight.monitor)"
    run_as_user "${exec_cmd[@]}"
else
    echo "run: no display (DISPLAY and WAYLAND_DISPLAY are unset): starting the terminal view; ^C to stop"
    run_as_user /usr/local/bin/kinsight-cli watch "$@"
fi
