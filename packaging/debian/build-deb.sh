#!/usr/bin/env bash
# Builds the Debian package from this source tree:
#   packaging/debian/build-deb.sh [--out DIR] [--work DIR] [--keep] [--no-deps] [--jobs N]
# 1. exports the working tree (tracked files plus new files git does not
#    ignore, so no build directories) into WORK/kinsight-<version>
#    (WORK: --work, default DIR/work; removed afterwards unless --keep),
# 2. copies packaging/debian to debian/ there,
# 3. installs the build dependencies (root only; packaging/dev/install-deps.sh
#    build, then mk-build-deps for the rest of Build-Depends),
# 4. runs dpkg-buildpackage -b -us -uc (2 jobs unless --jobs N), then lintian,
# 5. leaves kinsight_*.deb, the .changes/.buildinfo and the logs in DIR
#    (default: build-deb/ at the source root, which git ignores).
# Lintian errors fail the script; warnings are printed.
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
out="$src/build-deb"
keep=0
deps=1
jobs=2
work=
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --no-deps) deps=0; shift ;;
    --jobs) jobs=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "build-deb: unknown argument $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
out=$(cd "$out" && pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

version=$(dpkg-parsechangelog -l "$src/packaging/debian/changelog" -S Version)
upstream=${version%-*}
# The build tree's path is the same every time (WORK): dpkg-buildflags puts
# it into the compiler flags (-ffile-prefix-map), so only a fixed path lets
# ccache reuse the previous build's objects. One build per WORK at a time.
work=$(realpath -m "${work:-$out/work}")
exec 9>"$work.lock"
flock -n 9 || { echo "build-deb: another build is using $work" >&2; exit 1; }
# Only ever remove a directory this script made: empty, or holding a previous export.
if [ -d "$work" ] && [ -n "$(ls -A "$work")" ] && ! ls -d "$work"/kinsight-*/debian >/dev/null 2>&1; then
  echo "build-deb: $work is not empty and holds no previous build; not removing it" >&2
  exit 1
fi
rm -rf "$work"
mkdir -p "$work"
cleanup() { if [ "$keep" = 1 ]; then echo "build-deb: kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
tree="$work/kinsight-$upstream"
mkdir -p "$tree"

# ---- 1. export the source tree ----
if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # Tracked and new files, without what .gitignore excludes (build*/), and
  # without tracked files deleted in the working tree.
  (cd "$src" && git ls-files -z --cached --others --exclude-standard |
     while IFS= read -r -d '' f; do [ -e "$f" ] || [ -L "$f" ] && printf '%s\0' "$f"; done |
     tar --null --no-recursion -T - -cf -) | tar -xf - -C "$tree"
else
  tar -C "$src" --exclude=./.git --exclude='./build' --exclude='./build-*' --exclude=./debian -cf - . | tar -xf - -C "$tree"
fi
# ---- 2. debian/ ----
rm -rf "$tree/debian"
cp -a "$src/packaging/debian" "$tree/debian"
rm -f "$tree/debian/build-deb.sh"
echo "build-deb: exported $(find "$tree" -type f | wc -l) files to $tree"

# ---- 3. build dependencies ----
if [ "$deps" = 1 ]; then
  as_root "$src/packaging/dev/install-deps.sh" build
  # The packaging tools themselves.
  tools=()
  for t in dpkg-dev debhelper lintian; do
    dpkg-query -W -f='${Status}' "$t" 2>/dev/null | grep -q "install ok installed" || tools+=("$t")
  done
  if [ ${#tools[@]} -gt 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${tools[@]}"
  fi
  if ! (cd "$tree" && dpkg-checkbuilddeps) 2>/dev/null; then
    missing_tools=()
    command -v mk-build-deps >/dev/null || missing_tools+=(devscripts)
    dpkg-query -W -f='${Status}' equivs 2>/dev/null | grep -q "install ok installed" || missing_tools+=(equivs)
    if [ ${#missing_tools[@]} -gt 0 ]; then
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing_tools[@]}"
    fi
    (cd "$work" && as_root env DEBIAN_FRONTEND=noninteractive mk-build-deps --install --remove \
        --tool 'apt-get -y -qq --no-install-recommends' "$tree/debian/control")
  fi
fi
(cd "$tree" && dpkg-checkbuilddeps)

# ---- 4. build, lintian ----
# At most $jobs compile jobs (default 2; DEB_BUILD_OPTIONS=parallel=N overrides).
# Where the source's CMake uses ccache, paths relative to the temporary tree
# let one build reuse the previous one's objects.
case " ${DEB_BUILD_OPTIONS:-} " in
  *" parallel="*) ;;
  *) export DEB_BUILD_OPTIONS="${DEB_BUILD_OPTIONS:+$DEB_BUILD_OPTIONS }parallel=$jobs" ;;
esac
export CCACHE_BASEDIR="$work" CCACHE_NOHASHDIR=1
echo "build-deb: dpkg-buildpackage -b -us -uc (log: $out/dpkg-buildpackage.log)"
if ! (cd "$tree" && dpkg-buildpackage -b -us -uc) >"$out/dpkg-buildpackage.log" 2>&1; then
  tail -40 "$out/dpkg-buildpackage.log" >&2
  echo "build-deb: dpkg-buildpackage failed (full log: $out/dpkg-buildpackage.log)" >&2
  exit 1
fi
changes=$(ls "$work"/kinsight_"${version}"_*.changes)
rm -f "$out"/kinsight_*.deb "$out"/kinsight-dbgsym_*.deb "$out"/kinsight_*.changes "$out"/kinsight_*.buildinfo
cp "$changes" "$work"/kinsight_"${version}"_*.buildinfo "$work"/kinsight_"${version}"_*.deb "$out/"
cp "$work"/kinsight-dbgsym_"${version}"_*.deb "$out/" 2>/dev/null || true

lintian_rc=0
lintian --info --display-info --fail-on error "$changes" >"$out/lintian.log" 2>&1 || lintian_rc=$?
cat "$out/lintian.log"
echo "build-deb: lintian: $(grep -c '^E:' "$out/lintian.log" || true) errors," \
     "$(grep -c '^W:' "$out/lintian.log" || true) warnings," \
     "$(grep -c '^I:' "$out/lintian.log" || true) infos (log: $out/lintian.log)"
ls -l "$out"/kinsight_*.deb
[ "$lintian_rc" = 0 ] || { echo "build-deb: lintian reported errors" >&2; exit 1; }
