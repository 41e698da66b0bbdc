#!/usr/bin/env bash
# A trial rpmbuild of kinsight.spec on Debian 12 (apt-get install rpm), for
# checking the spec where Fedora is not at hand. Debian's rpm lacks Fedora's
# macros and BuildRequires, so this
#   - takes an already built CMake tree (configured with -DCMAKE_INSTALL_PREFIX=/usr,
#     e.g. the Debian package's build-deb/work/kinsight-*/debian/build, kept with
#     build-deb.sh --keep) and reconfigures its systemd unit directory to Fedora's;
#   - defines %cmake and %cmake_build as no-ops and %cmake_install as
#     `cmake --install` of that tree, plus %_unitdir, %_metainfodir and the
#     %systemd_* scriptlets;
#   - stands in appstreamcli for Fedora's appstream-util in %check;
#   - runs rpmbuild -bb --nodeps: %prep, %install, %find_lang, %check
#     (desktop-file-validate, metainfo, tests/install/check-install.sh) and %files
#     (no unpackaged file allowed) run for real; %build does not.
#
#   trial-build-on-debian.sh PREBUILT_DIR [OUT_DIR]
set -euo pipefail
prebuilt=$(cd "$1" && pwd)
out=$(mkdir -p "${2:-/tmp/kinsight-rpm-trial}" && cd "${2:-/tmp/kinsight-rpm-trial}" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
command -v rpmbuild >/dev/null || { echo "trial-build: rpmbuild missing (apt-get install rpm)" >&2; exit 77; }
[ -f "$prebuilt/CMakeCache.txt" ] || { echo "trial-build: $prebuilt is not a CMake build tree" >&2; exit 2; }
version=$(sed -n 's/^Version:[[:space:]]*//p' "$src/packaging/rpm/kinsight.spec")

cmake -S "$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$prebuilt/CMakeCache.txt")" -B "$prebuilt" \
      -DKINSIGHT_SYSTEMD_UNIT_DIR=/usr/lib/systemd/system >/dev/null

rm -rf "$out/top" "$out/bin" "$out/src"
mkdir -p "$out/top/SOURCES" "$out/bin" "$out/src/kinsight-$version"
# Source0: the working tree as git sees it (tracked and new files, no build trees).
(cd "$src" && git ls-files -z --cached --others --exclude-standard |
   while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
   tar --null --no-recursion -T - -cf -) | tar -xf - -C "$out/src/kinsight-$version"
tar -C "$out/src" -czf "$out/top/SOURCES/kinsight-$version.tar.gz" "kinsight-$version"

cat > "$out/macros" <<MACROS
%_unitdir /usr/lib/systemd/system
%_metainfodir %{_datadir}/metainfo
%_vpath_builddir $prebuilt
%cmake echo "prebuilt tree $prebuilt"
%cmake_build echo prebuilt
%cmake_install DESTDIR=%{buildroot} cmake --install %{_vpath_builddir}
%systemd_post() %{nil}
%systemd_preun() %{nil}
%systemd_postun() %{nil}
%dist .trial
MACROS
cat > "$out/bin/appstream-util" <<'SHIM'
#!/bin/sh
# Fedora's appstream-util validate-relax --nonet FILE, done by appstreamcli.
[ "$1" = validate-relax ] || exit 2
shift; [ "$1" = --nonet ] && shift
exec appstreamcli validate --no-net "$@"
SHIM
chmod +x "$out/bin/appstream-util"

PATH="$out/bin:$PATH" rpmbuild -bb --nodeps --load "$out/macros" --define "_topdir $out/top" \
  "$src/packaging/rpm/kinsight.spec" >"$out/rpmbuild.log" 2>&1 || { tail -30 "$out/rpmbuild.log"; exit 1; }
rpm=$(ls "$out"/top/RPMS/*/kinsight-"$version"-*.rpm)
echo "trial-build: $rpm ($(stat -c %s "$rpm") bytes); log: $out/rpmbuild.log"
rpm -qp --qf '[%{FILELANGS}\t%{FILENAMES}\n]' "$rpm" | grep -v '/usr/lib/.build-id'
