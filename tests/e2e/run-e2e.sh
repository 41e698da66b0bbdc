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
cat > "$run/system.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=$run/system_bus_socket</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$run/services</servicedir>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Introspectable"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Properties"/>
    <deny send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus" send_member="UpdateActivationEnvironment"/>
  </policy>
  <includedir>/usr/share/dbus-1/system.d</includedir>
  <includedir>$run/system.d</includedir>
</busconfig>
EOF
export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$run/system_bus_socket"
dbus-daemon --config-file="$run/system.conf" --nofork --nopidfile 2>"$run/dbus.log" &
pids+=($!)
for _ in $(seq 50); do [ -S "$run/system_bus_socket" ] && break; sleep 0.1; done
/usr/lib/polkit-1/polkitd --no-debug 2>"$run/polkitd.log" &
pids+=($!)
has_owner() { dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q "boolean true"; }
for _ in $(seq 100); do has_owner org.freedesktop.PolicyKit1 && break; sleep 0.1; done
has_owner org.freedesktop.PolicyKit1 || { echo "e2e: polkitd did not start"; cat "$run/polkitd.log"; exit 1; }

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

# 9. With no session left, the helper exits by itself (idle timeout 4 s here, 60 s installed).
as "$granted" "$cli" capabilities --json > "$run/caps.json" 2>"$run/caps.err"
python3 -c "import json; d=json.load(open('$run/caps.json')); assert d['modules']['vfs']['tracepoint']['ok']" 2>/dev/null \
    && pass "capabilities through the helper" || fail "capabilities: $(cat "$run/caps.err")"
for _ in $(seq 80); do has_owner org.kinsight.Helper1 || break; sleep 0.1; done
has_owner org.kinsight.Helper1 && fail "helper still running after its idle timeout" \
    || pass "helper exited after its idle timeout"

[ "$failures" -eq 0 ] || { echo "--- bus log"; tail -20 "$run/dbus.log"; echo "--- helper log"; tail -30 "$run/helper.log"; }
echo "e2e: $failures failure(s)"
[ "$failures" -eq 0 ]
