#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from the build tree (cpack; the programs are already built) and
# checks it as Debian would: the exact file list, the dependencies, the desktop entry and
# AppStream metainfo through their validators, the man pages through man's own warnings, the
# versions against the project's, and lintian with no error or warning left (each accepted one
# is overridden, with its reason, in installer/deb/pivori-console.lintian-overrides).
#   check-package.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$1 source=$2 version=$3
arch=$(dpkg --print-architecture)
out=$build/package
deb=$out/pivori-console_${version}_${arch}.deb
dbgsym=$out/pivori-console-dbgsym_${version}_${arch}.ddeb
fail() { echo "check-package: FAIL: $*" >&2; exit 1; }

rm -rf "$out"
start=$SECONDS
cpack --config "$build/CPackConfig.cmake" -B "$out" > "$build/cpack.log" 2>&1 || { cat "$build/cpack.log"; fail "cpack failed"; }
echo "check-package: cpack took $((SECONDS - start)) s"
[ -f "$deb" ] || fail "no $deb (cpack wrote: $(ls "$out"))"
if grep -q '^CMAKE_BUILD_TYPE:STRING=RelWithDebInfo' "$build/CMakeCache.txt"; then
  [ -f "$dbgsym" ] || fail "a RelWithDebInfo build makes $dbgsym, but it is missing"
  # (Lists go through a variable: grep -q closing a pipe early would kill its writer.)
  dbgsym_files=$(dpkg-deb -c "$dbgsym")
  grep -q '/usr/lib/debug/.build-id/.*\.debug$' <<<"$dbgsym_files" || fail "the dbgsym package holds no .debug files"
  # installer/deb/fix-dbgsym.cmake made its md5sums name paths relative to / (CPack's are absolute).
  dbgsym_sums=$(dpkg-deb -I "$dbgsym" md5sums)
  if grep -q '_CPack_Packages' <<<"$dbgsym_sums"; then fail "the dbgsym md5sums name staging paths"; fi
fi

# Exactly the expected files: a file that goes missing, or one that is installed by accident,
# fails here. The list is sorted paths without the leading "./"; directories are left out.
actual=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { sub(/^\.\//, "", $6); print $6 }' | sort)
expected=$(grep -v '^#' "$source/tests/package/expected-files.txt" | sort)
if [ "$actual" != "$expected" ]; then
  diff <(echo "$expected") <(echo "$actual") >&2 || true
  fail "the package's files differ from tests/package/expected-files.txt (< expected, > packaged)"
fi

# Dependencies: shlibdeps found the linked libraries; the run-time loaded ones are named.
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6gui6 libqt6network6 libqt6svg6 libqcustomplot2.1-qt6 libyaml-cpp0.7 libprometheus-cpp-core1.0 libc6; do
  grep -q "\b$lib\b" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
for pkg in prometheus prometheus-alertmanager qt6-wayland; do
  grep -q "\b$pkg\b" <<<"$recommends" || fail "Recommends lacks $pkg: $recommends"
done

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
# The programs are stripped in the package (their symbols are in the dbgsym one).
for program in pivori-console pivori-simulator; do
  file "$root/usr/bin/$program" | grep -q ', stripped' || fail "usr/bin/$program is not stripped"
done
desktop-file-validate "$root/usr/share/applications/app.pivori.Console.desktop" || fail "desktop-file-validate"
grep -q '^Exec=pivori-console --noc$' "$root/usr/share/applications/app.pivori.Console.desktop" \
  || fail "the desktop entry has no NOC wall action running --noc"
appstreamcli validate --no-net "$root/usr/share/metainfo/app.pivori.Console.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/app.pivori.Console.metainfo.xml" \
  || fail "the metainfo has no release $version"
changelog=$(zcat "$root/usr/share/doc/pivori-console/changelog.gz")
[[ $changelog == "pivori-console ($version) "* ]] || fail "installer/deb/changelog does not start with version $version"

# Each command's help is in the console's page (the page is made from them), and man finds
# nothing to warn about in either page.
console_page=$(zcat "$root/usr/share/man/man1/pivori-console.1.gz")
for command in demo validate query snapshot stack alerts ack expire silences check; do
  grep -q "^\.SS \"pivori-console $command\"" <<<"$console_page" || fail "pivori-console.1 has no section for $command"
done
grep -q 'report\\-dir' <<<"$console_page" || fail "pivori-console.1 lacks check's --report-dir: the help was not filled in"
for page in "$root"/usr/share/man/man1/*.1.gz; do
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "man warns about $(basename "$page"): $warnings"
done

start=$SECONDS
lintian --fail-on error,warning "$deb" || fail "lintian"
if [ -f "$dbgsym" ]; then lintian --fail-on error,warning "$dbgsym" || fail "lintian on the dbgsym package"; fi
echo "check-package: lintian took $((SECONDS - start)) s"
echo "check-package: $deb ($(du -h "$deb" | cut -f1)) passes"
