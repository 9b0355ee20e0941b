# Shared by the packaging tests (sourced). A missing tool fails the test with a clear message: it never skips.
set -euo pipefail

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# require_tool TOOL DEBIAN_PACKAGE
require_tool() {
    command -v "$1" >/dev/null 2>&1 && return 0
    fail "'$1' is not installed (Debian package $2). ./test.sh installs it; by hand: sudo apt-get install $2"
}
