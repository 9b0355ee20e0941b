#!/usr/bin/env bash
# Builds SMTP Desk (installing what is missing) and starts it. Arguments go to the app:
#   ./run.sh                 the window
#   ./run.sh lookup 535      a command-line subcommand
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/setup.sh"

smtpdesk_install_missing "${smtpdesk_base_packages[@]}" >&2
smtpdesk_configure_and_build >&2
exec "$smtpdesk_build/app/smtpdesk" "$@"
