#!/usr/bin/env bash
# End-to-end test of the privileged path: a private system bus, the real
# polkitd with Kinsight's installed policy file and a rules.d rule granting one
# test user, kinsight-helper started by D-Bus activation from the build tree,
# and clients running as a granted and a denied user.
#
#   run-e2e.sh BUILD_DIR SOURCE_DIR
# Needs root (it creates users, installs the policy, starts daemons). Exit 77
# (skip) when not root.
set -uo pipefail
. "$(dirname "$0")/../lib/private-bus.sh"

build=$(realpath "$1")
source=$(realpath "$2")
[ "$(id -u)" -eq 0 ] || { echo "e2e: needs root"; exit 77; }

cli="$build/helper/cli/kinsight-cli"
helper="$build/helper/kinsight-helper"
workload="$build/tests/ks-workload"
granted=ks-e2e-granted
denied=ks-e2e-denied
failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

run=$(mktemp -d /tmp/ks-e2e.XXXXXX)
chmod 755 "$run"   # polkitd runs as its own user and must reach the socket
pids=()
policy=/usr/share/polkit-1/actions/org.kinsight.policy
rule=/etc/polkit-1/rules.d/49-kinsight-e2e.rules
installed_policy=0

cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    pkill -f "^$helper" 2>/dev/null; pkill -f "$run/start-helper" 2>/dev/null
    wait 2>/dev/null
    rm -f "$rule"
    [ "$installed_policy" -eq 1 ] && rm -f "$policy"
    rm -rf "$run"
}
trap cleanup EXIT

for u in "$granted" "$denied"; do
    id "$u" >/dev/null 2>&1 || useradd -M -r -s /usr/sbin/nologin "$u"
done

# polkit reads actions only from /usr/share/polkit-1/actions.
if ! cmp -s "$source/resources/polkit/org.kinsight.policy" "$policy"; then
    [ -e "$policy" ] || installed_policy=1
    install -m 644 "$source/resources/polkit/org.kinsight.policy" "$policy"
fi
install -d -m 700 /etc/polkit-1/rules.d
cat > "$rule" <<EOF
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("org.kinsight.") == 0 && subject.user == "$granted")
        return polkit.Result.YES;
});
EOF
chmod 644 "$rule"

# The project's bus policy and an activation file that starts the build tree's helper.
mkdir -p "$run/system.d" "$run/services"
cp "$source/resources/dbus/org.kinsight.Helper1.conf" "$run/system.d/"
# The helper's output goes to a log shown when something fails.
cat > "$run/start-helper" <<EOF
#!/bin/sh
exec "$helper" --idle-timeout 4 2>>"$run/helper.log"
EOF
chmod 755 "$run/start-helper"
cat > "$run/services/org.kinsight.Helper1.service" <<EOF
[D-BUS Service]
Name=org.kinsight.Helper1
Exec=$run/start-helper
User=root
EOF
private_bus_config "$run/system.conf" "$run/system_bus_socket" "<servicedir>$run/services</servicedir>" "$run/system.d"
private_bus_start "$run/system.conf" "$run/system_bus_socket" "$run/"
started=$?
pids+=("${private_bus_pids[@]}")
[ "$started" -eq 0 ] || { echo "e2e: polkitd did not start"; cat "$run/polkitd.log"; exit 1; }
has_owner() { private_bus_has_owner "$1"; }

as() {
    local u=$1; shift
    setpriv --reuid="$u" --regid="$u" --init-groups \
        env -i PATH=/usr/bin:/bin HOME=/ DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SYSTEM_BUS_ADDRESS" "$@"
}
# (Background clients below call setpriv directly: `as ... &` would put a subshell
# between $! and the client, and killing it would leave the client running.)
links() { bpftool link list 2>/dev/null | grep -c '^[0-9]*:'; }
links_before=$(links)

# 1. A granted user streams samples; the helper starts by D-Bus activation.
out=$(as "$granted" "$cli" watch --seconds 2 --interval 0.5 --json 2>"$run/watch.err")
lines=$(printf '%s\n' "$out" | grep -c '"charts"')
if [ "$lines" -ge 3 ] && has_owner org.kinsight.Helper1; then
    pass "granted user received $lines frames through the helper (activated on demand)"
else
    fail "granted user received $lines frames: $(cat "$run/watch.err")"
fi

# 2. The same exact totals as --direct, through the helper, for the user's own command.
workdir=$(mktemp -d /tmp/ks-e2e-work.XXXXXX)
head -c 100000 /dev/zero > "$workdir/data"
chown -R "$granted" "$workdir"
json=$(cd "$workdir" && as "$granted" "$cli" stat --json --load-mode return -- "$workload" "$workdir" \
       opens=12 failing=3 reads=7 bytes=512 forks=2 threads=2 2>"$run/stat.err")
check_metric() {
    local got
    got=$(printf '%s' "$json" | python3 -c "import json,sys; print(json.load(sys.stdin)['metrics'].get('$1'))" 2>/dev/null)
    [ "$got" = "$2" ] || { fail "stat through the helper: $1 = $got, expected $2"; return 1; }
}
ok=1
for pair in file_open=14 open_error=3 vfs_read_bytes=3584 vfs_write_bytes=3584 process_create=2 thread_create=2 task_close=5; do
    check_metric "${pair%%=*}" "${pair#*=}" || ok=0
done
[ "$ok" -eq 1 ] && pass "stat through the helper gives the workload's exact totals"

# 2b. Inspecting a cgroup through the helper (StartCgroupSession): the helper
# resolves the name itself, counts the cgroup's tasks, and refuses a name that climbs out.
cg_root=/sys/fs/cgroup
[ -e /sys/fs/cgroup/unified/cgroup.procs ] && cg_root=/sys/fs/cgroup/unified
if [ -e "$cg_root/cgroup.procs" ]; then
    cg=ks-e2e-$$
    mkdir "$cg_root/$cg"
    sh -c 'echo $$ > "$1/cgroup.procs"; while :; do head -c 1 /dev/zero > /dev/null; sleep 0.05; done' \
        sh "$cg_root/$cg" &
    cg_busy=$!
    out=$(as "$granted" "$cli" watch --cgroup "$cg" --seconds 2 --interval 0.5 --json 2>"$run/cgwatch.err")
    reads=$(printf '%s\n' "$out" | python3 -c "
import json, sys
print(max((json.loads(l).get('metrics', {}).get('vfs_read_call', 0) for l in sys.stdin if l.strip()), default=0))")
    refused=$(as "$granted" "$cli" watch --cgroup "../$cg" --seconds 1 2>&1 >/dev/null)
    missing=$(as "$granted" "$cli" watch --cgroup "$cg-not-there" --seconds 1 2>&1 >/dev/null)
    kill "$cg_busy"; wait "$cg_busy" 2>/dev/null
    sleep 0.2
    rmdir "$cg_root/$cg"
    if awk "BEGIN { exit !($reads > 0) }"; then
        pass "cgroup inspected through the helper: $reads reads/s of its task"
    else
        fail "cgroup inspected through the helper: no reads of its task ($(cat "$run/cgwatch.err"))"
    fi
    case "$refused" in
        *"kernel cannot"*) fail "cgroup name '../$cg' refused as if the kernel were at fault: $refused" ;;
        *"not a cgroup name"*) pass "a cgroup name climbing out of the hierarchy refused" ;;
        *) fail "cgroup name '../$cg' not refused: $refused" ;;
    esac
    # The request's fault, not the kernel's: said as an invalid argument.
    case "$missing" in
        *"kernel cannot"*) fail "a missing cgroup blamed on the kernel: $missing" ;;
        *InvalidArgs*"$cg-not-there"*|*"$cg-not-there"*InvalidArgs*) pass "a missing cgroup refused as the request's fault: $missing" ;;
        *) fail "a missing cgroup: unexpected answer: $missing" ;;
    esac
fi
rm -rf "$workdir"

# 3. A user polkit does not grant gets AccessDenied, said in one line.
err=$(as "$denied" "$cli" watch --seconds 1 2>&1 >/dev/null); code=$?
if [ "$code" -eq 125 ] && printf '%s' "$err" | grep -q "Not authorized"; then
    pass "denied user refused: $err"
else
    fail "denied user: exit $code, '$err'"
fi
raw=$(as "$denied" dbus-send --system --print-reply --dest=org.kinsight.Helper1 /org/kinsight/Helper1 \
      org.kinsight.Helper1.StopSession string:x 2>&1)
printf '%s' "$raw" | grep -q "org.freedesktop.DBus.Error.AccessDenied" \
    && pass "raw call by the denied user: org.freedesktop.DBus.Error.AccessDenied" \
    || fail "raw call by the denied user: $raw"

# 4. Bad arguments are InvalidArgs with a message, and the helper survives them.
raw=$(as "$granted" dbus-send --system --print-reply --dest=org.kinsight.Helper1 /org/kinsight/Helper1 \
      org.kinsight.Helper1.StartSession array:string:vfs,../../etc/passwd string:entry string:auto double:1 \
      uint32:32768 int32:0 boolean:false boolean:false string:off 2>&1)
printf '%s' "$raw" | grep -q "InvalidArgs.*unknown module" && pass "unknown module refused with InvalidArgs" \
    || fail "unknown module: $raw"
raw=$(as "$granted" dbus-send --system --print-reply --dest=org.kinsight.Helper1 /org/kinsight/Helper1 \
      org.kinsight.Helper1.StartSession array:string:vfs string:entry string:auto double:0.01 \
      uint32:32768 int32:0 boolean:false boolean:false string:off 2>&1)
printf '%s' "$raw" | grep -q "InvalidArgs.*interval" && pass "interval 0.01 s refused with InvalidArgs" \
    || fail "interval 0.01: $raw"
raw=$(as "$granted" dbus-send --system --print-reply --dest=org.kinsight.Helper1 /org/kinsight/Helper1 \
      org.kinsight.Helper1.StartSession array:string: string:entry string:auto double:1 \
      uint32:32768 int32:1 boolean:false boolean:false string:off 2>&1)
printf '%s' "$raw" | grep -q "AccessDenied.*another user" && pass "inspecting another user's process refused" \
    || fail "another user's tree: $raw"

# 5. Only root may own the helper's name.
raw=$(as "$denied" dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.RequestName string:org.kinsight.Helper1 uint32:0 2>&1)
printf '%s' "$raw" | grep -q "AccessDenied" && pass "a user cannot own org.kinsight.Helper1" \
    || fail "owning the name: $raw"

# 6. kill -9 of a granted client frees its session's BPF links within 2 s.
setpriv --reuid="$granted" --regid="$granted" --init-groups env -i DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SYSTEM_BUS_ADDRESS" \
    "$cli" watch --interval 1 --json >/dev/null 2>&1 &
client=$!
for _ in $(seq 100); do [ "$(links)" -gt "$links_before" ] && break; sleep 0.1; done
during=$(links)
kill -9 "$client"; wait "$client" 2>/dev/null
start=$(date +%s.%N)
for _ in $(seq 40); do [ "$(links)" -le "$links_before" ] && break; sleep 0.05; done
after=$(links); took=$(echo "$(date +%s.%N) - $start" | bc)
[ -n "${KS_E2E_DEBUG:-}" ] && gdb -q -batch -p "$(pgrep -f "^$helper" | head -1)" -ex 'thread apply all bt' 2>&1 | grep -E "^#|^Thread" | head -60
if [ "$during" -gt "$links_before" ] && [ "$after" -le "$links_before" ]; then
    pass "kill -9 of the client released its $((during - links_before)) BPF links in ${took} s"
else
    fail "links before $links_before, during $during, after kill -9 $after"
fi

# 7. SIGTERM detaches everything and tells the client why.
setpriv --reuid="$granted" --regid="$granted" --init-groups env -i DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SYSTEM_BUS_ADDRESS" \
    "$cli" watch --interval 0.5 --json >/dev/null 2>"$run/term.err" &
client=$!
for _ in $(seq 100); do [ "$(links)" -gt "$links_before" ] && break; sleep 0.1; done
pkill -TERM -f "^$helper"
wait "$client"; code=$?
for _ in $(seq 40); do [ "$(links)" -le "$links_before" ] && break; sleep 0.05; done
if [ "$(links)" -le "$links_before" ] && grep -q "kinsight-helper is stopping" "$run/term.err"; then
    pass "SIGTERM: links released, client told '$(tr -d '\n' < "$run/term.err")' (exit $code)"
else
    fail "SIGTERM: links $(links) (before $links_before), client said '$(cat "$run/term.err")'"
fi

# 8. The GUI fills its charts from the live helper (offscreen, as the granted user).
gui_test="$build/tests/gui/tst_gui_live"
if [ -x "$gui_test" ]; then
    shots=$(mktemp -d /tmp/ks-e2e-shots.XXXXXX); chmod 777 "$shots"
    if as "$granted" QT_QPA_PLATFORM=offscreen KINSIGHT_LIVE_HELPER=1 KINSIGHT_SCREENSHOT_DIR="$shots" \
          XDG_CONFIG_HOME="$shots" "$gui_test" > "$run/gui.log" 2>&1; then
        pass "GUI charts filled from the live helper (screenshot $build/screenshots/40-live-helper-overview.png)"
        mkdir -p "$build/screenshots"; cp "$shots"/*.png "$build/screenshots/" 2>/dev/null
    else
        fail "GUI with the live helper: $(grep -E 'FAIL|QWARN' "$run/gui.log" | head -5)"
    fi
    rm -rf "$shots"
fi

# 8b. Launch and inspect in the GUI (tst_inspect_live, as the granted user): the workload's totals equal its
# known counts and kinsight-cli stat's, exports parse back; screenshots inspect-running/finished*.png.
# Inspecting a cgroup: a v2 cgroup delegated to the user (it and its cgroup.procs are the user's), the test
# started in its child "test" (moved there by root before dropping privileges), so the test may make a
# cgroup beside it and move its own workload in.
inspect_test="$build/tests/gui/tst_inspect_live"
if [ -x "$inspect_test" ]; then
    shots=$(mktemp -d /tmp/ks-e2e-inspect.XXXXXX); chmod 777 "$shots"
    workdir=$(mktemp -d /tmp/ks-e2e-work.XXXXXX)
    head -c 100000 /dev/zero > "$workdir/data"; chown -R "$granted" "$workdir"
    gui_root=/sys/fs/cgroup
    [ -e /sys/fs/cgroup/unified/cgroup.procs ] && gui_root=/sys/fs/cgroup/unified
    gui_cg=""
    if [ -e "$gui_root/cgroup.procs" ] && mkdir "$gui_root/ks-e2e-gui-$$" "$gui_root/ks-e2e-gui-$$/test"; then
        gui_cg=ks-e2e-gui-$$
        chown "$granted" "$gui_root/$gui_cg" "$gui_root/$gui_cg/cgroup.procs"
    fi
    enter='[ -n "$1" ] && echo $$ > "$1/test/cgroup.procs"; shift; exec "$@"'
    if sh -c "$enter" sh "${gui_cg:+$gui_root/$gui_cg}" \
          setpriv --reuid="$granted" --regid="$granted" --init-groups \
          env -i PATH=/usr/bin:/bin HOME=/ DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SYSTEM_BUS_ADDRESS" \
          QT_QPA_PLATFORM=offscreen KINSIGHT_LIVE_HELPER=1 KINSIGHT_SCREENSHOT_DIR="$shots" \
          XDG_CONFIG_HOME="$shots" KINSIGHT_INSPECT_WORKLOAD="$workload" KINSIGHT_INSPECT_WORKDIR="$workdir" \
          KINSIGHT_INSPECT_CGROUP_ROOT="${gui_cg:+$gui_root}" KINSIGHT_INSPECT_CGROUP="$gui_cg" \
          KINSIGHT_CLI="$cli" "$inspect_test" > "$run/inspect.log" 2>&1; then
        pass "GUI launch and inspect: the workload's exact totals, equal to kinsight-cli stat's; CSV/JSON/PNG/SVG exports"
        for case in "cgroupCountsOnlyItsProcesses:inspect a cgroup: exactly the workload moved into it, nothing of a busy process outside" \
                    "runningTreeCountedUntilItEnds:inspect a running process's tree: the workload's counts, ends with the tree"; do
            if grep -q "^PASS   : TestInspectLive::${case%%:*}" "$run/inspect.log"; then
                pass "GUI ${case#*:}"
            else
                echo "SKIP GUI ${case#*:}: $(grep -m1 "${case%%:*}" "$run/inspect.log")"
            fi
        done
    else
        fail "GUI launch and inspect: $(grep -E '^FAIL|Loc:' "$run/inspect.log" | head -4 | tr '\n' ' ')"
    fi
    if [ -n "$gui_cg" ]; then
        rmdir "$gui_root/$gui_cg/work" 2>/dev/null; rmdir "$gui_root/$gui_cg/test" "$gui_root/$gui_cg" 2>/dev/null
    fi
    mkdir -p "$build/screenshots"; cp "$shots"/*.png "$build/screenshots/" 2>/dev/null
    rm -rf "$shots" "$workdir"
fi

# 9. With no session left, the helper exits by itself (idle timeout 4 s here, 60 s installed).
as "$granted" "$cli" capabilities --json > "$run/caps.json" 2>"$run/caps.err"
python3 -c "import json; d=json.load(open('$run/caps.json')); assert d['modules']['vfs']['tracepoint']['ok']" 2>/dev/null \
    && pass "capabilities through the helper" || fail "capabilities: $(cat "$run/caps.err")"
for _ in $(seq 80); do has_owner org.kinsight.Helper1 || break; sleep 0.1; done
has_owner org.kinsight.Helper1 && fail "helper still running after its idle timeout" \
    || pass "helper exited after its idle timeout"

# ---- 10. Settings: ReadSettings / WriteSettings and live apply (settings editor) ----
# From here on D-Bus activation starts the helper with a private settings
# directory (--settings-dir, an option for tests only), so /etc/kinsight is
# never touched. ks-settings-probe talks to the helper as the Settings page does.
probe="$build/tests/unit/settings/ks-settings-probe"
if [ -x "$probe" ]; then
    settings="$run/etc-kinsight"
    main_conf="$settings/ebpf.d.conf"
    cat > "$run/start-helper" <<EOF
#!/bin/sh
exec "$helper" --idle-timeout 4 --settings-dir "$settings" 2>>"$run/helper.log"
EOF
    fingerprint() { sha256sum "$main_conf" "$main_conf.bak" 2>/dev/null; }
    programs='[ebpf programs]\n    process = yes\n    vfs = yes\n    socket = no\n    sync = no\n    mount = no\n    fd = no\n    oomkill = no\n'

    # 10a. A granted user's valid save lands: root-owned 0644, the previous file kept as .bak.
    printf "[global]\n    ebpf load mode = entry\n$programs" | as "$granted" "$probe" write main > "$run/s1.out" 2>&1
    printf "[global]\n    ebpf load mode = entry\n    update every = 1\n$programs" \
        | as "$granted" "$probe" write main >> "$run/s1.out" 2>&1
    owner=$(stat -c '%U:%G %a' "$main_conf" 2>/dev/null)
    if [ "$owner" = "root:root 644" ] && grep -q "update every = 1" "$main_conf" \
       && [ -f "$main_conf.bak" ] && ! grep -q "update every" "$main_conf.bak" \
       && [ "$(stat -c '%a' "$settings")" = 755 ]; then
        pass "settings: granted user's save written ($owner), previous version kept as .bak"
    else
        fail "settings: save by the granted user: '$owner', $(cat "$run/s1.out")"
    fi
    as "$granted" "$probe" read > "$run/s-read.out" 2>&1
    grep -q "^main [0-9]" "$run/s-read.out" && pass "settings: ReadSettings returns ebpf.d.conf" \
        || fail "settings: ReadSettings: $(cat "$run/s-read.out")"

    # 10b. Invalid content: InvalidArgs with file:line:column, nothing changed.
    before=$(fingerprint)
    out=$(printf '[global]\n    update every = 0\n' | as "$granted" "$probe" write main 2>&1)
    if printf '%s' "$out" | grep -q "org.freedesktop.DBus.Error.InvalidArgs.*ebpf.d.conf:2:" \
       && [ "$(fingerprint)" = "$before" ]; then
        pass "settings: invalid content refused with InvalidArgs ($(printf '%s' "$out" | head -1 | cut -c1-110)), files unchanged"
    else
        fail "settings: invalid content: $out"
    fi
    out=$(printf 'x = 1\n' | as "$granted" "$probe" write ../../etc/passwd 2>&1)
    printf '%s' "$out" | grep -q "InvalidArgs.*unknown settings file" && [ ! -e "$settings/ebpf.d/passwd" ] \
        && pass "settings: a path as file id is refused" || fail "settings: path as file id: $out"

    # 10c. A denied user: AccessDenied, nothing changed.
    out=$(printf '[global]\n    apps = no\n' | as "$denied" "$probe" write main 2>&1)
    if printf '%s' "$out" | grep -q "org.freedesktop.DBus.Error.AccessDenied" && [ "$(fingerprint)" = "$before" ]; then
        pass "settings: denied user refused with AccessDenied, files unchanged"
    else
        fail "settings: denied user's write: $out"
    fi

    # 10d. Live apply: a session that follows the settings gets the change without a restart.
    setpriv --reuid="$granted" --regid="$granted" --init-groups env -i DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SYSTEM_BUS_ADDRESS" \
        "$probe" stream 30 > "$run/s-stream.out" 2>&1 &
    streamer=$!
    for _ in $(seq 100); do grep -q "^FRAME" "$run/s-stream.out" && break; sleep 0.1; done
    printf "[global]\n    ebpf load mode = return\n    update every = 1\n${programs/vfs = yes/vfs = no}" \
        | as "$granted" "$probe" write main > "$run/s-apply.out" 2>&1
    for _ in $(seq 100); do [ "$(grep -c '^HEADER' "$run/s-stream.out")" -ge 2 ] && break; sleep 0.1; done
    sleep 1.5
    second=$(grep '^HEADER' "$run/s-stream.out" | sed -n 2p)
    frames_after=$(awk '/^HEADER/ { h++ } /^FRAME/ && h >= 2 { n++ } END { print n + 0 }' "$run/s-stream.out")
    if kill -0 "$streamer" 2>/dev/null && printf '%s' "$second" | grep -q "load=return interval=1 modules=process settings=" \
       && printf '%s' "$second" | grep -q "ebpf load mode=return@$main_conf:2" && [ "$frames_after" -ge 1 ] \
       && grep -q "applied: 1 running session now measures with the new settings" "$run/s-apply.out"; then
        pass "settings: the running session applied the change in place (new header: load mode return, vfs off; $frames_after frames after it)"
    else
        fail "settings: live apply: $(cat "$run/s-apply.out"); stream: $(grep -v '^FRAME' "$run/s-stream.out" | cut -c1-300)"
    fi
    kill "$streamer" 2>/dev/null; wait "$streamer" 2>/dev/null
fi
# ---- end of settings checks ----

# ---- diagnostics checks: ApplyFix (org.kinsight.fix) and DiagnosticInputs (org.kinsight.monitor) ----
# Mounting for real happens in a private mount namespace with its own bus and
# polkitd: unmounting tracefs there leaves the host's tracefs (which the BPF
# tests and other sessions on this machine need) untouched, and whatever the
# helper mounts there vanishes with the namespace. On the shared bus the host
# is only ever checked, never unmounted.
diag_call() {  # user method [args...]: dbus-send's reply or error
    local u=$1 m=$2; shift 2
    as "$u" dbus-send --system --print-reply --dest=org.kinsight.Helper1 /org/kinsight/Helper1 \
        "org.kinsight.Helper1.$m" "$@" 2>&1
}
host_mounts() { grep -cE ' - (tracefs|debugfs|securityfs) ' /proc/self/mountinfo; }
host_before=$(host_mounts)

ok=1
for bad in mount-proc /sys/kernel/tracing "mount-tracefs;reboot" ""; do
    raw=$(diag_call "$granted" ApplyFix "string:$bad")
    printf '%s' "$raw" | grep -q "InvalidArgs.*unknown fix" || { fail "ApplyFix '$bad': $raw"; ok=0; }
done
[ "$ok" -eq 1 ] && pass "ApplyFix with an id the helper does not know: InvalidArgs"
raw=$(diag_call "$denied" ApplyFix string:mount-tracefs)
if printf '%s' "$raw" | grep -q "AccessDenied.*org.kinsight.fix" && [ "$(host_mounts)" = "$host_before" ]; then
    pass "denied user's ApplyFix: AccessDenied, nothing mounted"
else
    fail "denied user's ApplyFix: $raw (mounts $host_before -> $(host_mounts))"
fi
raw=$(diag_call "$denied" DiagnosticInputs)
printf '%s' "$raw" | grep -q "AccessDenied.*org.kinsight.monitor" && pass "denied user's DiagnosticInputs: AccessDenied" \
    || fail "denied user's DiagnosticInputs: $raw"
raw=$(diag_call "$granted" DiagnosticInputs)
# (b lockdown_known, s lockdown, b audit_known, as audit_lines, s audit_note): lines, or none with a reason.
if printf '%s' "$raw" | grep -q "^method return" && [ "$(printf '%s\n' "$raw" | grep -c '^ *boolean ')" -eq 2 ] \
   && printf '%s' "$raw" | grep -q "array \[" && printf '%s' "$raw" | grep -qE 'string "(No BPF denials|[0-9]+ BPF denial|There is no|Cannot read)'; then
    pass "granted user's DiagnosticInputs: $(printf '%s\n' "$raw" | grep '^ *string' | tail -1 | sed 's/^ *//')"
else
    fail "granted user's DiagnosticInputs: $raw"
fi
# kinsight-cli diagnose as a user goes through the same helper calls as the
# page: granted, nothing is left "needs the helper" and the live attach matrix
# is in; denied, the refusal is said once and those checks stay unknown.
json=$(as "$granted" "$cli" diagnose --json 2>"$run/diag-granted.err"); code=$?
if [ "$code" -le 1 ] && printf '%s' "$json" | python3 -c '
import json, sys
checks = json.load(sys.stdin)["checks"]
waiting = [c["id"] for c in checks if c["status"] == "unknown" and c.get("needsHelper")]
assert not waiting, "still waiting for the helper: %s" % waiting
assert [c for c in checks if c["id"].count(":") == 2 and c["id"].startswith("attach:")], "no attach matrix"
' 2>>"$run/diag-granted.err" && [ ! -s "$run/diag-granted.err" ]; then
    pass "granted user's kinsight-cli diagnose --json: helper inputs and attach matrix in (exit $code)"
else
    fail "granted user's kinsight-cli diagnose (exit $code): $(cut -c1-300 "$run/diag-granted.err")"
fi
json=$(as "$denied" "$cli" diagnose --json 2>"$run/diag-denied.err"); code=$?
if grep -q "org.kinsight.monitor" "$run/diag-denied.err" && printf '%s' "$json" \
       | python3 -c 'import json, sys; assert any(c["status"] == "unknown" and c.get("needsHelper")
                                                   for c in json.load(sys.stdin)["checks"])'; then
    pass "denied user's kinsight-cli diagnose: refusal named, the helper's checks stay unknown (exit $code)"
else
    fail "denied user's kinsight-cli diagnose (exit $code): $(cut -c1-300 "$run/diag-denied.err")"
fi
if grep -qE ' /sys/kernel/tracing .* - tracefs ' /proc/self/mountinfo; then
    raw=$(diag_call "$granted" ApplyFix string:mount-tracefs)
    printf '%s' "$raw" | grep -q "boolean false" && printf '%s' "$raw" | grep -q "already mounted" \
        && pass "ApplyFix mount-tracefs on the host, where it is mounted: success, nothing to do" \
        || fail "idempotent mount-tracefs on the host: $raw"
fi

cat > "$run/diag-ns.sh" <<EOF
#!/usr/bin/env bash
# Runs in a private mount namespace (unshare --mount --propagation private).
set -uo pipefail
run="$run"; build="$build"; helper="$helper"; granted="$granted"; denied="$denied"
. "$source/tests/lib/private-bus.sh"
EOF
cat >> "$run/diag-ns.sh" <<'EOF'
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; }
mounted_at() { grep -qE " $2 .* - $1 " /proc/self/mountinfo; }   # type, mount point
unmount_all() {  # here only: this namespace's view
    for m in /sys/kernel/debug/tracing /sys/kernel/debug /sys/kernel/tracing /sys/kernel/security; do
        while mountpoint -q "$m"; do umount "$m" || umount -l "$m" || break; done
    done
}
unmount_all
mounted_at tracefs /sys/kernel/tracing && { fail "namespace: tracefs still mounted after umount"; exit 0; }

private_bus_config "$run/ns-system.conf" "$run/ns_bus_socket" "<servicedir>$run/services</servicedir>" "$run/system.d"
private_bus_start "$run/ns-system.conf" "$run/ns_bus_socket" "$run/ns-"  # a polkitd that did not start fails the checks below
stop_ours() {
    # The helper this bus activated lives in this namespace: end exactly that one.
    for p in $(pgrep -f "^$helper"); do
        [ "$(readlink /proc/$p/ns/mnt)" = "$(readlink /proc/self/ns/mnt)" ] && kill "$p"
    done
    kill "${private_bus_pids[@]}" 2>/dev/null
    wait 2>/dev/null
}
trap stop_ours EXIT
as() {
    local u=$1; shift
    setpriv --reuid="$u" --regid="$u" --init-groups \
        env -i PATH=/usr/bin:/bin HOME=/ DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SYSTEM_BUS_ADDRESS" "$@"
}
call() { local u=$1 m=$2; shift 2; as "$u" dbus-send --system --print-reply --dest=org.kinsight.Helper1 \
    /org/kinsight/Helper1 "org.kinsight.Helper1.$m" "$@" 2>&1; }

raw=$(call "$denied" ApplyFix string:mount-tracefs)
if printf '%s' "$raw" | grep -q "AccessDenied" && ! mounted_at tracefs /sys/kernel/tracing; then
    pass "namespace: denied user's mount-tracefs refused (AccessDenied), tracefs still unmounted"
else
    fail "namespace: denied user's mount-tracefs: $raw"
fi
raw=$(call "$granted" DiagnosticInputs)
printf '%s' "$raw" | grep -q 'securityfs is not mounted' && ! mounted_at securityfs /sys/kernel/security \
    && pass "namespace: DiagnosticInputs says securityfs is not mounted (and does not mount it)" \
    || fail "namespace: DiagnosticInputs without securityfs: $raw"
raw=$(call "$granted" ApplyFix string:mount-tracefs)
if printf '%s' "$raw" | grep -q "boolean true" && printf '%s' "$raw" | grep -q "Mounted tracefs at /sys/kernel/tracing" \
   && mounted_at tracefs /sys/kernel/tracing; then
    pass "namespace: granted user's mount-tracefs mounted it: $(printf '%s\n' "$raw" | grep 'string' | sed 's/^ *//')"
else
    fail "namespace: granted user's mount-tracefs: $raw"
fi
raw=$(call "$granted" ApplyFix string:mount-tracefs)
printf '%s' "$raw" | grep -q "boolean false" && printf '%s' "$raw" | grep -q "already mounted" \
    && [ "$(grep -c ' - tracefs ' /proc/self/mountinfo)" -eq 1 ] \
    && pass "namespace: mount-tracefs again: success, nothing to do, mounted once" \
    || fail "namespace: second mount-tracefs: $raw"
raw=$(call "$granted" ApplyFix string:mount-securityfs)
raw2=$(call "$granted" DiagnosticInputs)
if mounted_at securityfs /sys/kernel/security && printf '%s' "$raw2" | grep -qE 'string ".*\[(none|integrity|confidentiality)\]'; then
    pass "namespace: mount-securityfs, then DiagnosticInputs reads lockdown: $(printf '%s\n' "$raw2" | grep -oE '[a-z ]*\[[a-z]+\][a-z ]*' | head -1)"
else
    fail "namespace: securityfs and lockdown: $raw / $raw2"
fi
# Something else at the mount point: FixFailed in words, and it is not hidden under a new mount.
mount -t tmpfs ks-e2e-decoy /sys/kernel/debug
raw=$(call "$granted" ApplyFix string:mount-debugfs)
printf '%s' "$raw" | grep -q "org.kinsight.Helper1.Error.FixFailed.*already a mount point (of tmpfs)" \
    && ! mounted_at debugfs /sys/kernel/debug \
    && pass "namespace: mount-debugfs over a tmpfs refused: FixFailed, $(printf '%s' "$raw" | sed 's/^Error [^:]*: //')" \
    || fail "namespace: mount-debugfs over a tmpfs: $raw"
umount /sys/kernel/debug
raw=$(call "$granted" ApplyFix string:mount-debugfs)
mounted_at debugfs /sys/kernel/debug && pass "namespace: mount-debugfs mounted it" || fail "namespace: mount-debugfs: $raw"

# The Diagnostics page against this helper: refused for the denied user, then mounted for the granted one.
page="$build/tests/unit/diagnostics_ui/tst_diagnostics_page_live"
if [ -x "$page" ]; then
    shots=$(mktemp -d /tmp/ks-e2e-diag.XXXXXX); chmod 777 "$shots"
    for who in denied granted; do
        unmount_all
        user=$denied; [ "$who" = granted ] && user=$granted
        if as "$user" QT_QPA_PLATFORM=offscreen KINSIGHT_LIVE_HELPER=1 KINSIGHT_LIVE_EXPECT=$who KINSIGHT_LIVE_FIX=1 \
              KINSIGHT_SCREENSHOT_DIR="$shots" "$page" > "$run/diag-page-$who.log" 2>&1; then
            pass "namespace: Diagnostics page as the $who user: $( [ "$who" = granted ] && echo 'Mount tracefs now mounted it, the page says so' || echo 'the refusal shown in words, tracefs still unmounted')"
        else
            fail "namespace: Diagnostics page as the $who user: $(grep -E '^FAIL|Loc:|QWARN' "$run/diag-page-$who.log" | head -6 | tr '\n' ' ')"
        fi
    done
    if [ "$who" = granted ] && ! mounted_at tracefs /sys/kernel/tracing; then
        fail "namespace: tracefs not mounted after the granted user's page"
    fi
    mkdir -p "$build/screenshots"; cp "$shots"/*.png "$build/screenshots/" 2>/dev/null
    rm -rf "$shots"
fi
EOF
while IFS= read -r line; do
    case $line in
        PASS*) echo "$line" ;;
        FAIL*) echo "$line"; failures=$((failures + 1)) ;;
        *) echo "  $line" ;;
    esac
done < <(unshare --mount --propagation private -- bash "$run/diag-ns.sh" 2>&1 || echo "FAIL unshare --mount failed")
[ "$(host_mounts)" = "$host_before" ] && pass "the host's tracefs/debugfs/securityfs mounts are as before ($host_before)" \
    || fail "host mounts changed: $host_before -> $(host_mounts)"
# ---- end of diagnostics checks ----

[ "$failures" -eq 0 ] || { echo "--- bus log"; tail -20 "$run/dbus.log"; echo "--- helper log"; tail -30 "$run/helper.log"; }
echo "e2e: $failures failure(s)"
[ "$failures" -eq 0 ]
