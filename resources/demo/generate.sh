#!/usr/bin/env bash
# Regenerates the demo server's TLS material in this folder (see README.md). Needs the openssl CLI.
# One self-signed certificate that is its own trust anchor (CA:TRUE), so the demo client can trust exactly
# it and nothing else.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out demo-key.pem 2>/dev/null
chmod 644 demo-key.pem

# "openssl ca -selfsign" because only it can set a start date in the past (a machine with a slow clock
# still accepts the certificate); 30 years of validity from there.
cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = demo
[demo]
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
organizationalUnitName = optional
CNF
: > "$work/index.txt"
echo 1000 > "$work/serial"

openssl req -new -key demo-key.pem \
    -subj "/O=SMTP Desk/OU=Demo server (loopback only)/CN=localhost" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
    -addext "keyUsage=critical,digitalSignature,keyCertSign" \
    -addext "extendedKeyUsage=serverAuth" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -out "$work/demo.csr"
openssl ca -batch -selfsign -config "$work/ca.cnf" -keyfile demo-key.pem -in "$work/demo.csr" \
    -startdate 20250101000000Z -enddate 20550101000000Z -notext -out demo-cert.pem 2>/dev/null

openssl x509 -in demo-cert.pem -noout -fingerprint -sha256
