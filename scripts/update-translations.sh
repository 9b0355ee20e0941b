#!/usr/bin/env bash
# Regenerates translations/smtpdesk_{en,vi,es}.ts from every string in app/ (no line numbers, so a .ts file
# changes only when a string does). English is the source language: its file keeps plural forms only.
#   scripts/update-translations.sh [OUTPUT_DIR]   (default: translations/)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/translations}"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
cd "$root"
common=(-silent -locations none -no-obsolete -extensions cpp,h -source-language en)
"$lupdate" "${common[@]}" -pluralonly -target-language en app -ts "$out/smtpdesk_en.ts"
for lang in vi es; do
    "$lupdate" "${common[@]}" -target-language "$lang" app -ts "$out/smtpdesk_$lang.ts"
done
