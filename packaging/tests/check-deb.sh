#!/usr/bin/env bash
# Builds the Debian package from the current build with "cpack -G DEB" into a temporary folder, unpacks it, runs the
# unpacked program, checks that the desktop integration files are in it, and runs lintian (errors fail, the
# rest is printed). Nothing is installed on this machine.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_dir=$1
version=$2
app_id=io.github.smtpdesk.SmtpDesk
icon_sizes=(16 32 48 64 128 256)

require_tool cpack cmake
require_tool dpkg-deb dpkg
require_tool dpkg-shlibdeps dpkg-dev
require_tool file file
require_tool lintian lintian
[ -f "$build_dir/CPackConfig.cmake" ] || fail "$build_dir/CPackConfig.cmake is missing: configure the build first"

work=$(mktemp -d "${TMPDIR:-/tmp}/smtpdesk-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "==> cpack -G DEB"
if ! cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack could not build the package"
fi
shopt -s nullglob
debs=("$work/out"/smtpdesk_"$version"_*.deb)
[ "${#debs[@]}" -eq 1 ] || { ls -l "$work/out" >&2; fail "expected one smtpdesk_${version}_ARCH.deb"; }
deb=${debs[0]}
echo "    $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
dpkg-deb --field "$deb" Package Version Architecture Section Maintainer Homepage Depends Recommends |
    sed 's/^/    /'

problems=()
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = smtpdesk ] || problems+=("Package is \"$(field Package)\"")
[ "$(field Version)" = "$version" ] || problems+=("Version is \"$(field Version)\", not $version")
[ "$(field Section)" = mail ] || problems+=("Section is \"$(field Section)\"")
grep -q 'libqt6widgets6' <<<"$(field Depends)" || problems+=("Depends lacks the Qt libraries (dpkg-shlibdeps)")

echo "==> contents"
root="$work/root"
dpkg-deb -x "$deb" "$root"
expected=(
    usr/bin/smtpdesk
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/smtpdesk.1.gz
    usr/share/doc/smtpdesk/copyright
    usr/share/doc/smtpdesk/changelog.gz
)
for size in "${icon_sizes[@]}"; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    [ -f "$root/$path" ] || problems+=("/$path is not in the package")
done
for size in "${icon_sizes[@]}"; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] && ! file -b "$png" | grep -q "PNG image data, $size x $size," &&
        problems+=("the ${size}x${size} icon is $(file -b "$png")")
done
# The menu entry, its icon, its program and the metainfo's launchable name each other.
desktop="$root/usr/share/applications/$app_id.desktop"
if [ -f "$desktop" ]; then
    grep -qx "Icon=$app_id" "$desktop" || problems+=("the .desktop file's Icon is not $app_id")
    exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -x "$root/usr/bin/$exec_name" ] || problems+=("the .desktop file's Exec=$exec_name is not in /usr/bin")
fi
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
    "$root/usr/share/metainfo/$app_id.metainfo.xml" 2>/dev/null ||
    problems+=("the metainfo's launchable is not $app_id.desktop")

echo "==> the unpacked program"
binary="$root/usr/bin/smtpdesk"
if [ -x "$binary" ]; then
    export XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen
    version_output=$("$binary" --version 2>&1) || problems+=("smtpdesk --version failed: $version_output")
    echo "    --version: $version_output"
    grep -qF "$version" <<<"$version_output" || problems+=("smtpdesk --version does not print $version")
    status=0
    lookup_output=$("$binary" lookup 535 2>&1) || status=$?
    echo "    lookup 535: $(head -n1 <<<"$lookup_output") (exit $status)"
    [ "$status" -eq 0 ] || problems+=("smtpdesk lookup 535 exited with $status: $lookup_output")
    [[ "$lookup_output" == 535* ]] || problems+=("smtpdesk lookup 535 does not start with 535")
fi

echo "==> lintian"
status=0
lintian_output=$(lintian --fail-on error --display-info "$deb" 2>&1) || status=$?
[ -n "$lintian_output" ] && printf '%s\n' "$lintian_output" | sed 's/^/    /'
if [ "$status" -ne 0 ] || grep -q '^E: ' <<<"$lintian_output"; then
    problems+=("lintian reports errors (exit $status)")
fi
# The build applies Debian's hardening flags (CMakeLists.txt): lintian must find them all.
if grep -q 'hardening-no-' <<<"$lintian_output"; then
    problems+=("the program lacks hardening flags: $(grep -o 'hardening-no-[a-z-]*' <<<"$lintian_output" | sort -u | tr '\n' ' ')")
fi

if [ "${#problems[@]}" -gt 0 ]; then
    printf '  %s\n' "${problems[@]}" >&2
    fail "the Debian package is not right"
fi
echo "OK: $(basename "$deb") builds, runs and passes lintian"
