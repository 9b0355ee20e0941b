#!/usr/bin/env bash
# The project's version (project() in CMakeLists.txt) is also the newest entry of the Debian changelog, the newest
# release in the AppStream metainfo, and the version in the manual page's header. Bump them together.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
version=$1
changelog=$2
metainfo=$3
man_page=$4
require_tool dpkg-parsechangelog dpkg-dev

problems=()
changelog_version=$(dpkg-parsechangelog -l "$changelog" -S Version) || fail "cannot parse $changelog"
[ "$changelog_version" = "$version" ] ||
    problems+=("debian/changelog: the newest entry is $changelog_version (add an entry for $version)")

# Releases are listed newest first.
metainfo_version=$(grep -o -m1 '<release [^>]*version="[^"]*"' "$metainfo" | sed -E 's/.*version="([^"]*)"/\1/')
[ "$metainfo_version" = "$version" ] ||
    problems+=("$(basename "$metainfo"): the newest <release> is ${metainfo_version:-missing} (add $version)")

man_version=$(awk -F'"' '/^\.TH / { print $4; exit }' "$man_page")
[ "$man_version" = "smtpdesk $version" ] ||
    problems+=("$(basename "$man_page"): .TH names \"$man_version\", not \"smtpdesk $version\"")

if [ "${#problems[@]}" -gt 0 ]; then
    printf '  %s\n' "${problems[@]}" >&2
    fail "the packaging files do not agree with the project version $version"
fi
echo "OK: changelog, metainfo and manual page are at version $version"
