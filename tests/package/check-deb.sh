#!/usr/bin/env bash
# Package test (CTest label `package`, off by default: it builds the whole
# project again, ~10 min on 2 cores). Builds the Debian package from this source
# tree with packaging/debian/build-deb.sh (dpkg-buildpackage -b -us -uc, then
# lintian, which must report no error), then checks
#   1. the .deb's file list: exactly the installed file set (binaries, helper in
#      libexec, D-Bus activation + policy + interface, polkit policy, systemd
#      unit, desktop entry, metainfo, icons, one .qm per translations/*.ts) plus
#      Debian's doc files;
#   2. that packaging/rpm/kinsight.spec's %files lists the same files (when
#      rpmspec is installed: Debian's `rpm` package);
#   3. as root, where mount namespaces and overlayfs are allowed: the helper
#      starts by D-Bus activation from the package's own files. The package is
#      laid over /usr in a private mount namespace (the host stays untouched), a
#      private system bus reads the standard service directories and
#      /usr/share/dbus-1/system.d, the real polkitd reads the package's actions,
#      and the installed kinsight-cli, as a user a rule grants, streams frames
#      from /usr/libexec/kinsight/kinsight-helper. A user without the grant is
#      refused with AccessDenied.
#
#   check-deb.sh --source DIR --out DIR [--deb-dir DIR]
# --deb-dir checks an already built package instead of building one.
set -uo pipefail
. "$(dirname "$0")/../lib/private-bus.sh"

source= out= debdir=
while [ $# -gt 0 ]; do
  case "$1" in
    --source) source=$(cd "$2" && pwd); shift 2 ;;
    --out) out=$2; shift 2 ;;
    --deb-dir) debdir=$(cd "$2" && pwd); shift 2 ;;
    *) echo "check-deb: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$source" ] && { [ -n "$out" ] || [ -n "$debdir" ]; } || { echo "usage: $0 --source DIR --out DIR [--deb-dir DIR]" >&2; exit 2; }

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

if [ -z "$debdir" ]; then
  mkdir -p "$out"
  debdir=$(cd "$out" && pwd)
  start=$(date +%s)
  if ! "$source/packaging/debian/build-deb.sh" --out "$debdir"; then
    echo "check-deb: build-deb.sh failed (lintian errors or a failed build; logs in $debdir)"
    exit 1
  fi
  pass "dpkg-buildpackage and lintian without errors in $(( $(date +%s) - start )) s"
fi
deb=$(ls "$debdir"/kinsight_*.deb 2>/dev/null | head -1)
[ -f "$deb" ] || { echo "check-deb: no kinsight_*.deb in $debdir"; exit 1; }
echo "check-deb: $(basename "$deb"), $(stat -c %s "$deb") bytes"
if [ -f "$debdir/lintian.log" ]; then
  errors=$(grep -c '^E:' "$debdir/lintian.log" || true)
  [ "$errors" = 0 ] && pass "lintian: no errors ($(grep -c '^W:' "$debdir/lintian.log" || true) warnings)" \
    || fail "lintian: $errors errors"
fi

# ---- 1. the file list ----
expected=(
  /usr/bin/kinsight
  /usr/bin/kinsight-cli
  /usr/libexec/kinsight/kinsight-helper
  /usr/share/dbus-1/system-services/org.kinsight.Helper1.service
  /usr/share/dbus-1/system.d/org.kinsight.Helper1.conf
  /usr/share/dbus-1/interfaces/org.kinsight.Helper1.xml
  /usr/share/polkit-1/actions/org.kinsight.policy
  /lib/systemd/system/kinsight-helper.service
  /usr/share/applications/org.kinsight.Kinsight.desktop
  /usr/share/metainfo/org.kinsight.Kinsight.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/org.kinsight.Kinsight.svg
  /usr/share/icons/hicolor/symbolic/apps/org.kinsight.Kinsight-symbolic.svg
  /usr/share/man/man1/kinsight.1.gz
  /usr/share/man/man1/kinsight-cli.1.gz
)
for ts in "$source"/translations/*.ts; do
  [ -e "$ts" ] && expected+=("/usr/share/kinsight/translations/$(basename "$ts" .ts).qm")
done
files=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./|/|' | sort)
want=$(printf '%s\n' "${expected[@]}" | sort)
# Debian's own files beside the installed set: docs (copyright, changelog) and lintian overrides.
pkg=$(echo "$files" | grep -vE '^/usr/share/(doc/kinsight|lintian/overrides)/' || true)
missing=$(comm -23 <(echo "$want") <(echo "$pkg"))
extra=$(comm -13 <(echo "$want") <(echo "$pkg"))
[ -z "$missing" ] || fail "not in the package:"$'\n'"$missing"
[ -z "$extra" ] || fail "in the package but not expected:"$'\n'"$extra"
[ -n "$missing$extra" ] || pass "package file list: ${#expected[@]} files + $(echo "$files" | grep -cE '^/usr/share/(doc/kinsight|lintian/overrides)/') Debian files"
echo "$files" | grep -qx /usr/share/doc/kinsight/copyright || fail "no /usr/share/doc/kinsight/copyright"
mode=$(dpkg-deb -c "$deb" | awk '$6 == "./usr/libexec/kinsight/kinsight-helper" {print $1}')
[ "$mode" = "-rwxr-xr-x" ] || fail "helper mode $mode"
depends=$(dpkg-deb -f "$deb" Depends)
for d in dbus polkitd libbpf1 libqt6widgets6; do
  echo "$depends" | grep -q "\b$d\b" || fail "Depends lacks $d: $depends"
done

# ---- 2. the RPM spec lists the same files ----
spec="$source/packaging/rpm/kinsight.spec"
if command -v rpmspec >/dev/null; then
  # Fedora's directory macros (Debian's rpm lacks them); %files must expand to the same paths.
  rpm_files=$(rpmspec -P "$spec" --define '_unitdir /usr/lib/systemd/system' \
                --define '_metainfodir %{_datadir}/metainfo' --define 'cmake :' --define 'cmake_build :' \
                --define 'cmake_install :' --define 'find_lang :' --define 'systemd_post :' \
                --define 'systemd_preun :' --define 'systemd_postun :' 2>/dev/null |
              awk '/^%files/ {on=1; next} /^%changelog/ {on=0} on' |
              grep -vE '^\s*$|^%(license|doc|dir) ' | sed 's|^/usr/lib/systemd/system/|/lib/systemd/system/|' |
              sed 's|^\(/usr/share/man/.*\)\*$|\1.gz|' | sort)
  # The .qm files come from %find_lang --with-qt (listed with their %lang).
  want_rpm=$(echo "$want" | grep -v '^/usr/share/kinsight/translations/')
  diff_rpm=$(diff <(echo "$want_rpm") <(echo "$rpm_files"))
  [ -z "$diff_rpm" ] && pass "kinsight.spec %files: the same $(echo "$rpm_files" | wc -l) files (+ translations via %find_lang)" \
    || fail "kinsight.spec %files differs from the package (< package, > spec):"$'\n'"$diff_rpm"
else
  echo "SKIP: rpmspec not installed (apt-get install rpm): spec file list not compared"
fi

# ---- 3. D-Bus activation from the package's files ----
activation() {
  local root=$1 run=$2 granted=$3 denied=$4
  # The test rule beside the distribution's (polkitd reads /usr/share/polkit-1/rules.d),
  # in a layer of its own over the package's files and the host's /usr.
  install -d -m 755 "$run/extra/share/polkit-1/rules.d"
  cat > "$run/extra/share/polkit-1/rules.d/49-kinsight-package-test.rules" <<RULE
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("org.kinsight.") == 0 && subject.user == "$granted")
        return polkit.Result.YES;
});
RULE
  chmod 644 "$run/extra/share/polkit-1/rules.d/49-kinsight-package-test.rules"
  mount -t overlay overlay -o "lowerdir=$run/extra:$root/usr:/usr" /usr || return 77
  private_bus_config "$run/system.conf" "$run/system_bus_socket" "<standard_system_servicedirs/>"
  local pids=() rc=0
  private_bus_start "$run/system.conf" "$run/system_bus_socket" "$run/"
  pids+=("${private_bus_pids[@]}")
  owner_pid() { dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.GetConnectionUnixProcessID "string:$1" 2>/dev/null | awk '/uint32/ {print $2}'; }
  as() { local u=$1; shift; setpriv --reuid="$u" --regid="$u" --init-groups \
           env -i PATH=/usr/bin:/bin HOME=/ DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SYSTEM_BUS_ADDRESS" "$@"; }
  if [ -z "$(owner_pid org.freedesktop.PolicyKit1)" ]; then
    echo "FAIL: polkitd did not start: $(cat "$run/polkitd.log")"; rc=1
  else
    [ -z "$(owner_pid org.kinsight.Helper1)" ] || { echo "FAIL: the helper ran before anyone asked"; rc=1; }
    local out frames helper exe
    out=$(as "$granted" /usr/bin/kinsight-cli watch --seconds 2 --interval 0.5 --json 2>"$run/watch.err")
    frames=$(printf '%s\n' "$out" | grep -c '"charts"')
    helper=$(owner_pid org.kinsight.Helper1)
    exe=$([ -n "$helper" ] && readlink "/proc/$helper/exe")
    if [ "$frames" -ge 3 ] && [ "$exe" = /usr/libexec/kinsight/kinsight-helper ]; then
      echo "PASS: /usr/bin/kinsight-cli as $granted: $frames frames from $exe (pid $helper), started by D-Bus activation"
    else
      echo "FAIL: granted user got $frames frames, helper exe '$exe': $(cat "$run/watch.err")"; rc=1
    fi
    local err code
    err=$(as "$denied" /usr/bin/kinsight-cli watch --seconds 1 2>&1 >/dev/null); code=$?
    if [ "$code" -ne 0 ] && printf '%s' "$err" | grep -qi "not authorized"; then
      echo "PASS: a user without the grant is refused: $err"
    else
      echo "FAIL: user without the grant: exit $code, '$err'"; rc=1
    fi
    [ -n "$helper" ] && pids+=("$helper")
  fi
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  return $rc
}
if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP: D-Bus activation from the package needs root"
elif ! command -v dbus-daemon >/dev/null || [ ! -x /usr/lib/polkit-1/polkitd ]; then
  echo "SKIP: D-Bus activation needs dbus-daemon and polkitd"
else
  work=$(mktemp -d /tmp/kinsight-deb-check.XXXXXX)
  chmod 755 "$work"
  mkdir -p "$work/root" "$work/run"
  chmod 755 "$work/run"
  dpkg-deb -x "$deb" "$work/root"
  granted=ks-pkg-granted denied=ks-pkg-denied
  for u in "$granted" "$denied"; do id "$u" >/dev/null 2>&1 || useradd -M -r -s /usr/sbin/nologin "$u"; done
  export -f activation private_bus_config private_bus_start private_bus_has_owner
  unshare --mount --propagation private bash -c 'activation "$@"' activation "$work/root" "$work/run" "$granted" "$denied"
  rc=$?
  case $rc in
    0) ;;
    77) echo "SKIP: no overlayfs in a private mount namespace here" ;;
    *) failures=$((failures + 1)); cat "$work/run/dbus.log" ;;
  esac
  rm -rf "$work"
fi

if [ "$failures" -gt 0 ]; then
  echo "check-deb: $failures failure(s)"
  exit 1
fi
echo "check-deb: all checks passed"
