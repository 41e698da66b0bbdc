#!/usr/bin/env bash
# Staging install test: installs a build into a temporary DESTDIR (never into
# the real file system) and checks the exact set of installed files and that
# they agree with each other (D-Bus activation Exec= is the installed helper,
# the systemd unit's name and bus name match, the desktop file's Exec and Icon
# exist, ...).
#
#   check-install.sh --build DIR --source DIR --bindir ABS --libexecdir ABS --datadir ABS \
#                    --dbus-services ABS --dbus-policy ABS --dbus-interfaces ABS \
#                    --polkit-actions ABS --systemd-units ABS
#
# The directories are the absolute install directories the build was
# configured with (tests/CMakeLists.txt passes them), so the test works for
# any CMAKE_INSTALL_PREFIX (/usr for packages, /usr/local for run.sh).
# Translations: every translations/<name>.ts of the source tree must be
# installed as <datadir>/kinsight/translations/<name>.qm.
set -euo pipefail

die() { echo "check-install: $*" >&2; exit 1; }

build= source= bindir= libexecdir= datadir= dbus_services= dbus_policy= dbus_interfaces= polkit_actions= systemd_units=
while [ $# -gt 0 ]; do
  [ $# -ge 2 ] || die "missing value for $1"
  case "$1" in
    --build) build=$2 ;;
    --source) source=$2 ;;
    --bindir) bindir=$2 ;;
    --libexecdir) libexecdir=$2 ;;
    --datadir) datadir=$2 ;;
    --dbus-services) dbus_services=$2 ;;
    --dbus-policy) dbus_policy=$2 ;;
    --dbus-interfaces) dbus_interfaces=$2 ;;
    --polkit-actions) polkit_actions=$2 ;;
    --systemd-units) systemd_units=$2 ;;
    *) die "unknown argument $1" ;;
  esac
  shift 2
done
for v in build source bindir libexecdir datadir dbus_services dbus_policy dbus_interfaces polkit_actions systemd_units; do
  [ -n "${!v}" ] || die "--${v//_/-} is required"
done
for v in bindir libexecdir datadir dbus_services dbus_policy dbus_interfaces polkit_actions systemd_units; do
  case "${!v}" in /*) ;; *) die "--${v//_/-} must be absolute: ${!v}" ;; esac
done

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

# Directories the system daemons really read: the files are useless anywhere else.
case "$dbus_services" in
  /usr/share/dbus-1/system-services | /usr/local/share/dbus-1/system-services | /lib/dbus-1/system-services) ;;
  *) fail "D-Bus activation dir $dbus_services is not one the system bus reads" ;;
esac
case "$dbus_policy" in
  /usr/share/dbus-1/system.d | /etc/dbus-1/system.d) ;;
  *) fail "D-Bus policy dir $dbus_policy is not one the system bus reads" ;;
esac
[ "$polkit_actions" = /usr/share/polkit-1/actions ] || fail "polkit actions dir $polkit_actions is not /usr/share/polkit-1/actions"

stage=$(mktemp -d "${TMPDIR:-/tmp}/kinsight-install.XXXXXX")
log="$stage.log"
trap 'rm -rf "$stage" "$log"' EXIT
if ! DESTDIR="$stage/root" cmake --install "$build" >"$log" 2>&1; then
  cat "$log" >&2
  die "cmake --install failed"
fi
root="$stage/root"

# ---- the exact file set ----
helper="$libexecdir/kinsight/kinsight-helper"
expected=(
  "$bindir/kinsight"
  "$bindir/kinsight-cli"
  "$helper"
  "$dbus_services/org.kinsight.Helper1.service"
  "$dbus_policy/org.kinsight.Helper1.conf"
  "$dbus_interfaces/org.kinsight.Helper1.xml"
  "$polkit_actions/org.kinsight.policy"
  "$systemd_units/kinsight-helper.service"
  "$datadir/applications/org.kinsight.Kinsight.desktop"
  "$datadir/metainfo/org.kinsight.Kinsight.metainfo.xml"
  "$datadir/icons/hicolor/scalable/apps/org.kinsight.Kinsight.svg"
  "$datadir/icons/hicolor/symbolic/apps/org.kinsight.Kinsight-symbolic.svg"
  "$datadir/man/man1/kinsight.1"
  "$datadir/man/man1/kinsight-cli.1"
)
translations=0
if [ -d "$source/translations" ]; then
  for ts in "$source"/translations/*.ts; do
    [ -e "$ts" ] || continue
    expected+=("$datadir/kinsight/translations/$(basename "$ts" .ts).qm")
    translations=$((translations + 1))
  done
fi

want=$(printf '%s\n' "${expected[@]}" | sed 's|//*|/|g' | sort)
have=$(cd "$root" && find . \( -type f -o -type l \) | sed 's|^\.||' | sort)
missing=$(comm -23 <(echo "$want") <(echo "$have"))
extra=$(comm -13 <(echo "$want") <(echo "$have"))
[ -z "$missing" ] || fail "not installed:"$'\n'"$missing"
[ -z "$extra" ] || fail "installed but not expected (add it to the package file lists and to this test):"$'\n'"$extra"
[ -n "$missing$extra" ] || ok "exact file set (${#expected[@]} files, $translations translations)"

# ---- executables ----
before=$failures
for f in "$bindir/kinsight" "$bindir/kinsight-cli" "$helper"; do
  [ -f "$root$f" ] || continue
  [ -x "$root$f" ] || fail "$f is not executable"
  if command -v readelf >/dev/null; then
    rpath=$(readelf -d "$root$f" 2>/dev/null | grep -E 'R(UN)?PATH' || true)
    case "$rpath" in *"$build"*) fail "$f keeps the build tree in its run path: $rpath" ;; esac
  fi
done
[ "$failures" -gt "$before" ] || ok "executables"

# ---- D-Bus activation file and systemd unit ----
key() { sed -n "s/^$2=//p" "$1" | tail -1; }
svc="$root$dbus_services/org.kinsight.Helper1.service"
if [ -f "$svc" ]; then
  grep -qx '\[D-BUS Service\]' "$svc" || fail "activation file has no [D-BUS Service] group"
  [ "$(key "$svc" Name)" = org.kinsight.Helper1 ] || fail "activation Name= is '$(key "$svc" Name)'"
  [ "$(key "$svc" Exec)" = "$helper" ] || fail "activation Exec= is '$(key "$svc" Exec)', the helper is installed as $helper"
  [ "$(key "$svc" User)" = root ] || fail "activation User= is '$(key "$svc" User)'"
  unit=$(key "$svc" SystemdService)
  [ "$unit" = kinsight-helper.service ] || fail "activation SystemdService= is '$unit', the unit is kinsight-helper.service"
  ok "D-Bus activation file: Exec=$(key "$svc" Exec)"
fi
unit_file="$root$systemd_units/kinsight-helper.service"
if [ -f "$unit_file" ]; then
  [ "$(key "$unit_file" ExecStart)" = "$helper" ] || fail "unit ExecStart= is '$(key "$unit_file" ExecStart)'"
  [ "$(key "$unit_file" Type)" = dbus ] || fail "unit Type= is not dbus"
  [ "$(key "$unit_file" BusName)" = org.kinsight.Helper1 ] || fail "unit BusName= is '$(key "$unit_file" BusName)'"
  ok "systemd unit"
fi

# ---- XML files: well-formed, and naming what the helper uses ----
xml_check() {  # file python-expression-on-root description
  python3 - "$1" "$2" <<'PY' || fail "$3 ($1)"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
sys.exit(0 if eval(sys.argv[2]) else 1)
PY
}
policy="$root$dbus_policy/org.kinsight.Helper1.conf"
[ -f "$policy" ] && xml_check "$policy" \
  "any(p.get('user') == 'root' and any(a.get('own') == 'org.kinsight.Helper1' for a in p.iter('allow')) for p in root.iter('policy')) and not any(a.get('own') for p in root.iter('policy') if p.get('user') != 'root' for a in p.iter('allow'))" \
  "bus policy must let root, and only root, own org.kinsight.Helper1"
iface="$root$dbus_interfaces/org.kinsight.Helper1.xml"
[ -f "$iface" ] && xml_check "$iface" "any(i.get('name') == 'org.kinsight.Helper1' for i in root.iter('interface'))" \
  "interface XML must describe org.kinsight.Helper1"
actions="$root$polkit_actions/org.kinsight.policy"
[ -f "$actions" ] && xml_check "$actions" \
  "{'org.kinsight.monitor', 'org.kinsight.configure', 'org.kinsight.fix'} <= {a.get('id') for a in root.iter('action')}" \
  "polkit policy must declare org.kinsight.monitor, .configure and .fix"

# ---- desktop entry, metainfo, icons agree ----
desktop="$root$datadir/applications/org.kinsight.Kinsight.desktop"
if [ -f "$desktop" ]; then
  exec_bin=$(key "$desktop" Exec | awk '{print $1}')
  [ -x "$root$bindir/$exec_bin" ] || fail "desktop Exec=$exec_bin is not an installed program in $bindir"
  icon=$(key "$desktop" Icon)
  [ -f "$root$datadir/icons/hicolor/scalable/apps/$icon.svg" ] || fail "desktop Icon=$icon has no installed icon"
fi
metainfo="$root$datadir/metainfo/org.kinsight.Kinsight.metainfo.xml"
if [ -f "$metainfo" ]; then
  xml_check "$metainfo" "root.findtext('id') == 'org.kinsight.Kinsight' and root.findtext('launchable') == 'org.kinsight.Kinsight.desktop'" \
    "metainfo id/launchable must be org.kinsight.Kinsight(.desktop)"
  # Screenshots and their sizes: the published URLs (…/raw/main/<path>) are files of this tree.
  python3 - "$metainfo" "$source" <<'PY' || fail "metainfo screenshots must be files of the source tree with the sizes given"
import struct, sys, xml.etree.ElementTree as ET
ok = True
images = list(ET.parse(sys.argv[1]).getroot().iter('image'))
for image in images:
    url = image.text.strip()
    if '/raw/main/' not in url:
        print(f'screenshot {url} is not in this repository'); ok = False; continue
    path = sys.argv[2] + '/' + url.split('/raw/main/', 1)[1]
    try:
        head = open(path, 'rb').read(24)
    except OSError as e:
        print(f'screenshot {url}: {e}'); ok = False; continue
    w, h = struct.unpack('>II', head[16:24]) if head[:8] == b'\x89PNG\r\n\x1a\n' else (0, 0)
    if (str(w), str(h)) != (image.get('width'), image.get('height')):
        print(f'screenshot {path}: {w}x{h}, the metainfo says {image.get("width")}x{image.get("height")}'); ok = False
sys.exit(0 if ok and images else 1)
PY
  for b in $(python3 -c 'import sys, xml.etree.ElementTree as ET; print(" ".join(e.text for e in ET.parse(sys.argv[1]).getroot().iter("binary")))' "$metainfo"); do
    [ -x "$root$bindir/$b" ] || fail "metainfo provides binary $b, which is not installed in $bindir"
  done
fi
for svg in "$root$datadir"/icons/hicolor/*/apps/*.svg; do
  [ -f "$svg" ] || continue
  xml_check "$svg" "root.tag.endswith('svg')" "icon is not an SVG document"
done

if [ "$failures" -gt 0 ]; then
  echo "check-install: $failures failure(s)" >&2
  exit 1
fi
echo "check-install: all checks passed"
