#!/usr/bin/env bash
# desktop-file-validate on the menu entry: errors and warnings fail, hints are printed.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
desktop_file=$1
require_tool desktop-file-validate desktop-file-utils

status=0
output=$(desktop-file-validate "$desktop_file" 2>&1) || status=$?
[ -n "$output" ] && printf '%s\n' "$output"
[ "$status" -eq 0 ] || fail "desktop-file-validate found errors in $desktop_file"
if grep -q ': warning: ' <<<"$output"; then
    fail "desktop-file-validate warns about $desktop_file"
fi
echo "OK: $(basename "$desktop_file") is valid"
