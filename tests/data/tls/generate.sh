#!/usr/bin/env bash
# Regenerates the loopback-only TLS test material in this folder (see README.md). Needs the openssl CLI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
days=36500 # 100 years

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null && chmod 644 "$1"; }

# Throwaway CA.
key ca.key
openssl req -x509 -new -key ca.key -sha256 -days "$days" -subj "/O=SMTP Desk tests/CN=SMTP Desk Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out ca.pem

# Leaf certificates are signed with "openssl ca" because only it can set a start date in the past.
cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
dir = $work
database = $work/index.txt
new_certs_dir = $work
serial = $work/serial
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[any]
commonName = supplied
organizationName = optional
CNF
: > "$work/index.txt"
echo 1000 > "$work/serial"

leaf() { # name, CN, SAN, start date, end date
    key "$1.key"
    openssl req -new -key "$1.key" -subj "/O=SMTP Desk tests/CN=$2" -addext "subjectAltName=$3" \
        -addext "extendedKeyUsage=serverAuth" -out "$work/$1.csr"
    openssl ca -batch -config "$work/ca.cnf" -cert ca.pem -keyfile ca.key -in "$work/$1.csr" \
        -startdate "$4" -enddate "$5" -notext -out "$1.pem" 2>/dev/null
}
now=20200101000000Z # fixed and in the past, so a machine with a slow clock still accepts it
end=21200101000000Z # about 100 years
leaf server localhost "DNS:localhost,IP:127.0.0.1,IP:::1" "$now" "$end"
leaf expired localhost "DNS:localhost,IP:127.0.0.1,IP:::1" 20000101000000Z 20010101000000Z
leaf wronghost mail.wrong-host.invalid "DNS:mail.wrong-host.invalid" "$now" "$end"
