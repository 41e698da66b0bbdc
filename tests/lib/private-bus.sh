# A private system bus with the real polkitd on it, for the tests that go
# through polkit without touching the host's bus (e2e, package). Source it.
#
#   private_bus_config FILE SOCKET SERVICEDIRS [INCLUDEDIR]
#       writes a system-bus configuration: SERVICEDIRS is the activation part
#       ("<standard_system_servicedirs/>" or "<servicedir>DIR</servicedir>"),
#       INCLUDEDIR an extra policy directory beside /usr/share/dbus-1/system.d.
#   private_bus_start CONFIG SOCKET LOGPREFIX
#       starts dbus-daemon and polkitd (logs LOGPREFIXdbus.log, LOGPREFIXpolkitd.log),
#       exports DBUS_SYSTEM_BUS_ADDRESS, appends both pids to private_bus_pids;
#       fails when polkitd has not taken its name after 10 s.
#   private_bus_has_owner NAME

private_bus_pids=()

private_bus_config() {
    local file=$1 socket=$2 servicedirs=$3 includedir=${4:-}
    cat > "$file" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=$socket</listen>
  <auth>EXTERNAL</auth>
  $servicedirs
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
${includedir:+  <includedir>$includedir</includedir>}
</busconfig>
CONF
}

private_bus_has_owner() {
    dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q "boolean true"
}

private_bus_start() {
    local config=$1 socket=$2 logs=$3
    dbus-daemon --config-file="$config" --nofork --nopidfile 2>"${logs}dbus.log" &
    private_bus_pids+=($!)
    export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$socket"
    for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
    /usr/lib/polkit-1/polkitd --no-debug 2>"${logs}polkitd.log" &
    private_bus_pids+=($!)
    for _ in $(seq 100); do private_bus_has_owner org.freedesktop.PolicyKit1 && return 0; sleep 0.1; done
    return 1
}
