#!/usr/bin/env bash
# The manual page and "smtpdesk --help" list the same commands and options, the page's version is the program's,
# and man renders the page without warnings.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
binary=$1
man_page=$2
require_tool man man-db

help=$("$binary" --lang en --help) || fail "$binary --help failed"
version=$("$binary" --version) || fail "$binary --version failed"

# --help: "Commands:" and "Options:" blocks, one entry per line indented by two spaces, up to an empty line.
help_block() {
    awk -v heading="$1" '$0 == heading { on = 1; next } on && /^$/ { exit } on && /^  [^ ]/ { print }' <<<"$help"
}
help_commands=$(help_block "Commands:" | awk '{ print $1 }' | sort -u)
# "  -h, --help    Show …": the option names are the dash-words before the description.
help_options=$(help_block "Options:" | sed -E 's/^  (.*[^ ])  +.*$/\1/' | tr ', ' '\n\n' | grep -E '^-' | sort -u)
[ -n "$help_commands" ] || fail "found no commands in the output of --help:"$'\n'"$help"
[ -n "$help_options" ] || fail "found no options in the output of --help:"$'\n'"$help"

# The page: in a .SH section, each entry is ".TP" followed by its tag line; \- is a dash there.
page_tags() {
    awk -v section="$1" '
        /^\.SH / { on = ($0 == ".SH " section); next }
        on && previous == ".TP" { print }
        { previous = $0 }' "$man_page" |
        sed -E 's/^\.[A-Z]+ +//; s/\\f[BIRP]//g; s/\\-/-/g; s/"//g'
}
page_commands=$(page_tags COMMANDS | awk '{ print $1 }' | sort -u)
page_options=$(page_tags OPTIONS | tr ', ' '\n\n' | grep -E '^-' | sort -u)

problems=()
while read -r item; do
    grep -qxF -- "$item" <<<"$page_commands" || problems+=("command \"$item\" is in --help but not in COMMANDS")
done <<<"$help_commands"
while read -r item; do
    grep -qxF -- "$item" <<<"$help_commands" || problems+=("command \"$item\" is in COMMANDS but not in --help")
done <<<"$page_commands"
while read -r item; do
    grep -qxF -- "$item" <<<"$page_options" || problems+=("option \"$item\" is in --help but not in OPTIONS")
done <<<"$help_options"
while read -r item; do
    grep -qxF -- "$item" <<<"$help_options" || problems+=("option \"$item\" is in OPTIONS but not in --help")
done <<<"$page_options"

# .TH SMTPDESK 1 "date" "smtpdesk X.Y.Z" "User Commands"
page_version=$(awk -F'"' '/^\.TH / { print $4; exit }' "$man_page")
[ "$page_version" = "$version" ] || problems+=(".TH says \"$page_version\", the program says \"$version\"")

# The check lintian makes: any warning from groff through man is a mistake in the page.
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$man_page" 2>&1 >/dev/null) ||
    problems+=("man could not render the page")
[ -z "$warnings" ] || problems+=("man warns: $warnings")

if [ "${#problems[@]}" -gt 0 ]; then
    printf '%s\n' "--help says:" "$help" "" >&2
    printf '  %s\n' "${problems[@]}" >&2
    fail "$(basename "$man_page") does not match smtpdesk --help"
fi
echo "OK: $(basename "$man_page") documents the commands $(echo $help_commands) and the options $(echo $help_options)"
