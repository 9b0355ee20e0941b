#!/usr/bin/env bash
# Whole-process time of a full guided test (STARTTLS + AUTH PLAIN + QUIT) against the local real server,
# median of N runs, and the client→server round trips it needed. Prints numbers; asserts nothing.
#   bench/realserver.sh [RUNS]   (needs root to start Postfix + Dovecot; build first with ./test.sh or ./run.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-20}"
binary="$root/build/app/smtpdesk"
dir="$(mktemp -d /tmp/sd-bench-XXXXXX)"
chmod 755 "$dir"
trap 'bash "$root/tests/integration/mailserver.sh" stop "$dir" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
bash "$root/tests/integration/mailserver.sh" start "$dir" >/dev/null
env_value() { sed -n "s/^$1=//p" "$dir/env.sh"; }
env_value PASSWORD > "$dir/password"
args=(test --host "$(env_value HOST)" --port "$(env_value PORT_STARTTLS)" --ca-file "$(env_value CA_FILE)"
      --user "$(env_value USER)" --password-file "$dir/password" --lang en)
times=()
for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$binary" "${args[@]}" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
trips=$("$binary" "${args[@]}" --json --transcript | grep -o '[0-9]* ms C: [A-Z]*' | wc -l)
commands=$("$binary" "${args[@]}" --json --transcript | grep -o ' C: [A-Z]*' | awk '{print $2}' | paste -sd' ')
echo "realserver: STARTTLS + AUTH PLAIN + QUIT, whole process, median of $runs runs: $((median / 1000)).$(( (median % 1000) / 100 )) ms"
echo "realserver: client->server round trips: $trips ($commands)"
