#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: install what is missing from Debian's archive, then configure and
# build. Sourced, not executed; callers set SMTPDESK_EXTRA_PACKAGES for what only they need.
set -euo pipefail

smtpdesk_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
smtpdesk_build="${SMTPDESK_BUILD_DIR:-$smtpdesk_root/build}"

smtpdesk_base_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev
)
# What the whole test suite needs besides: the packaging tests' validators and Debian tools.
smtpdesk_test_packages=(
    "${smtpdesk_base_packages[@]}"
    desktop-file-utils appstream librsvg2-bin man-db dpkg-dev file lintian
)

smtpdesk_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

smtpdesk_install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    echo "==> Installing missing packages: ${missing[*]}"
    # A server package must not start its own service on this machine; tests start their own copies.
    local policy=/usr/sbin/policy-rc.d created_policy=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | smtpdesk_as_root tee "$policy" >/dev/null
        smtpdesk_as_root chmod +x "$policy"
        created_policy=1
    fi
    smtpdesk_as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive smtpdesk_as_root \
        env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    [ "$created_policy" -eq 1 ] && smtpdesk_as_root rm -f "$policy"
    return 0
}

smtpdesk_configure_and_build() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    if [ ! -f "$smtpdesk_build/build.ninja" ]; then
        cmake -S "$smtpdesk_root" -B "$smtpdesk_build" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSMTPDESK_WARNINGS_AS_ERRORS="$werror" "$@"
    else
        cmake "$smtpdesk_build" -DSMTPDESK_WARNINGS_AS_ERRORS="$werror" "$@" >/dev/null
    fi
    cmake --build "$smtpdesk_build" --parallel "$(nproc)"
}
