#!/usr/bin/env bash
# Builds SMTP Desk and runs the whole test suite (installing what is missing): the Qt Test suite through
# CTest, then a short smoke run of every libFuzzer target (tests/fuzz/run.sh, clang installed when missing).
# Exits non-zero on any failure. Extra arguments go to ctest and skip the fuzz smoke (a partial run);
# SMTPDESK_FUZZ_SMOKE_SECONDS sets the smoke time per target (default 20, at most 30; 0 skips it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/setup.sh"

smtpdesk_install_missing "${smtpdesk_test_packages[@]}"
smtpdesk_configure_and_build

export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-qt.qpa.*=false}"
(cd "$smtpdesk_build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@")

smoke="${SMTPDESK_FUZZ_SMOKE_SECONDS:-20}"
if [[ $# -eq 0 && "$smoke" != 0 ]]; then
    [[ "$smoke" =~ ^[0-9]+$ && "$smoke" -le 30 ]] || {
        echo "SMTPDESK_FUZZ_SMOKE_SECONDS must be 0 to 30" >&2
        exit 2
    }
    echo "== Fuzz smoke: every target for $smoke s"
    "$smtpdesk_root/tests/fuzz/run.sh" all "$smoke"
fi
