#!/usr/bin/env bash
# Checks a running rig (tests/integration/mailserver.sh start DIR) with swaks and openssl, independently of
# SMTP Desk: usage `selftest.sh DIR`. Prints one PASS/FAIL line per check with the server's reply and exits
# non-zero if any check fails. Installs swaks and libnet-ssleay-perl when missing (as root).
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 64; }
DIR="$(realpath -m "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ -r "$DIR/env.sh" ] || { echo "selftest: no $DIR/env.sh; run mailserver.sh start $DIR first" >&2; exit 1; }
"$here/mailserver.sh" status "$DIR" >/dev/null || { echo "selftest: the rig in $DIR is not running" >&2; exit 1; }

# Read env.sh as data (sourcing it would override $USER).
declare -A E
while IFS='=' read -r key value; do
    [[ "$key" =~ ^[A-Z_]+$ ]] && E[$key]="$value"
done <"$DIR/env.sh"
H="${E[HOST]}"
U="${E[USER]}"
P="${E[PASSWORD]}"
CA="${E[CA_FILE]}"

missing=()
for pkg in swaks libnet-ssleay-perl openssl; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || { echo "selftest: please install ${missing[*]}" >&2; exit 1; }
    echo "selftest: installing ${missing[*]}" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 || {
        apt-get update -q >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
    }
fi

failures=0
pass() { printf 'PASS  %-58s %s\n' "$1" "$2"; }
fail() { printf 'FAIL  %-58s %s\n' "$1" "$2"; failures=$((failures + 1)); }

# check NAME REGEX TEXT: passes if a line of TEXT matches the extended REGEX; shows that line (or the last).
check() {
    local name="$1" re="$2" text="$3" hit
    hit="$(grep -E -m1 -- "$re" <<<"$text" || true)"
    if [ -n "$hit" ]; then
        pass "$name" "$hit"
    else
        # Show the last error reply (swaks marks it "<-*" or "<~*"), else the last reply, else the last line.
        hit="$(grep -E '^<[-~]\*' <<<"$text" | tail -n1 || true)"
        [ -n "$hit" ] || hit="$(grep -E '^<[-~]' <<<"$text" | tail -n1 || true)"
        fail "$name" "expected /$re/, got: ${hit:-$(tail -n1 <<<"$text")}"
    fi
}
check_absent() {
    local name="$1" re="$2" text="$3" hit
    hit="$(grep -E -m1 -- "$re" <<<"$text" || true)"
    if [ -z "$hit" ]; then pass "$name" "(not present)"; else fail "$name" "unexpected: $hit"; fi
}

sw() { swaks --server "$H" --timeout 15 --helo selftest.example "$@" 2>&1 || true; }

# Plain-text SMTP dialogue: port, then commands; prints "<- reply" and "-> command" lines.
raw() {
    local port="$1" line cmd
    shift
    exec 3<>"/dev/tcp/$H/$port"
    _replies() {
        while IFS= read -r -t 10 line <&3; do
            echo "<- ${line%$'\r'}"
            [[ "$line" =~ ^[0-9]{3}\  ]] && break
        done
    }
    _replies
    for cmd in "$@"; do
        printf '%s\r\n' "$cmd" >&3
        echo "-> $cmd"
        _replies
    done
    exec 3>&-
}

# Verify result and SHA-256 fingerprint of a port's leaf certificate. Args: port, starttls(yes/no), verify args.
tls_probe() {
    local port="$1" starttls="$2"
    shift 2
    local args=(-connect "$H:$port" -CAfile "$CA" -verify_return_error "$@")
    [ "$starttls" = yes ] && args+=(-starttls smtp)
    openssl s_client "${args[@]}" </dev/null 2>&1 || true
}
leaf_fp() {
    local port="$1" starttls="$2" args=(-connect "$H:$1")
    [ "$starttls" = yes ] && args+=(-starttls smtp)
    openssl s_client "${args[@]}" </dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256 | sed 's/^.*=//'
}

echo "== SMTP Desk rig self-test: $DIR (host $H, user $U)"

# --- PORT_STARTTLS: plain text, then STARTTLS, AUTH only under TLS ----------------------------------
A="${E[PORT_STARTTLS]}"
out="$(sw --port "$A" --quit-after EHLO)"
check "starttls port: greeting" '^<- +220 ' "$out"
check "starttls port: EHLO offers STARTTLS" '^<- +250[- ]STARTTLS' "$out"
check_absent "starttls port: EHLO before TLS offers no AUTH" '^<- +250[- ]AUTH' "$out"
out="$(raw "$A" "EHLO selftest.example" "AUTH PLAIN $(printf '\0%s\0%s' "$U" "$P" | base64 -w0)" "QUIT")"
check "starttls port: AUTH before STARTTLS is refused" '^<- 503 ' "$out"
out="$(sw --port "$A" --quit-after EHLO -tls)"
check "starttls port: EHLO after STARTTLS offers AUTH" '^<~ +250[- ]AUTH PLAIN LOGIN CRAM-MD5$' "$out"
for mech in PLAIN LOGIN CRAM-MD5; do
    out="$(sw --port "$A" -tls --quit-after AUTH --auth "$mech" --auth-user "$U" --auth-password "$P")"
    check "starttls port: AUTH $mech" '^<~ +235 ' "$out"
    out="$(sw --port "$A" -tls --quit-after AUTH --auth "$mech" --auth-user "$U" --auth-password "wrong-$P")"
    check "starttls port: AUTH $mech wrong password" '^<~\* +535 5\.7\.8 ' "$out"
done

# --- PORT_TLS: implicit TLS --------------------------------------------------------------------------
B="${E[PORT_TLS]}"
out="$(sw --port "$B" --tls-on-connect --quit-after EHLO)"
check "tls port: greeting inside TLS" '^<~ +220 ' "$out"
check "tls port: EHLO offers AUTH" '^<~ +250[- ]AUTH PLAIN LOGIN CRAM-MD5$' "$out"
check_absent "tls port: EHLO offers no STARTTLS" '^<~ +250[- ]STARTTLS' "$out"
out="$(sw --port "$B" --tls-on-connect --quit-after AUTH --auth PLAIN --auth-user "$U" --auth-password "$P")"
check "tls port: AUTH PLAIN" '^<~ +235 ' "$out"
out="$(sw --port "$B" --tls-on-connect --quit-after AUTH --auth LOGIN --auth-user "$U" --auth-password "wrong-$P")"
check "tls port: AUTH LOGIN wrong password" '^<~\* +535 5\.7\.8 ' "$out"

# --- mail policy -------------------------------------------------------------------------------------
out="$(raw "$A" "EHLO selftest.example" "MAIL FROM:<${E[FROM]}>" "RCPT TO:<${E[UNKNOWN_RECIPIENT]}>" \
    "RCPT TO:<${E[RELAY_RECIPIENT]}>" "RCPT TO:<${E[LOCAL_RECIPIENT]}>" "QUIT")"
check "unauthenticated: unknown local recipient" '^<- 550 5\.1\.1 ' "$out"
check "unauthenticated: relaying denied" '^<- 554 5\.7\.1 ' "$out"
check "unauthenticated: local recipient accepted" '^<- 250 2\.1\.5 ' "$out"
auth=(--port "$A" -tls --auth PLAIN --auth-user "$U" --auth-password "$P")
out="$(sw "${auth[@]}" --from "${E[FROM]}" --to "${E[UNKNOWN_RECIPIENT]}" --quit-after RCPT)"
check "authenticated: unknown local recipient" '^<~\* +550 5\.1\.1 ' "$out"
out="$(sw "${auth[@]}" --from "other@${E[FROM]#*@}" --to "${E[LOCAL_RECIPIENT]}" --quit-after RCPT)"
check "authenticated: foreign sender address" '^<~\* +553 5\.7\.1 ' "$out"
marker="selftest-$$-$RANDOM"
before="$(find "${E[MAILDIR]}/new" -type f | wc -l)"
out="$(sw "${auth[@]}" --from "${E[FROM]}" --to "${E[LOCAL_RECIPIENT]},${E[RELAY_RECIPIENT]}" \
    --header "Subject: $marker")"
check "authenticated: message to local + relay recipient" '^<~ +250 2\.0\.0 Ok: queued as ' "$out"
delivered=""
for _ in $(seq 1 50); do
    if grep -rqs -- "$marker" "${E[MAILDIR]}/new"; then delivered=yes; break; fi
    sleep 0.1
done
after="$(find "${E[MAILDIR]}/new" -type f | wc -l)"
if [ -n "$delivered" ]; then
    pass "delivery to ${E[MAILDIR]}/new" "$before -> $after messages"
else
    fail "delivery to ${E[MAILDIR]}/new" "message $marker not delivered within 5 s"
fi

# --- certificates ------------------------------------------------------------------------------------
C="${E[PORT_EXPIRED]}"
D="${E[PORT_WRONGHOST]}"
check "starttls port: certificate verifies for IP 127.0.0.1" 'Verify return code: 0 \(ok\)' \
    "$(tls_probe "$A" yes -verify_ip 127.0.0.1)"
check "starttls port: certificate verifies for localhost" 'Verify return code: 0 \(ok\)' \
    "$(tls_probe "$A" yes -verify_hostname localhost)"
check "tls port: certificate verifies for IP 127.0.0.1" 'Verify return code: 0 \(ok\)' \
    "$(tls_probe "$B" no -verify_ip 127.0.0.1)"
check "expired port: certificate has expired" 'Verify return code: 10 \(certificate has expired\)' \
    "$(tls_probe "$C" yes -verify_ip 127.0.0.1)"
check "wronghost port: IP address mismatch" 'Verify return code: 64 \(IP address mismatch\)' \
    "$(tls_probe "$D" yes -verify_ip 127.0.0.1)"
check "wronghost port: hostname mismatch for localhost" 'Verify return code: 62 \(hostname mismatch\)' \
    "$(tls_probe "$D" yes -verify_hostname localhost)"
check "wronghost port: chain itself is valid" 'Verify return code: 0 \(ok\)' \
    "$(tls_probe "$D" yes -verify_hostname "${E[WRONGHOST_NAME]}")"
for spec in "$A:SERVER" "$B:SERVER" "$C:EXPIRED" "$D:WRONGHOST"; do
    port="${spec%%:*}"
    name="${spec#*:}"
    starttls=yes
    [ "$port" = "$B" ] && starttls=no
    fp="$(leaf_fp "$port" "$starttls")"
    if [ "$fp" = "${E[${name}_FINGERPRINT]}" ]; then
        pass "port $port: leaf is ${name}_FINGERPRINT" "${fp:0:23}..."
    else
        fail "port $port: leaf is ${name}_FINGERPRINT" "got $fp"
    fi
done
# A client that accepts the bad certificate anyway can still authenticate there.
for port in "$C" "$D"; do
    out="$(sw --port "$port" -tls --quit-after AUTH --auth PLAIN --auth-user "$U" --auth-password "$P")"
    check "port $port: AUTH PLAIN after accepting the certificate" '^<~ +235 ' "$out"
done

if [ "$failures" -gt 0 ]; then
    echo "== $failures check(s) FAILED (logs: ${E[POSTFIX_LOG]}, ${E[DOVECOT_LOG]})"
    exit 1
fi
echo "== all checks passed"
