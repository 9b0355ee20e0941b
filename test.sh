#!/usr/bin/env bash
# Builds SMTP Desk and runs the whole test suite (installing what is missing). Exits non-zero on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/setup.sh"

test_packages=(
    "${smtpdesk_base_packages[@]}"
    # packaging tests: menu entry, metainfo, icons, manual page, building and checking the .deb
    desktop-file-utils appstream librsvg2-bin man-db dpkg-dev file lintian
)
smtpdesk_install_missing "${test_packages[@]}"
smtpdesk_configure_and_build

export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-qt.qpa.*=false}"
cd "$smtpdesk_build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
